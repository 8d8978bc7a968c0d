// The demo storefront in headless Chromium against the real local edge and sandbox carriers.
// The widget is a renderer of the answer the edge composes: each widget shows exactly the
// answer's strings (fetched here with the same language and zone), a delivered parcel shows
// when it was delivered (never an estimate) and "Not received?", every parcel links to its
// carrier's page and to the store with the order's facts; Arabic is right to left; carrier
// markup stays text; the stale notice appears; the reserved height follows the content (no
// band, no layout shift); axe finds no violations; no console errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startStack, timeline, root } from "./harness.mjs";
import { launch, openPage } from "./browser.mjs";

const TZ = "America/New_York";
let stack, browser, page;
const errors = [];
const answers = {};

/** The edge's answer for a scenario, in `lang` and the page's zone. */
async function answer(scenario, lang) {
  const token = await stack.sandbox.token(scenario);
  const r = await fetch(`${stack.edgeUrl}/v1/timeline?lang=${lang}&tz=${encodeURIComponent(TZ)}`, { headers: { Authorization: `Bearer ${token}`, Origin: stack.sandboxUrl } });
  assert.equal(r.status, 200);
  const body = await r.json();
  assert.ok(body.words, "the edge answers with the order's words");
  return body;
}

/** Reads a widget's rendered state from inside its shadow root. */
async function widget(testid) {
  const host = page.locator(`[data-testid=${testid}]`);
  // Widgets mount as they near the viewport: bring this one there, as a buyer scrolling would.
  await host.scrollIntoViewIfNeeded();
  await host.locator("[data-testid=waymark-status]").first().waitFor({ timeout: 20_000 });
  return page.evaluate((id) => {
    const root = document.querySelector(`[data-testid=${id}]`).shadowRoot;
    const q = (s) => root.querySelector(s);
    const t = (s) => q(s)?.textContent ?? null;
    const bar = q("[role=progressbar]");
    return {
      dir: q(".wm").getAttribute("dir"),
      lang: q(".wm").getAttribute("lang"),
      theme: q(".wm").getAttribute("data-theme"),
      text: q(".wm").textContent,
      status: t("[data-testid=waymark-status]"),
      sentence: t("[data-testid=waymark-sentence]"),
      eta: t("[data-testid=waymark-eta]"),
      delivered: t("[data-testid=waymark-delivered]"),
      now: t(".wm-step.now .wm-phase"),
      nowLabel: t("[data-testid=waymark-now]"),
      steps: root.querySelectorAll(".wm-step").length,
      done: root.querySelectorAll(".wm-step.done").length,
      valuenow: Number(bar.getAttribute("aria-valuenow")),
      valuetext: bar.getAttribute("aria-valuetext"),
      exceptions: [...root.querySelectorAll("[data-testid=waymark-exception]")].map((e) => e.textContent),
      contact: q("[data-testid=waymark-contact]")?.getAttribute("href") ?? null,
      contactText: t("[data-testid=waymark-contact]"),
      carrier: q("[data-testid=waymark-carrier]")?.getAttribute("href") ?? null,
      carrierText: t("[data-testid=waymark-carrier]"),
      notReceived: t("[data-testid=waymark-not-received] summary"),
      notReceivedText: t("[data-testid=waymark-not-received]"),
      stale: t("[data-testid=waymark-stale]"),
      labels: [...root.querySelectorAll("[data-testid=waymark-event] .wm-label")].map((e) => e.textContent),
      events: [...root.querySelectorAll("[data-testid=waymark-event] .wm-desc")].map((e) => e.textContent),
      images: root.querySelectorAll("img").length,
    };
  }, testid);
}

before(async () => {
  stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "0" } });
  // The stale demo: its carrier answers once (kept as the last good copy), then fails.
  const warm = await timeline(stack, await stack.sandbox.token("stale"));
  assert.equal(warm.status, 200);
  browser = await launch();
  page = await openPage(browser, `${stack.sandboxUrl}/`, errors, { viewport: { width: 900, height: 1400 }, timezoneId: TZ, locale: "en-US" });
  for (const [scenario, lang] of [["delivered", "en"], ["import_customs", "fr"], ["exception", "en"], ["stale", "ar"]]) {
    answers[scenario] = await answer(scenario, lang);
  }
});
after(async () => { await browser?.close(); stack?.stop(); });

