// Proactive updates in the real local runtime (the waymark-updates worker): registered shipments, the Cron Trigger
// (wrangler dev --test-scheduled), the notification Queue with retries, signed webhooks to a
// local receiver, inbound 17TRACK / EasyPost pushes, and the evidence file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { createHash, createHmac } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startStack, freePort, root } from "./harness.mjs";

const WEBHOOK_SECRET = "dev-webhook-secret-not-for-production";
const KEY_17TRACK = "dev-17track-key";
const EASYPOST_SECRET = "dev-easypost-webhook-secret";
const MERCHANT = { Authorization: "Bearer dev-merchant-key-not-for-production", "Content-Type": "application/json" };
const out = path.join(root, "target", "e2e");

let stack;
let receiver;

/** A merchant's webhook endpoint: records every request; can be told to fail the next N. */
async function startReceiver() {
  const port = await freePort();
  const state = { received: [], failNext: 0 };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const failed = state.failNext > 0;
      if (failed) state.failNext -= 1;
      state.received.push({ headers: req.headers, body, failed, at: Date.now() });
      res.writeHead(failed ? 503 : 204);
      res.end();
    });
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${port}/hooks/waymark`,
    state,
    stop: () => server.close(),
    delivered: () => state.received.filter((r) => !r.failed),
    keys: () => state.received.filter((r) => !r.failed).map((r) => r.headers["waymark-idempotency-key"]),
  };
}

async function until(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) {
      const seen = receiver.state.received.map((r) => `${r.failed ? "refused" : "ok"} ${r.headers["waymark-idempotency-key"]}`);
      throw new Error(`timed out waiting for ${what}\nreceiver saw:\n${seen.join("\n")}\n${stack.log.slice(-30).join("")}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const api = (p, init = {}) => fetch(`${stack.edgeUrl}${p}`, { ...init, headers: { ...MERCHANT, ...(init.headers || {}) } });
const register = (body) => api("/v1/shipments", { method: "POST", body: JSON.stringify(body) });
const scheduled = async () => {
  const r = await fetch(`${stack.edgeUrl}/__scheduled?cron=${encodeURIComponent("*/10 * * * *")}`);
  assert.equal(r.status, 200, await r.text());
};

function verifySignature(rec) {
  const header = rec.headers["waymark-signature"];
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header || "");
  assert.ok(m, `signature header: ${header}`);
  const expected = createHmac("sha256", WEBHOOK_SECRET).update(`${m[1]}.${rec.body}`).digest("hex");
  assert.equal(m[2], expected, "HMAC-SHA256 over `<t>.<body>`");
  assert.ok(Math.abs(Date.now() / 1000 - Number(m[1])) < 300, "timestamp inside the replay window");
}

before(async () => {
  receiver = await startReceiver();
  stack = await startStack({
    config: "wrangler.updates.toml",
    testScheduled: true,
    vars: {
      WEBHOOK_SECRET,
      WEBHOOK_RETRY_BASE_SECONDS: "1",
      REFRESH_INTERVAL_SCALE: "0",
      SEVENTEENTRACK_API_KEY: KEY_17TRACK,
      EASYPOST_WEBHOOK_SECRET: EASYPOST_SECRET,
      AGGREGATOR: "17track",
      MAX_HOT_TTL_SECONDS: "0",
    },
  });
  mkdirSync(out, { recursive: true });
});
after(() => {
  stack?.stop();
  receiver?.stop();
});

test("registration is validated and needs the merchant key", async () => {
  const anon = await fetch(`${stack.edgeUrl}/v1/shipments`, { method: "POST", body: "{}" });
  assert.equal(anon.status, 401);
  const bad = await register({ id: "bad id!", numbers: [{ number: "LP1" }], webhook_url: receiver.url });
  assert.equal(bad.status, 400);
  assert.equal((await bad.json()).error.code, "bad_request");
  const http_ = await register({ id: "x-1", numbers: [{ number: "LP1" }], webhook_url: "http://shop.example/hook" });
  assert.equal(http_.status, 400, "plain http only to loopback");
  assert.equal((await api("/v1/shipments/nope")).status, 404);
});

