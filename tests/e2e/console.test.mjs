// The merchant console and its storage on D1, in the real local runtime (waymark-updates in
// workerd with a local D1 database, migrations applied by wrangler): the three races the KV
// store lost (a stop undone by a refresh that read before it, a duplicate create, concurrent
// number-index updates), then the console in Chromium — sign-in, CSRF, the attention list and
// its filters, search, CSV, the order page and its actions, axe, screenshots.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { createHash } from "node:crypto";
import { readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { startStack, freePort, root } from "./harness.mjs";
import { launch } from "./browser.mjs";

const KEY = "dev-merchant-key-not-for-production";
const KEY_17TRACK = "dev-17track-key";
const MERCHANT = { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" };
const docs = path.join(root, "docs");

let stack, receiver, browser;

before(async () => {
  const port = await freePort();
  const received = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => { received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") }); res.writeHead(204); res.end(); });
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  receiver = { url: `http://127.0.0.1:${port}/hook`, received, stop: () => server.close() };
  stack = await startStack({
    config: "wrangler.updates.toml",
    testScheduled: true,
    kv: legacyKv(),
    vars: {
      WEBHOOK_SECRET: "dev-webhook-secret-not-for-production",
      REFRESH_INTERVAL_SCALE: "0",
      SEVENTEENTRACK_API_KEY: KEY_17TRACK,
      AGGREGATOR: "17track",
      MAX_HOT_TTL_SECONDS: "0",
      CARRIER_TIMEOUT_MS: "8000",
      DIGEST_WEBHOOK_URL: receiver.url,
      WEBHOOK_RETRY_BASE_SECONDS: "1",
    },
  });
  browser = await launch();
  mkdirSync(docs, { recursive: true });
});
after(async () => {
  await browser?.close();
  stack?.stop();
  receiver?.stop();
});

/** Registrations as an earlier version kept them in KV: 150 good ones (two pages), one that
 * does not decode, one under a key that is not its id. */
function legacyKv() {
  const entries = {};
  const at = new Date(Date.now() - 3600e3).toISOString().replace(/\.\d+Z$/, "Z");
  const until = new Date(Date.now() + 80 * 86400e3).toISOString().replace(/\.\d+Z$/, "Z");
  for (let i = 0; i < 150; i++) {
    const id = `kv-old-${i}`;
    entries[`shp:${id}`] = JSON.stringify({ id, numbers: [{ number: `LP9${String(i).padStart(8, "0")}CN`, carrier: "cainiao" }],
      locale: "fr", time_zone: "Europe/Paris", webhook_url: "https://shop.example.com/hooks", state: "active",
      created_at: at, expires_at: until, next_refresh_at: until, refreshed_at: null, snapshot: [], notified: [] });
  }
  entries["shp:kv-broken"] = "{not json";
  entries["shp:kv-elsewhere"] = entries["shp:kv-old-0"];
  return entries;
}

const api = (p, init = {}) => fetch(`${stack.edgeUrl}${p}`, { ...init, headers: { ...MERCHANT, ...(init.headers || {}) } });
const register = (id, numbers) => api("/v1/shipments", { method: "POST", body: JSON.stringify({ id, numbers, webhook_url: receiver.url }) });
const scheduled = () => fetch(`${stack.edgeUrl}/__scheduled?cron=${encodeURIComponent("*/10 * * * *")}`);

test("KV → D1: an earlier version's registrations are copied once, page by page, and found by number", async () => {
  const pages = [];
  let body = "{}";
  for (;;) {
    const r = await api("/v1/maintenance/kv-import", { method: "POST", body });
    const a = await r.json();
    assert.equal(r.status, 200, JSON.stringify(a));
    pages.push(a);
    if (a.done) break;
    body = JSON.stringify({ cursor: a.cursor });
  }
  assert.equal(pages.length, 2, "100 keys per page");
  const sum = (k) => pages.reduce((n, p) => n + p[k], 0);
  assert.deepEqual([sum("imported"), sum("existing"), sum("unreadable")], [150, 0, 2]);
  const again = await (await api("/v1/maintenance/kv-import", { method: "POST", body: "{}" })).json();
  assert.equal(again.imported, 0, "a second run copies nothing twice");
  assert.equal(again.existing + again.unreadable, 100, "the first page again: all there already");
  const reg = await (await api("/v1/shipments/kv-old-42")).json();
  assert.equal(reg.locale, "fr");
  assert.equal(reg.numbers[0].number, "LP900000042CN");
  assert.equal((await api("/v1/maintenance/kv-import", { method: "POST", body: '{"cursor":""}' })).status, 400);
  assert.equal((await fetch(`${stack.edgeUrl}/v1/maintenance/kv-import`, { method: "POST" })).status, 401);
});

test("race: of six creates of one order at once, exactly one is answered 201", async () => {
  const answers = await Promise.all(Array.from({ length: 6 }, () =>
    register("race-dup", [{ number: "LP00800000006CN", carrier: "cainiao" }]).then((r) => r.status)));
  assert.deepEqual(answers.filter((s) => s === 201).length, 1, `answers: ${answers}`);
  assert.deepEqual(answers.filter((s) => s === 409).length, 5, `answers: ${answers}`);
});

test("race: five orders registered at once on one number are all found by its push", async () => {
  const number = "YT8000000000000001";
  const ids = ["race-num-1", "race-num-2", "race-num-3", "race-num-4", "race-num-5"];
  const created = await Promise.all(ids.map((id) => register(id, [{ number, carrier: "17track" }]).then((r) => r.status)));
  assert.deepEqual(created, [201, 201, 201, 201, 201]);
  const now = Date.now();
  const body = JSON.stringify({ event: "TRACKING_UPDATED", data: { number, carrier: 190271, track_info: {
    latest_status: { status: "InTransit", sub_status: "InTransit_Other" },
    tracking: { providers: [{ provider: { key: 190271, name: "YunExpress" }, events: [
      { time_iso: new Date(now - 600e3).toISOString(), time_utc: new Date(now - 600e3).toISOString(), description: "Arrived at sorting center", location: "Shenzhen", stage: "InTransit", sub_status: "InTransit_Other" },
    ] }] },
  } } });
  const sign = createHash("sha256").update(`${body}/${KEY_17TRACK}`).digest("hex");
  const r = await fetch(`${stack.edgeUrl}/v1/inbound/17track`, { method: "POST", body, headers: { sign } });
  const answer = await r.json();
  assert.equal(r.status, 200, JSON.stringify(answer));
  assert.equal(answer.shipments_updated, 5, "every order watching the number is found");
});

test("race: a stop made while a scheduled refresh is under way stands", async () => {
  const number = "LP00800000005CN";
  await stack.sandbox.progress(number, 3);
  assert.equal((await register("race-stop", [{ number, carrier: "cainiao" }])).status, 201);
  // The carrier now answers slowly: the run reads the order, waits on the carrier, then writes.
  await stack.sandbox.fault({ carrier: "cainiao", number, mode: "none", latency_ms: "2500" });
  await stack.sandbox.progress(number, 4);
  const before = (await stack.sandbox.hits())[`cainiao:${number}`] || 0;
  const run = scheduled();
  await new Promise((r) => setTimeout(r, 900));
  // The run has read the order and is waiting on the carrier (its call is counted on arrival).
  assert.equal((await stack.sandbox.hits())[`cainiao:${number}`], before + 1, "the refresh is under way");
  const stopped = await api("/v1/shipments/race-stop", { method: "DELETE" });
  assert.equal(stopped.status, 200);
  assert.equal((await stopped.json()).state, "stopped");
  assert.equal((await run).status, 200);
  const after = await api("/v1/shipments/race-stop");
  assert.equal(after.status, 404, "the refresh that read the order before the stop did not undo it (a stopped order is gone from GET)");
  assert.equal((await after.json()).error.message, "shipment race-stop was stopped; the console keeps it, with its evidence pack, for 60 days");
  assert.equal((await api("/v1/shipments/race-stop/evidence")).status, 404, "gone from the API, evidence included");

  await stack.sandbox.fault({ carrier: "cainiao", number, mode: "none" });
});

/** Signs in through the form in a fresh browser context; returns the page. */
async function signIn(viewport, locale = "en-US") {
  // bypassCSP only lets the test inject axe-core: the console's CSP allows no script at all.
  const context = await browser.newContext({ viewport, locale, bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(`${stack.edgeUrl}/console`);
  await page.fill("#key", KEY);
  await Promise.all([page.waitForURL(`${stack.edgeUrl}/console`), page.click("form.login button")]);
  return { page, context, errors };
}

async function axe(page) {
  await page.addScriptTag({ content: readFileSync(path.join(root, "node_modules", "axe-core", "axe.min.js"), "utf8") }).catch(() => {});
  return page.evaluate(async () => (await window.axe.run()).violations.map((v) => `${v.id}: ${v.nodes.length}`));
}

test("console: sign-in refuses a wrong key, counts attempts per network, and starts a strict session", async () => {
  const page = await fetch(`${stack.edgeUrl}/console`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /name="key" type="password"/);
  assert.match(page.headers.get("content-security-policy"), /default-src 'none'/);
  assert.doesNotMatch(page.headers.get("content-security-policy"), /script-src/);
  const post = (key, ip) => fetch(`${stack.edgeUrl}/console/login`, {
    method: "POST", redirect: "manual", body: `key=${encodeURIComponent(key)}`,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: stack.edgeUrl, "CF-Connecting-IP": ip },
  });
  const wrong = await post("not-the-key", "203.0.113.7");
  assert.equal(wrong.status, 401);
  const crossSite = await fetch(`${stack.edgeUrl}/console/login`, { method: "POST", redirect: "manual", body: `key=${KEY}`,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" } });
  assert.equal(crossSite.status, 403, "a sign-in posted from another site is refused");
  for (let i = 0; i < 9; i++) await post("still-wrong", "203.0.113.7");
  const limited = await post(KEY, "203.0.113.7");
  assert.equal(limited.status, 429, "after 10 failures the network waits, even with the right key");
  assert.ok(Number(limited.headers.get("retry-after")) > 0);
  const other = await post(KEY, "198.51.100.9");
  assert.equal(other.status, 303, "another network is not locked out");
  const cookie = other.headers.get("set-cookie");
  assert.match(cookie, /^__Host-waymark_console=[0-9a-f]{64}; Path=\/; Max-Age=43200; HttpOnly; Secure; SameSite=Strict$/);
});

test("console: every change needs the session's CSRF token", async () => {
  const login = await fetch(`${stack.edgeUrl}/console/login`, { method: "POST", redirect: "manual", body: `key=${KEY}`,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: stack.edgeUrl, "CF-Connecting-IP": "192.0.2.44" } });
  const cookie = login.headers.get("set-cookie").split(";")[0];
  await stack.sandbox.progress("LP00800000004CN", 3);
  assert.equal((await register("csrf-1", [{ number: "LP00800000004CN", carrier: "cainiao" }])).status, 201);
  const stop = (body) => fetch(`${stack.edgeUrl}/console/orders/csrf-1/stop`, { method: "POST", redirect: "manual", body,
    headers: { Cookie: cookie, Origin: stack.edgeUrl, "Content-Type": "application/x-www-form-urlencoded" } });
  assert.equal((await stop("")).status, 403, "no token");
  assert.equal((await stop("csrf=" + "0".repeat(64))).status, 403, "a wrong token");
  assert.equal((await (await api("/v1/shipments/csrf-1")).json()).state, "active", "nothing changed");
  const home = await (await fetch(`${stack.edgeUrl}/console`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="csrf" value="([0-9a-f]{64})"/.exec(home)[1];
  const ok = await stop(`csrf=${csrf}`);
  assert.equal(ok.status, 303);
  assert.equal((await api("/v1/shipments/csrf-1")).status, 404, "stopped: gone from GET");
  const logout = await fetch(`${stack.edgeUrl}/console/logout`, { method: "POST", redirect: "manual", body: `csrf=${csrf}`,
    headers: { Cookie: cookie, Origin: stack.edgeUrl, "Content-Type": "application/x-www-form-urlencoded" } });
  assert.equal(logout.status, 303);
  assert.match(logout.headers.get("set-cookie"), /Max-Age=0/);
  const after = await fetch(`${stack.edgeUrl}/console/orders/csrf-1`, { redirect: "manual", headers: { Cookie: cookie } });
  assert.equal(after.status, 303, "the session ended on the server, not only in the browser");
});

test("console: the attention list follows each order from exception to resolution and stop", async () => {
  const [failed, customs, quiet] = ["LP00800000001CN", "LP00800000002CN", "LP00800000003CN"];
  await stack.sandbox.progress(failed, 8);
  await stack.sandbox.progress(customs, 3);
  await stack.sandbox.progress(quiet, 9);
  for (const [id, number] of [["att-failed", failed], ["att-transit", customs], ["att-delivered", quiet]]) {
    assert.equal((await register(id, [{ number, carrier: "cainiao" }])).status, 201);
  }
  assert.equal((await register("att-usps", [{ number: "9400111899223100000055", carrier: "usps" }])).status, 201);
  const { page, context, errors } = await signIn({ width: 1280, height: 900 });
  const rows = async () => page.$$eval("tbody tr td:first-child a", (as) => as.map((a) => a.textContent));
  let listed = await rows();
  assert.ok(listed.includes("att-failed") && listed.includes("att-usps"), `listed: ${listed}`);
  assert.ok(!listed.includes("att-delivered"), "a delivered order needs nobody");
  assert.ok(!listed.includes("att-transit"), "a parcel moving normally needs nobody");
  // Filters and search.
  await page.selectOption("select[name=kind]", "failed_attempt");
  await Promise.all([page.waitForLoadState("load"), page.click("form.filters button")]);
  listed = await rows();
  assert.ok(listed.length >= 2 && listed.every((id) => ["att-failed", "att-usps"].includes(id)), `kind filter: ${listed}`);
  await page.goto(`${stack.edgeUrl}/console?q=9400111899223100000055`);
  assert.deepEqual(await rows(), ["att-usps"], "search by tracking number");
  await page.goto(`${stack.edgeUrl}/console?q=att-failed`);
  assert.deepEqual(await rows(), ["att-failed"], "search by order id");
  await page.goto(`${stack.edgeUrl}/console?carrier=usps`);
  assert.deepEqual(await rows(), ["att-usps"], "carrier filter");
  // CSV of the same list.
  const csv = await page.evaluate(async () => (await fetch("/console/attention.csv?kind=failed_attempt")).text());
  const lines = csv.trim().split("\r\n");
  assert.equal(lines[0], '"order_id","needs","since_utc","carrier","origin","destination","status","console_path"');
  assert.ok(lines.some((l) => l.startsWith('"att-failed","failed_attempt"')), csv);
  // The list in both languages, at both widths; axe clean.
  await page.goto(`${stack.edgeUrl}/console`);
  assert.deepEqual(await axe(page), [], "axe on the list");
  await page.screenshot({ path: path.join(docs, "console-attention-1280.png"), fullPage: true });
  // The order page: the buyer's words, scans, notifications; refresh resolves the exception.
  await page.click("text=att-failed");
  await page.waitForSelector("h1");
  const text = await page.textContent("main");
  assert.match(text, /What the buyer sees/);
  assert.match(text, /Delivery attempt failed: <b>nobody home<\/b>/, "carrier text shown as text");
  assert.equal(await page.$$eval("main b", (b) => b.length), 0, "carrier markup is not markup");
  assert.deepEqual(await axe(page), [], "axe on the order page");
  await page.screenshot({ path: path.join(docs, "console-order-1280.png"), fullPage: true });
  await stack.sandbox.progress(failed, 9);
  await Promise.all([page.waitForURL(/done=refresh/), page.click("text=Refresh now")]);
  assert.match(await page.textContent("main"), /Refreshed just now/);
  await page.goto(`${stack.edgeUrl}/console`);
  assert.ok(!(await rows()).includes("att-failed"), "delivered after the refresh: off the list");
  // Stop watching clears the other one.
  await page.goto(`${stack.edgeUrl}/console/orders/att-usps`);
  await Promise.all([page.waitForURL(/done=stop/), page.click("button.danger")]);
  assert.match(await page.textContent("main"), /You stopped watching this order/);
  await page.goto(`${stack.edgeUrl}/console`);
  assert.ok(!(await rows()).includes("att-usps"), "stopped: off the list");
  // The scheduled run, DELETE and the console agree: a stopped order stays off the list.
  assert.equal((await scheduled()).status, 200);
  await page.goto(`${stack.edgeUrl}/console`);
  assert.ok(!(await rows()).includes("att-usps"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("console: narrow screens and Simplified Chinese", async () => {
  assert.equal((await register("att-zh", [{ number: "9400111899223100000055", carrier: "usps" }])).status, 201);
  const { page, context, errors } = await signIn({ width: 390, height: 844 }, "zh-CN");
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  assert.match(await page.textContent("h1"), /需要您处理的订单/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scroll at 390 px (${overflow} px)`);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(docs, "console-attention-390-zh.png"), fullPage: true });
  assert.ok((await page.textContent("tbody")).includes("派送未成功"), "the kind in the merchant's language");
  await page.goto(`${stack.edgeUrl}/console/orders/att-zh`);
  assert.match(await page.textContent("main"), /买家看到的内容/);
  await page.screenshot({ path: path.join(docs, "console-order-390-zh.png"), fullPage: true });
  // The language switch is remembered.
  await page.click("a[href='/console/lang/en']");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.deepEqual(errors, []);
  await context.close();
});

test("console: lanes from the merchant's own delivered parcels, as a table and a chart", async () => {
  const { page, context, errors } = await signIn({ width: 1280, height: 900 });
  await page.click("a[href='/console/lanes']");
  await page.waitForSelector("h1");
  const row = await page.$$eval("table.lanes tbody tr", (rs) => rs.map((r) => [...r.children].map((c) => c.textContent)));
  const cainiao = row.find((r) => r[0].includes("cainiao"));
  assert.ok(cainiao, `lanes: ${JSON.stringify(row)}`);
  assert.ok(Number(cainiao[1]) >= 2, "each delivered parcel counted once");
  assert.match(cainiao[2], /^\d+\.\d \/ \d+\.\d d$/, "door to door, p50 / p90");
  assert.ok((await page.$$("figure.chart svg rect.bar")).length >= 1, "the chart has a bar per lane");
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(docs, "console-lanes-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scroll at 390 px (${overflow} px)`);
  await page.screenshot({ path: path.join(docs, "console-lanes-390.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test("digest: once a day the merchant hears what needs them, signed, without opening the console", async () => {
  const digests = () => receiver.received.filter((r) => { try { return JSON.parse(r.body).type === "digest"; } catch { return false; } });
  const cron = (c) => fetch(`${stack.edgeUrl}/__scheduled?cron=${encodeURIComponent(c)}`);
  assert.equal((await cron("0 7 * * *")).status, 200);
  const deadline = Date.now() + 20_000;
  while (digests().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const [d] = digests();
  assert.ok(d, "a digest arrived");
  assert.match(d.headers["waymark-signature"], /^t=\d+,v1=[0-9a-f]{64}$/);
  const body = JSON.parse(d.body);
  assert.equal(body.id, `digest:${new Date().toISOString().slice(0, 10)}`);
  assert.ok(body.needs_attention >= 1, JSON.stringify(body));
  assert.equal(body.needs_attention, Object.values(body.by_kind).reduce((a, b) => a + b, 0));
  assert.ok(body.most_urgent.length >= 1 && body.most_urgent[0].order_id);
  assert.doesNotMatch(d.body, /example\.com\/hooks|webhook_url/, "no receiver URLs or other secrets in it");
  // The same day again: nothing more.
  assert.equal((await cron("0 7 * * *")).status, 200);
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal(digests().length, 1, "one digest a day");
});

test("helpdesk: an order found by id, tracking number or hashed e-mail, in the buyer's words", async () => {
  const email = " Buyer.Name@Example.com ";
  const sha = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  const created = await api("/v1/shipments", { method: "POST", body: JSON.stringify({ id: "help-1", locale: "fr", time_zone: "Europe/Paris",
    numbers: [{ number: "9400111899223100000055", carrier: "usps" }], webhook_url: receiver.url, buyer_email_sha256: sha }) });
  assert.equal(created.status, 201, await created.text());
  const byMail = await (await api(`/v1/helpdesk/orders?email_sha256=${sha}`)).json();
  assert.deepEqual(byMail.orders.map((o) => o.order_id), ["help-1"]);
  const o = byMail.orders[0];
  assert.equal(o.lang, "fr");
  assert.equal(o.needs_attention, "failed_attempt");
  assert.ok(o.parcels[0].exceptions[0].action.length > 10, "what the buyer can do, in words");
  assert.doesNotMatch(JSON.stringify(byMail), /Buyer\.Name|example\.com/i, "the address is never stored nor answered");
  const byNumber = await (await api("/v1/helpdesk/orders?tracking_number=9400111899223100000055&lang=de")).json();
  assert.ok(byNumber.orders.some((x) => x.order_id === "help-1"));
  assert.ok(byNumber.orders.every((x) => x.lang === "de"), "the language asked for");
  assert.equal((await (await api("/v1/helpdesk/orders?order_id=nobody")).json()).orders.length, 0);
  assert.equal((await api("/v1/helpdesk/orders?order_id=help-1&tracking_number=x")).status, 400);
  assert.equal((await fetch(`${stack.edgeUrl}/v1/helpdesk/orders?order_id=help-1`)).status, 401);
});

test("MCP: the official TypeScript SDK's client finds and explains an order over streamable HTTP", async () => {
  const { Client } = await import("@modelcontextprotocol/sdk/client/index.js");
  const { StreamableHTTPClientTransport } = await import("@modelcontextprotocol/sdk/client/streamableHttp.js");
  const refused = new Client({ name: "waymark-e2e", version: "1.0.0" });
  await assert.rejects(refused.connect(new StreamableHTTPClientTransport(new URL(`${stack.edgeUrl}/v1/mcp`))), "no merchant key, no tools");
  const transport = new StreamableHTTPClientTransport(new URL(`${stack.edgeUrl}/v1/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${KEY}` } },
  });
  const client = new Client({ name: "waymark-e2e", version: "1.0.0" });
  await client.connect(transport);
  assert.equal(client.getServerVersion().name, "waymark");
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name).sort(), ["explain_order", "find_order"]);
  const sha = createHash("sha256").update("buyer.name@example.com").digest("hex");
  const found = await client.callTool({ name: "find_order", arguments: { email_sha256: sha } });
  assert.equal(found.isError, false);
  assert.equal(found.structuredContent.orders[0].order_id, "help-1");
  const explained = await client.callTool({ name: "explain_order", arguments: { order_id: "help-1" } });
  assert.equal(explained.isError, false);
  const text = explained.content[0].text;
  assert.match(text, /USPS/);
  assert.equal(explained.structuredContent.lang, "fr", "in the buyer's language");
  const english = await client.callTool({ name: "explain_order", arguments: { order_id: "help-1", lang: "en" } });
  assert.match(english.content[0].text, /nobody was available|could not deliver/i);
  const missing = await client.callTool({ name: "explain_order", arguments: { order_id: "nobody" } });
  assert.equal(missing.isError, true);
  await assert.rejects(client.callTool({ name: "delete_order", arguments: {} }), /delete_order/);
  await client.close();
});
