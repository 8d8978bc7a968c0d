// The edge API in the real local runtime (workerd via wrangler dev), against sandbox carriers:
// tokens, CORS, the hot cache, the merchant API, the buyer's words (lang, tz, Intl dates) and
// the support link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { root, startStack, timeline } from "./harness.mjs";

// The merchant's brand voice: one French message in their words, one override that names no
// message (logged and ignored).
const OVERRIDES = JSON.stringify({ fr: { "ui-history": "Le voyage de votre colis" }, en: { "no-such-message": "x" } });

// The support links' views are served by the waymark-updates worker (SUPPORT_ORIGIN).
let stack, updates;
before(async () => {
  updates = await startStack({ config: "wrangler.updates.toml" });
  stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "600", WORDS_OVERRIDES: OVERRIDES, SUPPORT_ORIGIN: updates.edgeUrl } });
});
after(() => { stack?.stop(); updates?.stop(); });

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
    // Longer than a year and a day: refused at verify, whoever minted it.
    forever: await stack.sandbox.token("delivered", stack.sandboxUrl, { ttl: String(400 * 86400) }),
    wrongOrigin: await stack.sandbox.token("delivered", "https://another-shop.example"),
  };
  for (const [name, token] of Object.entries(cases)) {
    const auth = token === null ? {} : { Authorization: `Bearer ${token}` };
    const r = await fetch(`${stack.edgeUrl}/v1/timeline`, { headers: { Origin: stack.sandboxUrl, ...auth } });
    assert.equal(r.status, 401, name);
    const body = await r.json();
    assert.equal(body.error.code, "unauthorized", name);
  }
  assert.deepEqual(await stack.sandbox.hits(), {}, "no carrier was called");
});

