// The edge API in the real local runtime (workerd via wrangler dev), against sandbox carriers:
// tokens, CORS, the hot cache, the merchant API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStack, timeline } from "./harness.mjs";

let stack;
before(async () => { stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "600" } }); });
after(() => stack?.stop());

const MERCHANT = { Authorization: "Bearer dev-merchant-key-not-for-production" };

test("bad, forged, expired and foreign tokens get 401 and never reach a carrier", async () => {
  await stack.sandbox.reset();
  const good = await stack.sandbox.token("delivered");
  const [payload, sig] = good.split(".");
  const forgedPayload = Buffer.from(JSON.stringify({ v: 1, o: "x", n: [{ t: "9400111899223100000055", c: "usps" }], org: stack.sandboxUrl, exp: 9999999999 })).toString("base64url");
  const cases = {
    missing: null,
    garbage: "not-a-token",
    forged: `${forgedPayload}.${sig}`,
    tampered: `${payload}x.${sig}`,
    expired: await stack.sandbox.token("delivered", stack.sandboxUrl, { ttl: "-60" }),
    wrongOrigin: await stack.sandbox.token("delivered", "https://another-shop.example"),
  };
  for (const [name, token] of Object.entries(cases)) {
    const url = token === null ? `${stack.edgeUrl}/v1/timeline` : `${stack.edgeUrl}/v1/timeline?token=${encodeURIComponent(token)}`;
    const r = await fetch(url, { headers: { Origin: stack.sandboxUrl } });
    assert.equal(r.status, 401, name);
    const body = await r.json();
    assert.equal(body.error.code, "unauthorized", name);
  }
  assert.deepEqual(await stack.sandbox.hits(), {}, "no carrier was called");
});

test("CORS only for the merchant's origins", async () => {
  const token = await stack.sandbox.token("exception");
  const ok = await timeline(stack, token);
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get("access-control-allow-origin"), stack.sandboxUrl);
  const evilToken = await stack.sandbox.token("exception", "https://evil.example");
  const evil = await timeline(stack, evilToken, "https://evil.example");
  assert.equal(evil.status, 403);
  assert.equal(evil.headers.get("access-control-allow-origin"), null);
  const pre = await fetch(`${stack.edgeUrl}/v1/timeline`, { method: "OPTIONS", headers: { Origin: stack.sandboxUrl, "Access-Control-Request-Method": "GET" } });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get("access-control-allow-origin"), stack.sandboxUrl);
  const preEvil = await fetch(`${stack.edgeUrl}/v1/timeline`, { method: "OPTIONS", headers: { Origin: "https://evil.example" } });
  assert.equal(preEvil.status, 403);
});

test("the second request is a cache hit: the carrier is called once", async () => {
  await stack.sandbox.reset();
  const token = await stack.sandbox.token("import_customs");
  const first = await timeline(stack, token);
  assert.equal(first.status, 200);
  assert.equal(first.headers.get("x-waymark-cache"), "miss");
  const second = await timeline(stack, token);
  assert.equal(second.status, 200);
  assert.equal(second.headers.get("x-waymark-cache"), "hit");
  assert.equal(second.body.shipments[0].tracking_number, "LP00498765432CN");
  const hits = await stack.sandbox.hits();
  assert.equal(hits["cainiao:LP00498765432CN"], 1);
});

test("the timeline merges hand-off legs and carries no personal data", async () => {
  const token = await stack.sandbox.token("delivered");
  const r = await timeline(stack, token);
  assert.equal(r.status, 200);
  const s = r.body.shipments;
  assert.equal(s.length, 1, "Cainiao + USPS legs are one parcel");
  assert.deepEqual(s[0].legs.map((l) => l.carrier), ["cainiao", "usps"]);
  assert.equal(s[0].status, "delivered");
  assert.equal(r.body.order_id, "1042-A");
  assert.ok(!/street|phone|signed by/i.test(r.text));
});

test("merchant API: track, batch, mint tokens, OpenAPI", async () => {
  const unauth = await fetch(`${stack.edgeUrl}/v1/track/usps/9400111899223100000055`);
  assert.equal(unauth.status, 401);
  const one = await fetch(`${stack.edgeUrl}/v1/track/usps/9400111899223100000055`, { headers: MERCHANT });
  assert.equal(one.status, 200);
  assert.equal((await one.json()).shipments[0].status, "failed_attempt");
  const auto = await fetch(`${stack.edgeUrl}/v1/track/auto/9400111899223100000055`, { headers: MERCHANT });
  assert.equal(auto.status, 200, "carrier detected from the number");
  const unknown = await fetch(`${stack.edgeUrl}/v1/track/auto/HELLO`, { headers: MERCHANT });
  assert.equal(unknown.status, 400);
  assert.equal((await unknown.json()).error.code, "carrier_required");
  const batch = await fetch(`${stack.edgeUrl}/v1/track`, {
    method: "POST",
    headers: { ...MERCHANT, "Content-Type": "application/json" },
    body: JSON.stringify({ items: [{ number: "9400111899223100000055", carrier: "usps" }, { number: "HELLO" }] }),
  });
  const results = (await batch.json()).results;
  assert.equal(results[0].result.shipments[0].carrier, "usps");
  assert.equal(results[1].error.code, "carrier_required");
  const mint = await fetch(`${stack.edgeUrl}/v1/tokens`, {
    method: "POST",
    headers: { ...MERCHANT, "Content-Type": "application/json" },
    body: JSON.stringify({ order_id: "77", numbers: [{ number: "9400111899223100000055", carrier: "usps" }], origin: stack.sandboxUrl }),
  });
  assert.equal(mint.status, 201);
  const { token } = await mint.json();
  const viaMinted = await timeline(stack, token);
  assert.equal(viaMinted.status, 200);
  assert.equal(viaMinted.body.order_id, "77");
  const spec = await fetch(`${stack.edgeUrl}/v1/openapi.json`);
  assert.equal(spec.status, 200);
  assert.equal((await spec.json()).openapi.slice(0, 2), "3.");
  const missing = await fetch(`${stack.edgeUrl}/v1/nothing`);
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, "not_found");
  const wrongMethod = await fetch(`${stack.edgeUrl}/v1/tokens`, { headers: MERCHANT });
  assert.equal(wrongMethod.status, 404, "GET on a POST route is no route");
  const garbled = await fetch(`${stack.edgeUrl}/v1/track`, { method: "POST", headers: MERCHANT, body: "{not json" });
  assert.equal(garbled.status, 400);
  assert.equal((await garbled.json()).error.code, "bad_request");
});

test("the public worker leaves registered shipments to the waymark-updates worker", async () => {
  for (const [method, path] of [["POST", "/v1/shipments"], ["GET", "/v1/shipments/1042"], ["POST", "/v1/inbound/17track"]]) {
    const r = await fetch(`${stack.edgeUrl}${path}`, { method, headers: MERCHANT, body: method === "POST" ? "{}" : undefined });
    assert.equal(r.status, 404, `${method} ${path}`);
    const body = await r.json();
    assert.equal(body.error.code, "not_found");
    assert.match(body.error.message, /waymark-updates/);
  }
});
