// Carriers without a direct adapter go through the configured aggregator (17TRACK here).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStack } from "./harness.mjs";

let stack;
before(async () => { stack = await startStack({ vars: { AGGREGATOR: "17track" } }); });
after(() => stack?.stop());

test("a YunExpress number is tracked through 17TRACK", async () => {
  await stack.sandbox.reset();
  const r = await fetch(`${stack.edgeUrl}/v1/track/auto/YT2229521272164446`, { headers: { Authorization: "Bearer dev-merchant-key-not-for-production" } });
  assert.equal(r.status, 200);
  const body = await r.json();
  assert.ok(body.shipments.length >= 1);
  const hits = await stack.sandbox.hits();
  assert.equal(hits["17track"], 1, "asked the aggregator");
});