test("the token travels as Authorization: Bearer; a browser must send the Origin its token names", async () => {
  const token = await stack.sandbox.token("exception");
  const url = `${stack.edgeUrl}/v1/timeline?lang=en`;
  const header = await fetch(url, { headers: { Origin: stack.sandboxUrl, Authorization: `Bearer ${token}` } });
  assert.equal(header.status, 200);
  const pre = await fetch(`${stack.edgeUrl}/v1/timeline`, { method: "OPTIONS", headers: { Origin: stack.sandboxUrl, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" } });
  assert.equal(pre.status, 204);
  assert.match(pre.headers.get("access-control-allow-headers"), /authorization/i);
  // Browsers add Sec-Fetch-* headers; such a request without Origin is refused.
  const noOrigin = await fetch(url, { headers: { Authorization: `Bearer ${token}`, "Sec-Fetch-Site": "cross-site" } });
  assert.equal(noOrigin.status, 401);
  assert.equal((await noOrigin.json()).error.code, "unauthorized");
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
  assert.equal(wrongMethod.status, 405, "GET on a POST route");
  assert.equal(wrongMethod.headers.get("allow"), "POST");
  assert.equal((await wrongMethod.json()).error.code, "method_not_allowed");
  const query = await fetch(`${stack.edgeUrl}/v1/health`, { method: "QUERY" });
  assert.equal(query.status, 405, "an unknown method is not read as GET");
  assert.equal(query.headers.get("allow"), "GET");
  const big = await fetch(`${stack.edgeUrl}/v1/track`, { method: "POST", headers: MERCHANT, body: JSON.stringify({ items: [{ number: "1Z5R89390357567127" }], pad: "x".repeat(70 * 1024) }) });
  assert.equal(big.status, 413, "a merchant body over 64 KB is refused before parsing");
  assert.equal((await big.json()).error.code, "too_large");
  const garbled = await fetch(`${stack.edgeUrl}/v1/track`, { method: "POST", headers: MERCHANT, body: "{not json" });
  assert.equal(garbled.status, 400);
  assert.equal((await garbled.json()).error.code, "bad_request");
});

test("the public worker leaves registered shipments to the waymark-updates worker", async () => {
  for (const [method, path] of [["POST", "/v1/shipments"], ["GET", "/v1/shipments/1042"], ["POST", "/v1/inbound/17track"], ["GET", "/v1/support/a.b"], ["POST", "/v1/legs"]]) {
    const headers = path.startsWith("/v1/inbound/") ? { ...MERCHANT, sign: "x" } : MERCHANT;
    const r = await fetch(`${stack.edgeUrl}${path}`, { method, headers, body: method === "POST" ? "{}" : undefined });
    assert.equal(r.status, 404, `${method} ${path}`);
    const body = await r.json();
    assert.equal(body.error.code, "not_found");
    assert.match(body.error.message, /waymark-updates/);
  }
});

test("POST /v1/legs (waymark-updates): merchant only, validated, legs and their hand-offs normalized without words", async () => {
  const legs = (body, headers = MERCHANT) =>
    fetch(`${updates.edgeUrl}/v1/legs`, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const one = { legs: [{ carrier: "cainiao", number: "LP00412345678CN" }] };
  assert.equal((await legs(one, {})).status, 401);
  for (const bad of [{}, { legs: [] }, { legs: [{ carrier: "nope", number: "1" }] }, { legs: [{ carrier: "ups", number: " " }] }, { legs: Array(21).fill(one.legs[0]) }]) {
    const r = await legs(bad);
    assert.equal(r.status, 400, JSON.stringify(bad));
    assert.equal((await r.json()).error.code, "bad_request");
  }
  await updates.sandbox.reset();
  const r = await legs(one);
  assert.equal(r.status, 200);
  const body = await r.json();
  assert.deepEqual(Object.keys(body), ["shipments"]);
  assert.deepEqual(body.shipments.map((s) => s.carrier).sort(), ["cainiao", "usps"], "the USPS hand-off leg is fetched too");
  assert.ok(body.shipments.every((s) => !("answer" in s) && s.stale === false), "no words, fresh");
  const hits = await updates.sandbox.hits();
  assert.equal(hits["cainiao:LP00412345678CN"], 1);
});

/** GET /v1/timeline with a token and extra query parameters / headers, from the storefront. */
async function worded(token, params = {}, headers = {}) {
  const q = new URLSearchParams(params);
  const r = await fetch(`${stack.edgeUrl}/v1/timeline?${q}`, { headers: { Origin: stack.sandboxUrl, Authorization: `Bearer ${token}`, ...headers } });
  const text = await r.text();
  let body = null;
  try { body = JSON.parse(text); } catch {}
  return { status: r.status, headers: r.headers, body, text };
}

/** Whether a language's words were exported as a static asset (translators add them). */
const hasWords = (tag) => existsSync(path.join(root, "edge", "build-assets", "_words", `${tag}.json`));

const FRENCH_MONTHS = /\b(janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.)/;

function assertWhole(text, what) {
  assert.ok(typeof text === "string" && text.length > 0, `${what} is empty`);
  assert.ok(!/[{}$]/.test(text), `${what} has a placeholder left: ${text}`);
}

test("the timeline answers in French with Intl dates in the buyer's zone", async () => {
  const token = await stack.sandbox.token("import_customs");
  const r = await worded(token, { lang: "fr", tz: "Europe/Paris" });
  assert.equal(r.status, 200, r.text);
  const s = r.body.shipments[0];
  // Every field of the timeline is still there, with the answer beside it.
  for (const k of ["carrier", "tracking_number", "status", "phase", "legs", "events", "eta", "exceptions", "updated_at", "stale"]) {
    assert.ok(k in s, `shipment.${k}`);
  }
  assert.equal(r.body.order_id, "1042-B");
  assert.equal(r.body.words.lang, "fr");
  assert.equal(r.body.words.dir, "ltr");
  assert.equal(r.body.words.tz, "Europe/Paris");
  assert.equal(r.body.words.history, "Le voyage de votre colis", "the merchant's override");
  assertWhole(s.answer.headline, "headline");
  assertWhole(s.answer.sentence, "sentence");
  assert.ok(s.answer.events.length > 0);
  for (const e of s.answer.events) assert.match(e.when, FRENCH_MONTHS, `event date in French: ${e.when}`);
  const withOffset = s.answer.events.find((e) => e.local_time);
  if (withOffset) assert.match(withOffset.local_time, /UTC[+-]\d\d:\d\d/);
  // The same cached timeline answers in another language and zone: no second carrier call.
  const en = await worded(token, { lang: "en", tz: "America/New_York" });
  assert.equal(en.status, 200);
  assert.equal(en.headers.get("x-waymark-cache"), "hit");
  assert.equal(en.body.words.lang, "en");
  assert.equal(en.body.words.history, "Tracking history", "an invalid override changes nothing");
  assert.notEqual(en.body.shipments[0].answer.sentence, s.answer.sentence);
  assert.equal((await stack.sandbox.hits())["cainiao:LP00498765432CN"], 1);
});

test("Thai dates are in Thai (Buddhist era when a year is shown); Arabic is right to left", async (t) => {
  const token = await stack.sandbox.token("delivered");
  if (hasWords("th")) {
    const th = await worded(token, { lang: "th", tz: "Asia/Bangkok" });
    assert.equal(th.status, 200, th.text);
    assert.equal(th.body.words.lang, "th");
    for (const e of th.body.shipments[0].answer.events) {
      assert.ok(/25\d\d/.test(e.when) || /[\u0E00-\u0E7F]/.test(e.when), `Thai date: ${e.when}`);
      assert.ok(!/20\d\d/.test(e.when), `no Gregorian year: ${e.when}`);
    }
  } else {
    t.diagnostic("th.ftl is not there yet: Thai is served in English");
  }
  const ar = await worded(token, { lang: "ar" });
  assert.equal(ar.status, 200);
  if (hasWords("ar")) {
    assert.equal(ar.body.words.lang, "ar");
    assert.equal(ar.body.words.dir, "rtl");
  } else {
    t.diagnostic("ar.ftl is not there yet: Arabic is served in English");
    assert.equal(ar.body.words.lang, "en");
    assert.equal(ar.body.words.dir, "ltr");
  }
});

test("without lang the language comes from Accept-Language; a bad zone or tag is a 400", async () => {
  const token = await stack.sandbox.token("delivered");
  const de = await worded(token, {}, { "Accept-Language": "de-CH,de;q=0.9" });
  assert.equal(de.status, 200);
  assert.equal(de.body.words.lang, hasWords("de") ? "de" : "en");
  const fr = await worded(token, {}, { "Accept-Language": "sw, fr-CA;q=0.8, en;q=0.5" });
  assert.equal(fr.body.words.lang, "fr", "the first language we speak, by weight");
  assert.equal(fr.body.words.tz, "UTC", "UTC when no zone is given");
  const none = await worded(token, {});
  assert.equal(none.body.words.lang, "en");
  for (const tz of ["Mars/Olympus_Mons", "Europe/Paris; drop", "x".repeat(65)]) {
    const bad = await worded(token, { tz });
    assert.equal(bad.status, 400, tz);
    assert.equal(bad.body.error.code, "invalid_tz", tz);
    assert.equal(bad.headers.get("access-control-allow-origin"), stack.sandboxUrl, "errors carry CORS too");
  }
  const badLang = await worded(token, { lang: "<fr>" });
  assert.equal(badLang.status, 400);
  assert.equal(badLang.body.error.code, "bad_request");
});

test("the support link opens the order's evidence page, or its console page once registered; a tampered or foreign one is refused", async () => {
  const token = await stack.sandbox.token("delivered");
  const r = await worded(token, { lang: "fr" });
  const link = r.body.words.support_url;
  assert.ok(link.startsWith(`${updates.edgeUrl}/v1/support/`), link);
  const page = await fetch(link);
  assert.equal(page.status, 200);
  assert.match(page.headers.get("content-type"), /text\/html/);
  assert.match(page.headers.get("content-security-policy"), /default-src 'none'/);
  const html = await page.text();
  assert.match(html, /order 1042-A/);
  assert.match(html, /Chain of custody — parcel LP00412345678CN/);
  assert.ok(!/<script/i.test(html));
  // Once the order is registered, the same link opens the console's order page, read-only.
  const reg = await fetch(`${updates.edgeUrl}/v1/shipments`, { method: "POST", headers: { ...MERCHANT, "Content-Type": "application/json" },
    body: JSON.stringify({ id: "1042-A", numbers: [{ number: "LP00412345678CN", carrier: "cainiao" }], webhook_url: "http://127.0.0.1:9/hook" }) });
  assert.equal(reg.status, 201);
  const view = await fetch(link, { headers: { "Accept-Language": "en" } });
  assert.equal(view.status, 200);
  const viewHtml = await view.text();
  assert.match(viewHtml, /A read-only view from a support link/);
  assert.match(viewHtml, /What the buyer sees/);
  assert.ok(!/<form/i.test(viewHtml), "no actions, no sign-out: nothing to change from a support link");
  assert.ok(!/<script/i.test(viewHtml));
  assert.match(view.headers.get("content-security-policy"), /default-src 'none'; style-src 'self'/);
  // The updates worker's own timelines link to itself.
  const own = await fetch(`${updates.edgeUrl}/v1/timeline`, { headers: { Authorization: `Bearer ${await updates.sandbox.token("delivered")}`, Origin: updates.sandboxUrl } });
  assert.ok((await own.json()).words.support_url.startsWith(`${updates.edgeUrl}/v1/support/`));
  const signed = link.slice(link.lastIndexOf("/") + 1);
  const [payload, sig] = signed.split(".");
  const flipped = sig.slice(0, -2) + (sig.at(-2) === "A" ? "B" : "A") + sig.at(-1);
  const other = Buffer.from(JSON.stringify({ o: "someone-else", n: [{ t: "LP00412345678CN", c: "cainiao" }], exp: 9999999999 })).toString("base64url");
  for (const [name, bad] of [["tampered", `${payload}.${flipped}`], ["forged", `${other}.${sig}`], ["embed token", token], ["garbage", "x"]]) {
    const refused = await fetch(`${updates.edgeUrl}/v1/support/${encodeURIComponent(bad)}`);
    assert.equal(refused.status, 401, name);
    assert.equal((await refused.json()).error.code, "unauthorized", name);
  }
});

test("merchant tracking answers in the asked language too", async () => {
  const one = await fetch(`${stack.edgeUrl}/v1/track/usps/9400111899223100000055?lang=fr&tz=America/Chicago`, { headers: MERCHANT });
  assert.equal(one.status, 200);
  const body = await one.json();
  assert.equal(body.words.lang, "fr");
  assertWhole(body.shipments[0].answer.sentence, "sentence");
  const batch = await fetch(`${stack.edgeUrl}/v1/track`, {
    method: "POST",
    headers: { ...MERCHANT, "Content-Type": "application/json" },
    body: JSON.stringify({ items: [{ number: "9400111899223100000055", carrier: "usps" }], lang: "fr", tz: "Europe/Paris" }),
  });
  const results = (await batch.json()).results;
  assert.equal(results[0].result.words.lang, "fr");
  assert.equal(results[0].result.words.tz, "Europe/Paris");
  assert.ok(results[0].result.shipments[0].answer.exceptions.length > 0, "a failed attempt says what to do");
  const badTz = await fetch(`${stack.edgeUrl}/v1/track`, {
    method: "POST",
    headers: { ...MERCHANT, "Content-Type": "application/json" },
    body: JSON.stringify({ items: [{ number: "9400111899223100000055" }], tz: "Nowhere/Land" }),
  });
  assert.equal(badTz.status, 400);
  assert.equal((await badTz.json()).error.code, "invalid_tz");
});

test("each parcel keeps the first window shown across refreshes (the promise it is held to)", async () => {
  // Nothing kept hot: every request asks the carrier again and re-assembles the order.
  const live = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "0" } });
  try {
    const number = "LP00700000002CN";
    const token = await live.sandbox.orderToken(`cainiao:${number}`, { order: "promise-1" });
    const ask = async () => {
      const r = await fetch(`${live.edgeUrl}/v1/timeline`, { headers: { Origin: live.sandboxUrl, Authorization: `Bearer ${token}` } });
      assert.equal(r.status, 200);
      assert.equal(r.headers.get("x-waymark-cache"), "miss");
      return (await r.json()).shipments[0];
    };
    await live.sandbox.progress(number, 1);
    const first = await ask();
    assert.ok(first.eta, "picked up: an estimate is shown");
    assert.deepEqual(first.promised, first.eta, "the first window shown is the promise");
    // Days later the parcel has crossed the border: the estimate moves, the promise stays.
    await live.sandbox.progress(number, 4);
    const later = await ask();
    assert.equal(later.events.length, 4);
    assert.notDeepEqual(later.eta, first.eta, "the estimate moved");
    assert.deepEqual(later.promised, first.promised, "the promise did not");
  } finally {
    live.stop();
  }
});
