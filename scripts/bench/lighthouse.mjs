// Lighthouse performance score of the demo storefront with its four widgets vs the same page
// without them (public/plain.html), against the local edge and sandbox carriers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startStack, timeline } from "../../tests/e2e/harness.mjs";

const lighthouse = process.argv[2];
const stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "0" } });
try {
  await timeline(stack, await stack.sandbox.token("stale"));
  const out = mkdtempSync(path.join(os.tmpdir(), "waymark-lh-"));
  const score = (url, name) => {
    const file = path.join(out, `${name}.json`);
    execFileSync(lighthouse, [url, "--only-categories=performance", "--output=json", `--output-path=${file}`, "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] });
    const r = JSON.parse(readFileSync(file, "utf8"));
    const a = r.audits;
    return { score: Math.round(r.categories.performance.score * 100), fcp: a["first-contentful-paint"].numericValue, lcp: a["largest-contentful-paint"].numericValue, cls: a["cumulative-layout-shift"].numericValue, tbt: a["total-blocking-time"].numericValue };
  };
  const without = score(`${stack.sandboxUrl}/plain.html`, "plain");
  const withW = score(`${stack.sandboxUrl}/`, "widgets");
  const line = (n, s) => `${n.padEnd(16)} performance ${String(s.score).padStart(3)}  FCP ${s.fcp.toFixed(0)} ms  LCP ${s.lcp.toFixed(0)} ms  CLS ${s.cls.toFixed(3)}  TBT ${s.tbt.toFixed(0)} ms`;
  console.log(line("without widgets", without));
  console.log(line("with 4 widgets", withW));
} finally {
  stack.stop();
}
