// Edge benchmarks (figures, not tests), all on loopback against the real local runtime:
//  1. cache-hit latency of /v1/timeline vs the trivial /v1/health route of the same worker in
//     the same workerd (the hello-world baseline), under a bounded concurrent load;
//  2. fan-out: an order whose three carriers answer in 100/200/300 ms vs the slowest carrier;
//  3. each worker's upload size as `wrangler deploy --dry-run` reports it.
// Run: bash scripts/bench/edge.sh   (builds first)
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startStack, timeline, root } from "../../tests/e2e/harness.mjs";

const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8);

async function load(url, headers) {
  const times = [];
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < REQUESTS) {
      next++;
      const t0 = performance.now();
      const r = await fetch(url, { headers });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`HTTP ${r.status} from ${url}`);
      times.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  return { p50: pct(50), p99: pct(99), rps: (times.length / total) * 1000 };
}

const stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "3600", RATE_LIMIT_IP_PER_MINUTE: "1000000", RATE_LIMIT_TOKEN_PER_MINUTE: "1000000" } });
try {
  const token = await stack.sandbox.token("import_customs");
  const url = `${stack.edgeUrl}/v1/timeline`;
  const auth = { Origin: stack.sandboxUrl, Authorization: `Bearer ${token}` };
  const first = await timeline(stack, token);
  if (first.status !== 200) throw new Error(first.text);
  // Warm both paths.
  for (let i = 0; i < 50; i++) {
    await (await fetch(url, { headers: auth })).arrayBuffer();
    await (await fetch(`${stack.edgeUrl}/v1/health`)).arrayBuffer();
  }
  const health = await load(`${stack.edgeUrl}/v1/health`, {});
  const hit = await load(url, auth);
  const hits = (await stack.sandbox.hits())["cainiao:LP00498765432CN"];
  console.log(`1. cache hit vs hello-world route, ${REQUESTS} requests × concurrency ${CONCURRENCY} (carrier calls during the run: ${hits - 1})`);
  console.log(`   /v1/health   p50 ${health.p50.toFixed(2)} ms  p99 ${health.p99.toFixed(2)} ms  ${health.rps.toFixed(0)} req/s`);
  console.log(`   cache hit    p50 ${hit.p50.toFixed(2)} ms  p99 ${hit.p99.toFixed(2)} ms  ${hit.rps.toFixed(0)} req/s`);
  console.log(`   ratio p50 ${(hit.p50 / health.p50).toFixed(2)}×  p99 ${(hit.p99 / health.p99).toFixed(2)}×  (goal ≤ 1.1×)`);

  const fan = await stack.sandbox.orderToken("cainiao:LP00498765432CN,usps:9400111899223100000055,dhl:7777777770", { order: "bench-fanout" });
  const cold = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "0" } });
  try {
    const fanToken = await cold.sandbox.orderToken("cainiao:LP00498765432CN,usps:9400111899223100000055,dhl:7777777770", { order: "bench-fanout" });
    await timeline(cold, fanToken);
    await cold.sandbox.fault({ carrier: "cainiao", mode: "none", latency_ms: "100" });
    await cold.sandbox.fault({ carrier: "usps", mode: "none", latency_ms: "200" });
    await cold.sandbox.fault({ carrier: "dhl", mode: "none", latency_ms: "300" });
    const runs = [];
    for (let i = 0; i < 10; i++) runs.push((await timeline(cold, fanToken)).ms);
    runs.sort((a, b) => a - b);
    const median = runs[5];
    console.log(`2. fan-out over 3 carriers at 100/200/300 ms: median ${median.toFixed(0)} ms over 10 runs → ${(median / 300).toFixed(2)}× the slowest carrier (goal ≤ 1.1×; sequential would be ≥ 2.0×)`);
  } finally {
    cold.stop();
  }
  void fan;
} finally {
  stack.stop();
}

for (const [config, what] of [["wrangler.toml", "public worker `waymark`, goal ≤ 250 KB gzip"], ["wrangler.updates.toml", "`waymark-updates`, not on the buyer's path"]]) {
  const out = mkdtempSync(path.join(os.tmpdir(), "waymark-dry-run-"));
  const report = execFileSync(path.join(root, "node_modules", ".bin", "wrangler"), ["deploy", "-c", config, "--dry-run", "--outdir", out], {
    cwd: root,
    env: { ...process.env, WAYMARK_SKIP_BUILD: "1", WRANGLER_SEND_METRICS: "false" },
    encoding: "utf8",
  });
  const line = report.split("\n").find((l) => /Total Upload/i.test(l));
  console.log(`3. wrangler deploy --dry-run (${what}): ${line ? line.trim() : report.trim().split("\n").slice(-3).join(" | ")}`);
}