test("milestones reach the merchant as signed webhooks, once each, as the parcel moves", async () => {
  const number = "LP00700000001CN";
  await stack.sandbox.progress(number, 1);
  const created = await register({
    id: "order-1001", numbers: [{ number, carrier: "cainiao" }], locale: "fr-FR", time_zone: "Europe/Paris", webhook_url: receiver.url,
  });
  const createdText = await created.text();
  assert.equal(created.status, 201, createdText);
  const reg = JSON.parse(createdText);
  assert.equal(reg.state, "active");
  assert.ok(reg.notified.includes(`order-1001:${number}:picked_up`), reg.notified.join());
  // Picked up six days ago and nothing since: the origin silence rule (5 days) fires too.
  assert.ok(reg.notified.some((k) => k.startsWith(`order-1001:${number}:silence:`)), reg.notified.join());
  assert.equal((await register({ id: "order-1001", numbers: [{ number }], webhook_url: receiver.url })).status, 409);

  await until("picked_up webhook", () => receiver.keys().includes(`order-1001:${number}:picked_up`));
  const first = receiver.delivered().find((r) => r.headers["waymark-idempotency-key"] === `order-1001:${number}:picked_up`);
  verifySignature(first);
  const payload = JSON.parse(first.body);
  assert.equal(payload.shipment_id, "order-1001");
  assert.equal(payload.transition.type, "milestone");
  assert.equal(payload.transition.kind, "picked_up");
  assert.equal(payload.transition.tracking_number, number);
  assert.equal(payload.locale, "fr-FR");
  assert.equal(payload.time_zone, "Europe/Paris");
  // The buyer's words, composed in the registration's locale: the milestone's sentence.
  assert.equal(payload.words.lang, "fr");
  assert.equal(payload.words.dir, "ltr");
  assert.equal(payload.transition.message, payload.words.message);
  assert.match(payload.words.message, /colis/, payload.words.message);
  assert.equal(payload.words.exception, null);
  // The origin silence is an exception: its title, what happened and what to do, in French.
  await until("silence webhook", () => receiver.keys().some((k) => k.startsWith(`order-1001:${number}:silence:`)));
  const silence = receiver.delivered().map((r) => JSON.parse(r.body)).find((b) => b.transition.kind === "silence");
  assert.equal(silence.words.exception.kind, "silence");
  for (const field of ["title", "explanation", "action"]) {
    const text = silence.words.exception[field];
    assert.ok(text && !/[{}$]/.test(text), `${field}: ${text}`);
  }
  assert.notEqual(silence.words.message, payload.words.message);

  // The parcel crosses the border and enters import customs; the cron picks it up.
  await stack.sandbox.progress(number, 5);
  await scheduled();
  const crossing = ["export_cleared", "departed_origin_country", "arrived_destination_country"].map((k) => `order-1001:${number}:${k}`);
  await until("border milestones", () => crossing.every((k) => receiver.keys().includes(k)));

  // More runs with nothing new send nothing new.
  const before = receiver.state.received.length;
  await scheduled();
  await scheduled();
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal(receiver.state.received.length, before, "no notification without a new transition");
  const counts = receiver.keys().reduce((m, k) => m.set(k, (m.get(k) || 0) + 1), new Map());
  assert.ok([...counts.values()].every((n) => n === 1), `each transition once: ${JSON.stringify([...counts])}`);
  const sample = receiver.delivered().at(-1);
  writeFileSync(path.join(out, "webhook-sample.json"), JSON.stringify({ headers: {
    "content-type": sample.headers["content-type"],
    "waymark-signature": sample.headers["waymark-signature"],
    "waymark-idempotency-key": sample.headers["waymark-idempotency-key"],
  }, body: JSON.parse(sample.body) }, null, 2));
});

test("receiver down: webhooks are retried with backoff, delivered once each, nothing lost", async () => {
  const number = "LP00700000001CN";
  receiver.state.failNext = 2;
  const start = receiver.state.received.length;
  // Cleared import customs and out for delivery: two new milestones, the first two attempts refused.
  await stack.sandbox.progress(number, 7);
  await scheduled();
  const keys = ["import_cleared", "out_for_delivery"].map((k) => `order-1001:${number}:${k}`);
  await until("both milestones after retries", () => keys.every((k) => receiver.keys().includes(k)), 40_000);
  const seen = receiver.state.received.slice(start);
  assert.equal(seen.filter((r) => r.failed).length, 2, "two attempts were refused");
  for (const key of keys) {
    const attempts = seen.filter((r) => r.headers["waymark-idempotency-key"] === key);
    assert.equal(attempts.filter((a) => !a.failed).length, 1, `${key} delivered once`);
    assert.equal(new Set(attempts.map((a) => a.body)).size, 1, "every attempt sends the same body");
    for (let i = 1; i < attempts.length; i++) {
      assert.ok(attempts[i].at - attempts[i - 1].at >= 900, `retry of ${key} waited ${attempts[i].at - attempts[i - 1].at} ms`);
    }
  }
  await scheduled();
  await new Promise((r) => setTimeout(r, 2000));
  for (const key of keys) assert.equal(receiver.keys().filter((k) => k === key).length, 1, `${key} exactly once`);
});

