// The load test: autocannon (a real HTTP load generator) against the public worker in workerd.
// Cache hits over many tokens at concurrency 64 for 30 s, beside /v1/health with the same
// settings in the same run; the rate limits are raised for it (they have their own tests).
// Prints `load: N requests, E errors, p50 X× / p99 Y× of /v1/health` and fails on any error
// (a 429 would be counted apart: none is expected with the limits raised).
// Usage: node scripts/bench/load.mjs [seconds] [connections]
import autocannon from "autocannon";
import { startStack, timeline } from "../../tests/e2e/harness.mjs";

const seconds = Number(process.argv[2] || 30);
const connections = Number(process.argv[3] || 64);
const TOKENS = 200;

const stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "3600", RATE_LIMIT_IP_PER_MINUTE: "100000000", RATE_LIMIT_TOKEN_PER_MINUTE: "100000000" } });
try {
  // Many tokens (one per order), over the demo's four parcels: hits are per order's legs.
  const parcels = ["cainiao:LP00412345678CN", "cainiao:LP00498765432CN", "usps:9400111899223100000055", "dhl:7777777770"];
  const tokens = [];
  for (let i = 0; i < TOKENS; i++) {
    tokens.push(await stack.sandbox.orderToken(parcels[i % parcels.length], { order: `load-${i}` }));
  }
  for (const t of tokens) {
    const warm = await timeline(stack, t);
    if (warm.status !== 200) throw new Error(`warming failed: ${warm.status} ${warm.text}`);
  }
  const run = (opts) =>
    new Promise((resolve, reject) => {
      autocannon({ connections, duration: seconds, pipelining: 1, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
    });
  const health = await run({ url: `${stack.edgeUrl}/v1/health` });
  let n = 0;
  const hits = await run({
    url: `${stack.edgeUrl}/v1/timeline`,
    requests: [
      {
        method: "GET",
        setupRequest: (req) => {
          const token = tokens[n++ % tokens.length];
          return { ...req, headers: { ...req.headers, Origin: stack.sandboxUrl, Authorization: `Bearer ${token}` } };
        },
      },
    ],
  });
  const limited = hits.statusCodeStats?.["429"]?.count ?? 0;
  const errors = hits.errors + hits.timeouts + hits.non2xx - limited;
  const healthErrors = health.errors + health.timeouts + health.non2xx;
  const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : "n/a");
  console.log(`health: ${health.requests.total} requests, p50 ${health.latency.p50} ms, p99 ${health.latency.p99} ms, ${Math.round(health.requests.average)} req/s, ${healthErrors} errors`);
  console.log(`hits:   ${hits.requests.total} requests over ${TOKENS} tokens, p50 ${hits.latency.p50} ms, p99 ${hits.latency.p99} ms, ${Math.round(hits.requests.average)} req/s, ${limited} rate-limited (429)`);
  console.log(`load: ${hits.requests.total} requests, ${errors} errors, p50 ${ratio(hits.latency.p50, health.latency.p50)}× / p99 ${ratio(hits.latency.p99, health.latency.p99)}× of /v1/health (concurrency ${connections}, ${seconds} s each)`);
  if (errors > 0 || healthErrors > 0) process.exitCode = 1;
} finally {
  stack.stop();
}
