// Bundles entry.js into graph-library.js (one minified script for the HTML export) and gathers the
// licence of every package that went into it into graph-library-licences.txt, from esbuild's own
// list of inputs, so that a new dependency cannot slip into the page without its licence.
// Usage: node build.mjs OUTPUT_DIR, from a copy beside entry.js and node_modules (the build tree).
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const [outDir] = process.argv.slice(2);
const result = await esbuild.build({
  entryPoints: [path.join(here, "entry.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  metafile: true,
  write: false,
});
let code = result.outputFiles[0].text;
// The page inlines this script: it must not end its own <script> element or open a comment.
if (/<\/script|<!--/i.test(code)) throw new Error("the bundle contains </script or <!--");

const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!m || packages.has(m[1])) continue;
  const dir = path.join(here, "node_modules", m[1]);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const file = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  if (!file) throw new Error(`${m[1]} has no licence file`);
  packages.set(m[1], { version: meta.version, license: meta.license, text: fs.readFileSync(path.join(dir, file), "utf8") });
}
let licences = "";
for (const [name, p] of [...packages].sort()) {
  licences += `== ${name} ${p.version} (${p.license})\n\n${p.text.trim()}\n\n`;
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, "graph-library.js"), code);
fs.writeFileSync(path.join(outDir, "graph-library-licences.txt"), licences);
console.log(`graph-library.js: ${code.length} bytes; packages: ${[...packages.keys()].join(", ")}`);
