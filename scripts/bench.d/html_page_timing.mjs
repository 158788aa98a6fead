// Opens an exported HTML page in Debian's Chromium (headless, playwright-core from the build tree)
// and prints, as JSON, how long the page took to be ready (parse, layout, first drawing) and how
// long the slider takes to show another day (from the input event to the next painted frame),
// the median of MOVES moves to days spread over the page's range.
// Usage: STANCEGRAPH_WEB_BUILD=build/web node html_page_timing.mjs PAGE.html [MOVES]
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(path.resolve(process.env.STANCEGRAPH_WEB_BUILD, "package.json"));
const { chromium } = require("playwright-core");
const [pagePath, movesArg] = process.argv.slice(2);
const moves = +(movesArg || 15);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  const started = Date.now();
  await page.goto(pathToFileURL(path.resolve(pagePath)).href);
  await page.waitForFunction(() => window.__stancegraph && window.__stancegraph.ready, null, { timeout: 600000, polling: 50 });
  const readyWall = Date.now() - started;
  const readyInPage = await page.evaluate(() => window.__stancegraph.readyAt);
  const times = await page.evaluate(async (n) => {
    const api = window.__stancegraph;
    const a = Date.parse(api.firstDay), b = Date.parse(api.lastDay);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const out = [];
    for (let i = 0; i < n; i++) {
      const day = new Date(a + ((b - a) * (i + 0.5)) / n).toISOString().slice(0, 10);
      await frame();
      const t0 = performance.now();
      api.setDay(day);
      await frame();
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  }, moves);
  const each = times.map(Math.round);
  times.sort((x, y) => x - y);
  const timings = await page.evaluate(() => window.__stancegraph.timings);
  const counts = await page.evaluate(() => window.__stancegraph.counts);
  console.log(JSON.stringify({ entities: counts.entities, facts: counts.facts, ready_ms: readyWall, ready_in_page_ms: Math.round(readyInPage),
    slider_median_ms: Math.round(times[Math.floor(times.length / 2)]), slider_max_ms: Math.round(times[times.length - 1]), moves, each, timings }));
} finally {
  await browser.close();
}