test("delivered parcel: when it was delivered (no estimate), full bar, Not received?, carrier page and contact", async () => {
  const w = await widget("host-delivered");
  const { words, order_id, shipments: [s] } = answers.delivered;
  const a = s.answer;
  assert.equal(a.status, "delivered");
  assert.equal(w.status, a.status_label);
  assert.equal(w.sentence, a.sentence, "the answer's sentence, whole");
  assert.ok(a.delivered_text, "the edge says when");
  assert.equal(w.delivered, a.delivered_text);
  assert.equal(w.eta, null, "no estimate once delivered");
  assert.ok(!w.text.includes(words.eta_label), `no "${words.eta_label}" on a delivered parcel`);
  assert.equal(w.steps, 6, "cross-border: all six phases");
  assert.equal(w.done, 6);
  assert.equal(w.valuenow, 100);
  assert.equal(w.valuetext, a.progress.valuetext);
  assert.equal(w.notReceived, a.not_received.question);
  assert.ok(w.notReceivedText.includes(a.not_received.help));
  assert.equal(w.carrier, a.carrier_page.url);
  assert.equal(w.carrierText, a.carrier_page.label);
  assert.equal(w.contactText, words.contact);
  const mail = new URL(w.contact);
  assert.equal(mail.protocol, "mailto:");
  assert.equal(mail.searchParams.get("subject"), words.contact_subject);
  const body = mail.searchParams.get("body").split("\r\n");
  assert.equal(body[0], order_id);
  assert.ok(body.includes(s.tracking_number), body.join(" | "));
  assert.ok(body.includes(a.status_label));
  assert.equal(w.dir, "ltr");
  assert.equal(w.lang, "en");
});

test("parcel in French import customs: French words, the current phase, an honest window", async () => {
  const w = await widget("host-customs");
  const { words, shipments: [s] } = answers.import_customs;
  const a = s.answer;
  assert.equal(words.lang, "fr");
  assert.equal(w.lang, "fr");
  const now = a.progress.steps.find((x) => x.state === "now");
  assert.equal(now.phase, "import_customs");
  assert.equal(w.now, now.label);
  assert.equal(w.nowLabel, a.progress.now_label);
  assert.equal(w.status, a.status_label);
  assert.equal(w.sentence, a.sentence);
  assert.ok(a.eta_text, "a window while in transit");
  for (const part of [words.eta_label, a.eta_text, a.eta_basis]) assert.ok(w.eta.includes(part), `${part} in ${w.eta}`);
  assert.equal(w.delivered, null);
  const contact = new URL(w.contact);
  assert.equal(contact.origin + contact.pathname, "https://northwind.example/help");
  assert.equal(contact.searchParams.get("order"), answers.import_customs.order_id);
  assert.equal(contact.searchParams.get("status"), a.status_label);
  assert.equal(w.carrier, a.carrier_page?.url ?? null);
});

test("failed delivery: each exception with what to do, a contact link carrying the order", async () => {
  const w = await widget("host-exception");
  const { words, order_id, shipments: [s] } = answers.exception;
  const a = s.answer;
  assert.equal(w.status, a.status_label);
  assert.equal(w.sentence, a.sentence);
  assert.equal(w.steps, 3, "domestic parcel: no customs phases");
  assert.ok(a.exceptions.length >= 1);
  assert.equal(w.exceptions.length, a.exceptions.length);
  a.exceptions.forEach((e, i) => {
    for (const part of [e.title, e.explanation, e.action, e.hours].filter(Boolean)) assert.ok(w.exceptions[i].includes(part), `${part} in ${w.exceptions[i]}`);
  });
  const mail = new URL(w.contact);
  assert.equal(mail.searchParams.get("subject"), words.contact_subject);
  assert.match(w.contact, new RegExp(`^mailto:help@northwind\\.example\\?subject=.*&body=${encodeURIComponent(order_id)}`));
  // Our label beside the carrier's words; carrier text with markup is shown as text and injects nothing.
  assert.deepEqual(w.labels, [...a.events].reverse().map((e) => e.label));
  assert.ok(w.events.some((e) => e.includes("<img src=x onerror=alert(1)>")), JSON.stringify(w.events));
  assert.equal(w.images, 0);
});

