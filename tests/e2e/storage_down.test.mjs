// Storage down: waymark-updates with a D1 database that answers every query with an error (its
// schema never applied). Nothing may claim success it did not write, nothing may crash, and
// what does not need D1 keeps working.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { startStack } from "./harness.mjs";

const KEY_17TRACK = "dev-17track-key";
const MERCHANT = { Authorization: "Bearer dev-merchant-key-not-for-production", "Content-Type": "application/json" };
let stack;

before(async () => {
  stack = await startStack({
    config: "wrangler.updates.toml",
    migrate: false,
    vars: { SEVENTEENTRACK_API_KEY: KEY_17TRACK, AGGREGATOR: "17track", WEBHOOK_SECRET: "dev-webhook-secret-not-for-production" },
  });
});
after(() => stack?.stop());

const api = (p, init = {}) => fetch(`${stack.edgeUrl}${p}`, { ...init, headers: { ...MERCHANT, ...(init.headers || {}) } });

test("a registration that cannot be written is a 503, never a 201", async () => {
  const r = await api("/v1/shipments", { method: "POST", body: JSON.stringify({ id: "down-1",
    numbers: [{ number: "LP00700000001CN", carrier: "cainiao" }], webhook_url: "http://127.0.0.1:9/hook" }) });
  assert.equal(r.status, 503);
  const body = await r.json();
  assert.equal(body.error.code, "unavailable");
  assert.doesNotMatch(JSON.stringify(body), /SQLITE|no such table|D1/i, "no internals");
  assert.equal((await api("/v1/shipments/down-1")).status, 503);
  assert.equal((await api("/v1/shipments/down-1", { method: "DELETE" })).status, 503);
  assert.equal((await api("/v1/helpdesk/orders?order_id=down-1")).status, 503);
});

test("a push whose orders cannot be looked up is a 503, so the provider sends it again", async () => {
  const number = "YT7000000000000111";
  const at = new Date(Date.now() - 3600e3).toISOString();
  const body = JSON.stringify({ event: "TRACKING_UPDATED", data: { number, carrier: 190271, track_info: {
    latest_status: { status: "InTransit", sub_status: "InTransit_Other" },
    tracking: { providers: [{ provider: { key: 190271, name: "YunExpress" }, events: [
      { time_iso: at, time_utc: at, description: "Arrived at sorting center", location: "Shenzhen", stage: "InTransit", sub_status: "InTransit_Other" }] }] } } } });
  const sign = createHash("sha256").update(`${body}/${KEY_17TRACK}`).digest("hex");
  const first = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body, headers: { sign } });
  assert.equal(first.status, 503);
  // Not remembered as seen: the provider's retry is processed, not refused as a replay.
  const again = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body, headers: { sign } });
  assert.equal(again.status, 503);
  assert.notEqual((await again.json()).duplicate, true);
});

test("the console says storage is down instead of failing; what needs no D1 still answers", async () => {
  const page = await fetch(`${stack.edgeUrl}/console`, { headers: { Cookie: `__Host-waymark_console=${"a".repeat(64)}` } });
  assert.equal(page.status, 503);
  assert.match(await page.text(), /Storage is not answering/);
  const login = await fetch(`${stack.edgeUrl}/console/login`, { method: "POST", redirect: "manual", body: "key=dev-merchant-key-not-for-production",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: stack.edgeUrl } });
  assert.equal(login.status, 503, "no session can be started, and none is pretended");
  assert.equal(login.headers.get("set-cookie"), null);
  assert.equal((await fetch(`${stack.edgeUrl}/v1/health`)).status, 200);
  const token = await stack.sandbox.token("delivered");
  const timeline = await fetch(`${stack.edgeUrl}/v1/timeline`, { headers: { Authorization: `Bearer ${token}`, Origin: stack.sandboxUrl } });
  assert.equal(timeline.status, 200, "the buyer's timeline does not depend on D1");
});
