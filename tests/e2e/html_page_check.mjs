// Drives an exported HTML page in Debian's Chromium (headless, through playwright-core installed in
// the build tree) and writes what it saw as JSON, for html_export_test.sh to compare with the CLI.
// Usage: node html_page_check.mjs PAGE.html PLAN.json OUT.json
// PLAN: {"days": [...], "searches": [...], "click": {"s", "r", "t", "day"}}. Every request other
// than the page itself is aborted and reported, and so are console errors and page errors.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(path.resolve(process.env.STANCEGRAPH_WEB_BUILD, "package.json"));
const { chromium } = require("playwright-core");

const [pagePath, planPath, outPath] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planPath, "utf8"));
const url = pathToFileURL(path.resolve(pagePath)).href;
const result = { requests: [], console_errors: [], dialogs: [], days: {}, searches: {} };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-gpu-sandbox"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    result.requests.push(requested);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && result.console_errors.push(m.text()));
  page.on("pageerror", (e) => result.console_errors.push(String(e)));
  page.on("dialog", (d) => {
    result.dialogs.push(d.message());
    return d.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__stancegraph && window.__stancegraph.ready, null, { timeout: 120000 });
  result.csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? "");
  result.scripts = await page.evaluate(() => document.scripts.length);
  result.too_large = await page.evaluate(() => window.__stancegraph.tooLarge);
  if (result.too_large) {
    result.message = await page.textContent("#too-large");
  } else {
    result.range = await page.evaluate(() => [window.__stancegraph.firstDay, window.__stancegraph.lastDay]);
    for (const day of plan.days || []) {
      await page.evaluate((d) => window.__stancegraph.setDay(d), day);
      result.days[day] = {
        shown: await page.evaluate(() => window.__stancegraph.shownFacts()),
        label: await page.textContent("#day"),
      };
    }
    for (const query of plan.searches || []) {
      await page.fill("#search", query);
      await page.press("#search", "Enter");
      result.searches[query] = {
        found: await page.evaluate(() => window.__stancegraph.found),
        result: await page.textContent("#search-result"),
        heading: await page.textContent("#panel h2"),
        heading_dir: await page.getAttribute("#panel h2", "dir"),
      };
    }
    if (plan.click) {
      // Click the arrow on the canvas as a reader would, where no other arrow is near.
      const { s, r, t, day } = plan.click;
      await page.evaluate(() => window.__stancegraph.settled());  // a search's camera animation
      await page.evaluate((d) => window.__stancegraph.setDay(d), day);
      const index = await page.evaluate(([a, b, c]) => window.__stancegraph.factIndex(a, b, c), [s, r, t]);
      await page.evaluate((i) => window.__stancegraph.zoomOnFact(i), index);
      await page.evaluate(() => window.__stancegraph.settled());
      const at = await page.evaluate((i) => window.__stancegraph.edgeClickPoint(i), index);
      result.click_at = at;
      await page.mouse.click(at.x, at.y);
      await page.waitForSelector("#evidence", { timeout: 5000 }).catch(() => {});
      result.click = {
        index,
        selected: await page.evaluate(() => window.__stancegraph.selectedFact ?? null),
        sentences: await page.$$eval("#evidence .sentence", (els) => els.map((e) => e.textContent)),
        links: await page.$$eval("#evidence a", (els) => els.map((e) => e.getAttribute("href"))),
        heading: await page.textContent("#panel h2"),
      };
    }
    if (plan.screenshot) await page.screenshot({ path: plan.screenshot });
  }
} finally {
  await browser.close();
}
fs.writeFileSync(outPath, JSON.stringify(result, null, 1));
