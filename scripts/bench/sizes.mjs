// Measures the shipped sizes (brotli quality 11 for the browser, gzip -9 for the worker upload)
// of the widget bundle, the loader and the two workers. Each has a target (the budget)
// and a ceiling: the budget itself where one is met, else today's size plus a small margin.
// `--check` fails when a ceiling is exceeded, so a regression fails CI; a missed target is
// printed as such, never hidden.
import { readFileSync, existsSync } from "node:fs";
import zlib from "node:zlib";

const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const read = (f) => (existsSync(f) ? readFileSync(f) : null);

const budgets = [
  // The widget renders the edge's composed answer (no locale tables, no date parsing): 55 KB is
  // the budget CI holds; 45 is where it should get to.
  { name: "widget (wasm + JS glue, CSS inside)", files: ["dist/waymark-widget_bg.wasm", "dist/waymark-widget.js"], target: 45, ceiling: 55, measure: br, unit: "brotli" },
  { name: "loader public/waymark.js", files: ["public/waymark.js"], target: 2, ceiling: 2, measure: br, unit: "brotli" },
  // The worker on the buyer's path (timelines, tracking, tokens). It holds no carrier code: on a
  // cache miss it asks waymark-updates for the legs through a service binding (277.2 KB when
  // it carried the adapters itself; 191.0 right after, 201.3 with the hardened token and request
  // rules).
  { name: "worker waymark (wasm + JS)", files: ["edge/build/index_bg.wasm", "edge/build/index.js"], target: 250, ceiling: 250, measure: gz, unit: "gzip" },
  // Proactive updates (registrations, Cron, Queue consumer, inbound pushes, evidence) and, since
  // the public worker asks it for legs, every carrier adapter; it answers merchants, carriers,
  // timers and the public worker, never a storefront. 351.7 KB before the edge's hardening
  // (circuit breaker, bounded bodies, exact request rules, the multilingual privacy scrub);
  // 379.7 KB after: the ceiling moved from 370 to 400 for those features, not for drift.
  // #14 took it from 381.6 KB (measured on this machine before it) to 428.3 with the D1 store
  // (bindings and their JS-value codec), sessions and the console's pages and words in two
  // languages, then 456.7 with lanes, the digest, the helpdesk API and the MCP server. The
  // ceiling is 520, set deliberately: room for the rest of #14 (settings, evidence on R2, the
  // learned ETA), not for drift. It is never on the buyer's path; the plan's limit is 3 MB
  // (Free) / 10 MB (Paid) gzip, and the issue holds it under 1 MB.
  { name: "worker waymark-updates (wasm + JS)", files: ["edge/build-updates/index_bg.wasm", "edge/build-updates/index.js"], target: null, ceiling: 520, measure: gz, unit: "gzip" },
];

let failed = false;
for (const b of budgets) {
  const parts = b.files.map((f) => [f, read(f)]);
  const missing = parts.filter(([, d]) => !d).map(([f]) => f);
  if (missing.length) {
    console.log(`MISSING ${b.name}: not built (${missing.join(", ")})`);
    failed = true;
    continue;
  }
  const size = parts.reduce((sum, [, d]) => sum + b.measure(d), 0);
  const raw = parts.reduce((sum, [, d]) => sum + d.length, 0);
  const overCeiling = size > b.ceiling * 1024;
  const verdict = overCeiling ? "FAIL (regression)" : b.target === null ? "ok" : size <= b.target * 1024 ? "ok" : "target missed";
  if (overCeiling) failed = true;
  const target = b.target === null ? "no target" : `target ${b.target} KB`;
  console.log(`${b.name}: ${kb(size)} KB ${b.unit} (${kb(raw)} KB raw); ${target}, ceiling ${b.ceiling} KB → ${verdict}`);
}
if (process.argv.includes("--check") && failed) process.exit(1);
