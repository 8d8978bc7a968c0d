// Carrier failures in the real local runtime: stale fallback, no-cache errors, coalescing,
// concurrent fan-out, rate limits.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStack, timeline } from "./harness.mjs";

let stack;
before(async () => {
  // The circuit breaker is off here (each test injects its own failures); it has its own test.
  stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "0", CARRIER_TIMEOUT_MS: "1500", RATE_LIMIT_TOKEN_PER_MINUTE: "1000", CARRIER_COOL_DOWN_SECONDS: "0", CARRIER_MAX_RETRY_AFTER_SECONDS: "0" } });
});
after(() => stack?.stop());

for (const mode of ["timeout", "500", "429", "html", "garbage"]) {
  test(`carrier ${mode}: the last good timeline is served, marked stale`, async () => {
    await stack.sandbox.reset();
    const token = await stack.sandbox.orderToken("usps:9400111899223100000055", { order: `stale-${mode}` });
    const good = await timeline(stack, token);
    assert.equal(good.status, 200);
    assert.equal(good.body.stale, false);
    await stack.sandbox.fault({ carrier: "usps", number: "9400111899223100000055", mode });
    const stale = await timeline(stack, token);
    assert.equal(stale.status, 200, stale.text);
    assert.equal(stale.body.stale, true);
    assert.equal(stale.body.shipments[0].stale, true);
    assert.equal(stale.body.updated_at, good.body.updated_at, "updated_at is the last good fetch");
    assert.deepEqual(stale.body.shipments[0].events, good.body.shipments[0].events);
  });
}

test("a cached OAuth token the carrier refuses (401) is dropped and the call made again with a new one", async () => {
  await stack.sandbox.reset();
  const token = await stack.sandbox.orderToken("usps:9400111899223100000055", { order: "oauth-401" });
  assert.equal((await timeline(stack, token)).body.stale, false);
  const before = (await stack.sandbox.hits())["usps:oauth"] ?? 0;
  await stack.sandbox.fault({ carrier: "usps", number: "9400111899223100000055", mode: "401once" });
  const again = await timeline(stack, token);
  assert.equal(again.status, 200);
  assert.equal(again.body.stale, false, "fresh: answered after one retry with a new token");
  assert.equal((await stack.sandbox.hits())["usps:oauth"], before + 1, "one new token was fetched");
});

test("a failing carrier with nothing cached is a JSON 502, not a crash", async () => {
  await stack.sandbox.reset();
  await stack.sandbox.fault({ carrier: "dhl", mode: "html" });
  const token = await stack.sandbox.orderToken("dhl:7777777770");
  const r = await timeline(stack, token);
  assert.equal(r.status, 502);
  assert.equal(r.body.error.code, "upstream_unavailable");
});

test("ten concurrent requests make one carrier call", async () => {
  await stack.sandbox.reset();
  await stack.sandbox.fault({ carrier: "cainiao", number: "LP00498765432CN", mode: "none", latency_ms: "400" });
  const token = await stack.sandbox.token("import_customs");
  const answers = await Promise.all(Array.from({ length: 10 }, () => timeline(stack, token)));
  assert.ok(answers.every((a) => a.status === 200));
  assert.equal((await stack.sandbox.hits())["cainiao:LP00498765432CN"], 1);
});

test("three carriers at 100/200/300 ms are fetched concurrently", async () => {
  await stack.sandbox.reset();
  const token = await stack.sandbox.orderToken("cainiao:LP00498765432CN,usps:9400111899223100000055,dhl:7777777770", { order: "fanout" });
  await timeline(stack, token); // warm the isolate
  await stack.sandbox.fault({ carrier: "cainiao", mode: "none", latency_ms: "100" });
  await stack.sandbox.fault({ carrier: "usps", mode: "none", latency_ms: "200" });
  await stack.sandbox.fault({ carrier: "dhl", mode: "none", latency_ms: "300" });
  const r = await timeline(stack, token);
  assert.equal(r.status, 200);
  assert.equal(r.body.shipments.length, 3, `${r.text}\n${stack.log.slice(-20).join("")}`);
  assert.ok(r.ms < 600, `took ${r.ms.toFixed(0)} ms; sequential would be ≥ 600`);
});

test("rate limit per token: 429 with Retry-After", async () => {
  const limited = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "600", RATE_LIMIT_TOKEN_PER_MINUTE: "3" } });
  try {
    const token = await limited.sandbox.token("exception");
    const statuses = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await timeline(limited, token);
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    assert.ok(Number(last.headers.get("retry-after")) > 0);
    assert.equal(last.body.error.code, "rate_limited");
    // The same token padded or re-encoded is the same token: no fresh allowance.
    for (const variant of [` ${token}`, `${token} `, `${token}\t`, `  ${token}  `]) {
      const r = await timeline(limited, variant);
      assert.equal(r.status, 429, JSON.stringify(variant));
    }
  } finally {
    limited.stop();
  }
});