test("Arabic widget renders right to left, dark, and says the data is stale", async () => {
  const w = await widget("host-stale");
  const { words, shipments: [s] } = answers.stale;
  assert.equal(words.dir, "rtl");
  assert.equal(w.dir, "rtl");
  assert.equal(w.lang, "ar");
  assert.equal(w.theme, "dark");
  assert.ok(s.answer.stale_text, "served stale");
  assert.equal(w.stale, s.answer.stale_text);
  assert.equal(w.status, s.answer.status_label);
});

test("accessibility: axe finds no violations in any widget", async () => {
  const axe = readFileSync(path.join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
  await page.addScriptTag({ content: axe });
  const violations = await page.evaluate(async () => {
    const out = [];
    for (const host of document.querySelectorAll("[data-waymark]")) {
      const r = await window.axe.run({ include: [[host]] }, { runOnly: ["wcag2a", "wcag2aa"] });
      for (const v of r.violations) out.push(`${host.dataset.testid}: ${v.id} (${v.nodes.length})`);
    }
    return out;
  });
  assert.deepEqual(violations, []);
});

test("keyboard: the tracking history opens with the keyboard", async () => {
  const toggled = await page.evaluate(async () => {
    const root = document.querySelector("[data-testid=host-delivered]").shadowRoot;
    const button = root.querySelector(".wm-more");
    button.focus();
    return { focused: root.activeElement === button, before: button.getAttribute("aria-expanded"), shown: root.querySelector(".wm-events").offsetHeight };
  });
  assert.ok(toggled.focused);
  assert.equal(toggled.before, "false");
  assert.equal(toggled.shown, 0, "collapsed: the card's height does not depend on the carrier's chattiness");
  await page.keyboard.press("Enter");
  const after = await page.evaluate(() => {
    const root = document.querySelector("[data-testid=host-delivered]").shadowRoot;
    return { expanded: root.querySelector(".wm-more").getAttribute("aria-expanded"), shown: root.querySelector(".wm-events").offsetHeight };
  });
  assert.equal(after.expanded, "true");
  assert.ok(after.shown > 0);
});

for (const width of [390, 1280]) {
  test(`reserved height follows the content at ${width} px: no band under a card, CLS ≤ 0.01`, async () => {
    const p = await browser.newPage({ viewport: { width, height: 844 }, timezoneId: TZ });
    await p.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: "layout-shift", buffered: true });
    });
    await p.goto(`${stack.sandboxUrl}/`, { waitUntil: "load" });
    for (const id of ["host-delivered", "host-customs", "host-exception", "host-stale"]) {
      await p.locator(`[data-testid=${id}]`).scrollIntoViewIfNeeded();
      await p.locator(`[data-testid=${id}] [data-testid=waymark-status]`).waitFor({ timeout: 20_000 });
    }
    await p.waitForTimeout(300);
    const r = await p.evaluate(() => ({
      cls: window.__cls,
      bands: [...document.querySelectorAll("[data-waymark]")].map((h) => [h.dataset.testid, h.getBoundingClientRect().height - h.shadowRoot.querySelector(".wm").getBoundingClientRect().height]),
    }));
    await p.close();
    for (const [id, band] of r.bands) assert.ok(Math.abs(band) <= 2, `${id}: ${band.toFixed(1)} px between the host and its card`);
    assert.ok(r.cls <= 0.01, `CLS ${r.cls.toFixed(4)} at ${width} px`);
  });
}

test("store CSS does not leak in; no console errors; screenshot", async () => {
  const color = await page.evaluate(() => {
    const li = document.querySelector("[data-testid=host-delivered]").shadowRoot.querySelector("[data-testid=waymark-event]");
    return getComputedStyle(li).color;
  });
  assert.notEqual(color, "rgb(255, 0, 0)", "the store's `li { color: red }` stays outside");
  const dir = path.join(root, "tests", "artifacts");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, "demo-storefront.png"), fullPage: true });
  assert.deepEqual(errors, []);
});
