// Measures the shipped sizes (brotli quality 11, gzip -9) of the widget bundle, the loader and
// the worker. `--check` fails when a budget is exceeded.
import { readFileSync, existsSync } from "node:fs";
import zlib from "node:zlib";

const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const read = (f) => (existsSync(f) ? readFileSync(f) : null);

const budgets = [
  { name: "widget (wasm + JS glue, CSS inside)", files: ["dist/waymark-widget_bg.wasm", "dist/waymark-widget.js"], limit: 80 * 1024, measure: br, unit: "brotli" },
  { name: "loader public/waymark.js", files: ["public/waymark.js"], limit: 2 * 1024, measure: br, unit: "brotli" },
  { name: "worker (wasm + JS shim)", files: ["edge/build/index_bg.wasm", "edge/build/index.js"], limit: 250 * 1024, measure: gz, unit: "gzip" },
];

let failed = false;
for (const b of budgets) {
  const parts = b.files.map((f) => [f, read(f)]);
  const missing = parts.filter(([, d]) => !d).map(([f]) => f);
  if (missing.length) {
    console.log(`${b.name}: not built (${missing.join(", ")})`);
    failed = true;
    continue;
  }
  const size = parts.reduce((sum, [, d]) => sum + b.measure(d), 0);
  const raw = parts.reduce((sum, [, d]) => sum + d.length, 0);
  const ok = size <= b.limit;
  if (!ok) failed = true;
  console.log(`${ok ? "ok  " : "OVER"} ${b.name}: ${kb(size)} KB ${b.unit} (${kb(raw)} KB raw), budget ${kb(b.limit)} KB`);
}
if (process.argv.includes("--check") && failed) process.exit(1);
