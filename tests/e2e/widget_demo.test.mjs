// The demo storefront in headless Chromium against the real local edge and sandbox carriers:
// each widget shows the right phase, ETA and sentence; Arabic is right-to-left; carrier markup
// stays text; the stale notice appears; axe finds no violations; no console errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startStack, timeline, root } from "./harness.mjs";
import { launch, openPage } from "./browser.mjs";

let stack, browser, page;
const errors = [];

/** Reads a widget's rendered state from inside its shadow root. */
async function widget(testid) {
  const host = page.locator(`[data-testid=${testid}]`);
  // Widgets mount as they near the viewport: bring this one there, as a buyer scrolling would.
  await host.scrollIntoViewIfNeeded();
  await host.locator("[data-testid=waymark-status]").first().waitFor({ timeout: 20_000 });
  return page.evaluate((id) => {
    const root = document.querySelector(`[data-testid=${id}]`).shadowRoot;
    const q = (s) => root.querySelector(s);
    const bar = q("[role=progressbar]");
    return {
      dir: q(".wm").getAttribute("dir"),
      theme: q(".wm").getAttribute("data-theme"),
      status: q("[data-testid=waymark-status]").textContent,
      sentence: q("[data-testid=waymark-sentence]").textContent,
      eta: q("[data-testid=waymark-eta]").textContent,
      phase: q("article").getAttribute("data-phase"),
      now: q(".wm-step.now span")?.textContent ?? null,
      steps: root.querySelectorAll(".wm-step").length,
      valuenow: Number(bar.getAttribute("aria-valuenow")),
      valuetext: bar.getAttribute("aria-valuetext"),
      exception: q("[data-testid=waymark-exception]")?.textContent ?? null,
      contact: q("[data-testid=waymark-exception] a")?.getAttribute("href") ?? null,
      stale: q("[data-testid=waymark-stale]")?.textContent ?? null,
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
  page = await openPage(browser, `${stack.sandboxUrl}/`, errors, { viewport: { width: 900, height: 1400 } });
});
after(async () => { await browser?.close(); stack?.stop(); });

test("delivered cross-border parcel: last step, full bar, two carriers' scans", async () => {
  const w = await widget("host-delivered");
  assert.equal(w.status, "Delivered");
  assert.equal(w.phase, "last_mile");
  assert.equal(w.steps, 6, "cross-border: all six phases");
  assert.equal(w.now, "Last mile");
  assert.equal(w.valuenow, 100);
  assert.match(w.sentence, /^Your parcel was delivered /);
  assert.match(w.eta, /Not yet known/, "no ETA once delivered");
  assert.equal(w.dir, "ltr");
});

test("parcel in French import customs: phase, honest ETA range, French text", async () => {
  const w = await widget("host-customs");
  assert.equal(w.phase, "import_customs");
  assert.equal(w.now, "Douane import");
  assert.equal(w.status, "En transit");
  assert.match(w.sentence, /^Étape actuelle : Douane import/);
  assert.match(w.sentence, /Prochaine étape : Dans le pays de destination/);
  assert.match(w.eta, /Livraison estimée/);
  assert.match(w.eta, / – /, "a range, not a single date");
  assert.match(w.eta, /délai habituel sur cette route/);
});

test("failed delivery: notice with next steps and a contact link carrying the order", async () => {
  const w = await widget("host-exception");
  assert.equal(w.status, "Delivery attempted");
  assert.equal(w.steps, 3, "domestic parcel: no customs phases");
  assert.match(w.exception, /Delivery attempt failed/);
  assert.match(w.contact, /^mailto:help@northwind\.example\?subject=Order%201042-C/);
  assert.match(w.sentence, /Action needed/);
  // Carrier text with markup is shown as text and injects nothing.
  assert.ok(w.events.some((e) => e.includes("<img src=x onerror=alert(1)>")), JSON.stringify(w.events));
  assert.equal(w.images, 0);
});

test("Arabic widget renders right to left, dark, and says the data is stale", async () => {
  const w = await widget("host-stale");
  assert.equal(w.dir, "rtl");
  assert.equal(w.theme, "dark");
  assert.ok(w.stale, "stale notice shown");
  assert.match(w.stale, /آخر تحديث/);
  assert.equal(w.status, "قيد الشحن");
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

test("keyboard: the timeline expands with the keyboard", async () => {
  const toggled = await page.evaluate(async () => {
    const root = document.querySelector("[data-testid=host-delivered]").shadowRoot;
    const button = [...root.querySelectorAll("button")].find((b) => b.getAttribute("aria-expanded") === "false");
    button.focus();
    return { focused: root.activeElement === button, before: button.getAttribute("aria-expanded"), id: [...root.querySelectorAll("button")].indexOf(button) };
  });
  assert.ok(toggled.focused);
  await page.keyboard.press("Enter");
  const after = await page.evaluate((i) => document.querySelector("[data-testid=host-delivered]").shadowRoot.querySelectorAll("button")[i].getAttribute("aria-expanded"), toggled.id);
  assert.equal(after, "true");
});

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