test("carrier down: no notification and no false alarm; the next good answer catches up", async () => {
  const number = "LP00700000002CN";
  await stack.sandbox.progress(number, 3);
  assert.equal((await register({ id: "order-1002", numbers: [{ number, carrier: "cainiao" }], webhook_url: receiver.url })).status, 201);
  await until("first milestones of order-1002", () => receiver.keys().includes(`order-1002:${number}:departed_origin_country`));
  await stack.sandbox.fault({ carrier: "cainiao", number, mode: "500" });
  const before = receiver.state.received.length;
  await stack.sandbox.progress(number, 8);
  await scheduled();
  await scheduled();
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal(receiver.state.received.length, before, "a failing carrier produces no notification");
  const reg = await (await api("/v1/shipments/order-1002")).json();
  assert.equal(reg.state, "active");
  assert.equal(reg.snapshot[0].stale, true, "the kept copy is marked stale");
  assert.ok(!reg.notified.some((k) => /silence|lost/.test(k)), reg.notified.join());

  await stack.sandbox.fault({ carrier: "cainiao", number, mode: "none" });
  await scheduled();
  const expected = ["out_for_delivery", `failed_attempt:`].map((k) => `order-1002:${number}:${k}`);
  await until("catch-up milestones", () => expected.every((e) => receiver.keys().some((k) => k.startsWith(e))));
  const failed = receiver.delivered().find((r) => r.headers["waymark-idempotency-key"].includes(":failed_attempt:"));
  const body = JSON.parse(failed.body);
  assert.equal(body.transition.type, "exception");
  assert.equal(body.transition.kind, "failed_attempt");
});

test("17TRACK numbers of a scheduled run go in one batch request", async () => {
  const numbers = ["YT7000000000000001", "YT7000000000000002", "YT7000000000000003"];
  for (const [i, n] of numbers.entries()) {
    const r = await register({ id: `order-17-${i}`, numbers: [{ number: n, carrier: "17track" }], webhook_url: receiver.url });
    assert.equal(r.status, 201, await r.text());
  }
  await stack.sandbox.reset();
  await scheduled();
  const hits = await stack.sandbox.hits();
  assert.equal(hits["17track"], 1, `one batch for three numbers: ${JSON.stringify(hits)}`);
  for (const n of numbers) assert.equal(hits[`17track:${n}`], 1);
});

test("a signed 17TRACK push updates the stored timeline and notifies; a forged one is refused", async () => {
  const number = "YT7000000000000009";
  assert.equal((await register({ id: "order-push-17", numbers: [{ number, carrier: "17track" }], webhook_url: receiver.url })).status, 201);
  const now = Date.now();
  const body = JSON.stringify({ event: "TRACKING_UPDATED", data: { number, carrier: 190271, track_info: {
    latest_status: { status: "Delivered", sub_status: "Delivered_Other" },
    tracking: { providers: [{ provider: { key: 190271, name: "YunExpress" }, events: [
      { time_iso: new Date(now - 3600e3).toISOString(), time_utc: new Date(now - 3600e3).toISOString(), description: "Delivered", location: "Austin", stage: "Delivered", sub_status: "Delivered_Other" },
      { time_iso: new Date(now - 86400e3).toISOString(), time_utc: new Date(now - 86400e3).toISOString(), description: "Picked up", location: "Shenzhen", stage: "InTransit", sub_status: "InTransit_PickedUp" },
    ] }] },
  } } });
  const forged = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body, headers: { sign: "00".repeat(32) } });
  assert.equal(forged.status, 401);
  const sign = createHash("sha256").update(`${body}/${KEY_17TRACK}`).digest("hex");
  const r = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body, headers: { sign } });
  const text = await r.text();
  assert.equal(r.status, 200, text);
  assert.equal(JSON.parse(text).shipments_updated, 1);
  await until("delivered webhook from the push", () => receiver.keys().includes(`order-push-17:${number}:delivered`));
  // The same push again (a provider's retry, or a replay) does nothing.
  const replay = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body, headers: { sign } });
  assert.equal(replay.status, 200);
  assert.equal((await replay.json()).duplicate, true);
  // A push that arrives late, with only the older event, does not overwrite the delivery.
  const late = JSON.stringify({ event: "TRACKING_UPDATED", data: { number, carrier: 190271, track_info: {
    latest_status: { status: "InTransit", sub_status: "InTransit_PickedUp" },
    tracking: { providers: [{ provider: { key: 190271, name: "YunExpress" }, events: [
      { time_iso: new Date(now - 86400e3).toISOString(), time_utc: new Date(now - 86400e3).toISOString(), description: "Picked up", location: "Shenzhen", stage: "InTransit", sub_status: "InTransit_PickedUp" },
    ] }] },
  } } });
  const lateSign = createHash("sha256").update(`${late}/${KEY_17TRACK}`).digest("hex");
  const lateAnswer = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body: late, headers: { sign: lateSign } });
  assert.equal(lateAnswer.status, 200);
  assert.deepEqual(await lateAnswer.json(), { accepted: 0, ignored_older: 1, shipments_updated: 0 });
  const big = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body: "x".repeat(1024 * 1024 + 1), headers: { sign } });
  assert.equal(big.status, 413, "a push over 1 MB is refused before its signature is computed");
  const unsigned = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body });
  assert.equal(unsigned.status, 401);
  const reg = await (await api("/v1/shipments/order-push-17")).json();
  assert.equal(reg.state, "completed", "a delivered parcel is no longer refreshed");
  assert.equal(reg.snapshot[0].status, "delivered");
});

