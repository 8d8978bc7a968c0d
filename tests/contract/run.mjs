// The contract test: schemathesis (from PyPI, in a venv under target/) runs every check of
// docs/openapi.json against the public worker and against waymark-updates, each in workerd
// with the sandbox carriers; it fails on any failure or server error and prints the counts.
// Usage: node tests/contract/run.mjs [max-seconds-per-worker]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { root, startStack } from "../e2e/harness.mjs";

const VERSION = "4.32.5";
const venv = path.join(root, "target", "schemathesis-venv");
const st = path.join(venv, "bin", "st");
if (!existsSync(st)) {
  execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
  execFileSync(path.join(venv, "bin", "pip"), ["install", "--quiet", `schemathesis==${VERSION}`], { stdio: "inherit" });
}
const seconds = Number(process.argv[2] || 150);
const MERCHANT = "dev-merchant-key-not-for-production";
// The fuzzer sends thousands of requests: the rate limits are raised for it (their own tests
// are in tests/e2e/edge_resilience.test.mjs); hot entries are kept so repeats are cheap.
const vars = { RATE_LIMIT_IP_PER_MINUTE: "10000000", RATE_LIMIT_TOKEN_PER_MINUTE: "10000000", MAX_HOT_TTL_SECONDS: "600", WEBHOOK_ALLOW_LOOPBACK: "" };

let failed = false;
for (const [name, config] of [["waymark", "wrangler.toml"], ["waymark-updates", "wrangler.updates.toml"]]) {
  const stack = await startStack({ config, vars });
  try {
    const token = await stack.sandbox.token("delivered", "https://shop.example.com", { ttl: "86400" });
    const started = Date.now();
    const run = spawnSync(
      st,
      ["--config-file", path.join(root, "tests/contract/schemathesis.toml"), "run", path.join(root, "docs/openapi.json"),
        "--url", stack.edgeUrl, "--checks", "all", "--max-time", String(seconds), "--workers", "1",
        "--seed", "20261204", "--request-timeout", "20", "--no-color"],
      { cwd: root, env: { ...process.env, WAYMARK_MERCHANT_KEY: MERCHANT, WAYMARK_EMBED_TOKEN: token }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    const out = `${run.stdout}${run.stderr}`;
    const summary = out.split("\n").filter((l) => /generated|failures|passed|Stateful|Failures:|❌|✅|⚠️/.test(l));
    console.log(`\n== schemathesis vs ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)\n${summary.join("\n")}`);
    if (run.status !== 0) {
      failed = true;
      console.log(out.split("\n").slice(-200).join("\n"));
    }
  } finally {
    stack.stop();
  }
}
process.exit(failed ? 1 : 0);