test("circuit breaker: a failing carrier rests after 5 failures, a 429's Retry-After is honoured, its legs served stale", async () => {
  const rested = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "0", CARRIER_TIMEOUT_MS: "1500", RATE_LIMIT_TOKEN_PER_MINUTE: "1000", CARRIER_COOL_DOWN_SECONDS: "60" } });
  try {
    const usps = "9400111899223100000055";
    const token = await rested.sandbox.orderToken(`usps:${usps}`, { order: "rest" });
    assert.equal((await timeline(rested, token)).body.stale, false);
    await rested.sandbox.fault({ carrier: "usps", number: usps, mode: "500" });
    for (let i = 0; i < 5; i++) assert.equal((await timeline(rested, token)).body.stale, true);
    const hits = (await rested.sandbox.hits())[`usps:${usps}`];
    assert.equal(hits, 6, "the good call and five failures reached the carrier");
    await rested.sandbox.fault({ carrier: "usps", number: usps, mode: "none" });
    const resting = await timeline(rested, token);
    assert.equal(resting.status, 200);
    assert.equal(resting.body.stale, true, "served from the last good copy while resting");
    assert.equal((await rested.sandbox.hits())[`usps:${usps}`], hits, "not called while the circuit is open");

    // One 429 (the sandbox sends Retry-After: 30) rests that carrier at once.
    const dhl = await rested.sandbox.orderToken("dhl:7777777770", { order: "rest-429" });
    assert.equal((await timeline(rested, dhl)).body.stale, false);
    await rested.sandbox.fault({ carrier: "dhl", mode: "429" });
    assert.equal((await timeline(rested, dhl)).body.stale, true);
    await rested.sandbox.fault({ carrier: "dhl", mode: "none" });
    const before = (await rested.sandbox.hits())["dhl:7777777770"];
    assert.equal((await timeline(rested, dhl)).body.stale, true);
    assert.equal((await rested.sandbox.hits())["dhl:7777777770"], before, "no call within Retry-After");
  } finally {
    rested.stop();
  }
});

test("the Rate Limiting binding limits a token across isolates, beside the in-memory limit", async () => {
  // The in-memory limit is raised out of the way; TOKEN_RATE_LIMIT allows 120 a minute.
  const bound = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "600", RATE_LIMIT_TOKEN_PER_MINUTE: "100000", RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_BINDINGS: "on" } });
  try {
    const token = await bound.sandbox.token("exception");
    // The binding counts in fixed windows aligned to the clock: a window boundary during the
    // run can grant one window more, never less and never unlimited.
    let allowed = 0;
    let limited = null;
    for (let i = 0; i < 260 && !limited; i++) {
      const r = await timeline(bound, token);
      if (r.status === 200) allowed++;
      else limited = r;
    }
    assert.ok(limited, `no 429 after ${allowed} requests`);
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, "rate_limited");
    assert.ok(allowed >= 120 && allowed <= 240, `${allowed} allowed before the first 429`);
  } finally {
    bound.stop();
  }
});

// Last in this file: it stops the stack's waymark-updates, the public worker's way to carriers.
test("carrier service down: the last good copy is served stale; nothing known is a JSON 502 without internals", async () => {
  await stack.sandbox.reset();
  const token = await stack.sandbox.orderToken("usps:9400111899223100000055", { order: "service-down" });
  const good = await timeline(stack, token);
  assert.equal(good.status, 200, good.text);
  assert.equal(good.body.stale, false);
  stack.stopCarriers();
  await new Promise((r) => setTimeout(r, 500));
  const stale = await timeline(stack, token);
  assert.equal(stale.status, 200, `${stale.text}\n${stack.log.slice(-10).join("")}`);
  assert.equal(stale.body.stale, true);
  // Locally each worker has its own store, so this is the public worker's own copy of the order
  // (kept when its promise first appeared, earlier in this file), not the legs' newest copies.
  const statuses = (b) => b.shipments[0].events.map((e) => e.status);
  assert.deepEqual(statuses(stale.body), statuses(good.body));
  assert.equal(stale.body.shipments[0].tracking_number, "9400111899223100000055");
  assert.ok(stale.body.shipments[0].answer.stale_text, "still answered in words, with the stale notice");
  const unknown = await timeline(stack, await stack.sandbox.orderToken("usps:9400111899223100009999", { order: "never-seen" }));
  assert.equal(unknown.status, 502, unknown.text);
  assert.equal(unknown.body.error.code, "upstream_unavailable");
  assert.doesNotMatch(unknown.text, /waymark-updates|MERCHANT_API_KEY|binding/i, "no internals in the public error");
});