test("a signed EasyPost push is merged the same way", async () => {
  const number = "EZ7000000001";
  assert.equal((await register({ id: "order-push-ep", numbers: [{ number, carrier: "easypost" }], webhook_url: receiver.url })).status, 201);
  const body = JSON.stringify({ object: "Event", description: "tracker.updated", result: {
    object: "Tracker", id: "trk_test", tracking_code: number, status: "out_for_delivery", carrier: "USPS",
    tracking_details: [
      { object: "TrackingDetail", datetime: new Date(Date.now() - 7200e3).toISOString(), message: "Out for delivery", status: "out_for_delivery",
        tracking_location: { object: "TrackingLocation", city: "AUSTIN", state: "TX", country: "US", zip: null } },
    ],
  } });
  const bad = await fetch(`${stack.edgeUrl}/v1/inbound/easypost`, { method: "POST", body, headers: { "X-Hmac-Signature": "hmac-sha256-hex=" + "ab".repeat(32) } });
  assert.equal(bad.status, 401);
  const sig = "hmac-sha256-hex=" + createHmac("sha256", EASYPOST_SECRET).update(body).digest("hex");
  const r = await fetch(`${stack.edgeUrl}/v1/inbound/easypost`, { method: "POST", body, headers: { "X-Hmac-Signature": sig } });
  assert.equal(r.status, 200, await r.text());
  await until("out_for_delivery webhook from the push", () => receiver.keys().includes(`order-push-ep:${number}:out_for_delivery`));
});

test("evidence: per-leg custody as JSON and as a printable page, carrier text escaped", async () => {
  const json = await api("/v1/shipments/order-1002/evidence");
  assert.equal(json.status, 200);
  const ev = await json.json();
  assert.equal(ev.shipment_id, "order-1002");
  const parcel = ev.parcels[0];
  assert.equal(parcel.tracking_number, "LP00700000002CN");
  assert.equal(parcel.legs[0].carrier, "cainiao");
  assert.ok(parcel.legs[0].last_scan, "last scan per leg");
  assert.ok(parcel.stages.some((s) => s.phase === "linehaul" && s.scanned));
  const page = await api("/v1/shipments/order-1002/evidence", { headers: { Accept: "text/html" } });
  assert.equal(page.status, 200);
  assert.match(page.headers.get("content-type"), /text\/html/);
  const html = await page.text();
  assert.match(html, /Lost-parcel evidence — order order-1002/);
  assert.match(html, /nobody home/);
  assert.ok(!html.includes("<b>nobody home</b>"), "carrier markup is escaped");
  assert.ok(!/<script/i.test(html));
  assert.equal((await fetch(`${stack.edgeUrl}/v1/shipments/order-1002/evidence`)).status, 401, "merchant only");

  // A cross-border order handed from Cainiao to USPS: two legs, the hand-over, both carriers.
  const r = await register({ id: "order-1003", numbers: [{ number: "LP00412345678CN", carrier: "cainiao" }], webhook_url: receiver.url });
  assert.equal(r.status, 201, await r.text());
  const two = await (await api("/v1/shipments/order-1003/evidence")).json();
  const legs = two.parcels[0].legs;
  assert.deepEqual(legs.map((l) => l.carrier), ["cainiao", "usps"]);
  assert.equal(legs[0].handed_over.at, legs[1].first_scan.at, "hand-over is the next leg's first scan");
  assert.ok(two.parcels[0].stages.some((s) => s.phase === "last_mile" && s.carrier === "usps"));
  const sample = await (await api("/v1/shipments/order-1003/evidence?format=html")).text();
  assert.match(sample, /<td>USPS<\/td>/);
  writeFileSync(path.join(out, "evidence-sample.html"), sample);
});

test("DELETE stops the watch: no more carrier calls for it", async () => {
  const r = await api("/v1/shipments/order-1002", { method: "DELETE" });
  assert.equal(r.status, 200);
  assert.equal((await r.json()).state, "stopped");
  await stack.sandbox.reset();
  await scheduled();
  const hits = await stack.sandbox.hits();
  assert.equal(hits["cainiao:LP00700000002CN"], undefined, JSON.stringify(hits));
});
