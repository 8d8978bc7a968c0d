// The demo storefront in every language Waymark has a locale file for (read at test time;
// at least en, fr, ar, th and ja), at a phone's width and a desktop's: each widget shows a
// whole sentence (no placeholders left), phase names are never cut, the host is as tall as
// its card (no band), axe finds nothing, right-to-left languages run right to left.
// Screenshots of en, fr, ar, th and ja at both widths go to docs/widget-<lang>-<width>.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startStack, timeline, root } from "./harness.mjs";
import { launch } from "./browser.mjs";

const SHOT = ["en", "fr", "ar", "th", "ja"];
const RTL = ["ar", "he"];
const ZONES = { en: "America/New_York", fr: "Europe/Paris", ar: "Asia/Riyadh", th: "Asia/Bangkok", ja: "Asia/Tokyo", he: "Asia/Jerusalem" };
const langs = [...new Set([...SHOT, ...readdirSync(path.join(root, "shared", "locales")).filter((f) => f.endsWith(".ftl")).map((f) => f.slice(0, -4))])];
const HOSTS = ["host-delivered", "host-customs", "host-exception", "host-stale"];
const axe = readFileSync(path.join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

let stack, browser;
before(async () => {
  // 40 page loads of four widgets each within a minute or two: the limits are raised here (the
  // rate-limit tests in edge_api.test.mjs check them), so every widget gets its answer.
  stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "0", RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_TOKEN_PER_MINUTE: "100000" } });
  assert.equal((await timeline(stack, await stack.sandbox.token("stale"))).status, 200);
  browser = await launch();
});
after(async () => { await browser?.close(); stack?.stop(); });

/** The demo page with every widget's data-lang set to `lang`. */
async function open(lang, width) {
  const errors = [];
  const page = await browser.newPage({ viewport: { width, height: 900 }, timezoneId: ZONES[lang] || "Europe/Paris" });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  // Sets each host's data-lang as the parser adds it, before the loader runs (rewriting the
  // response instead would make Chromium treat the page as outside the local network).
  await page.addInitScript((tag) => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.hasAttribute("data-waymark")) n.setAttribute("data-lang", tag);
    }).observe(document, { childList: true, subtree: true });
  }, lang);
  await page.goto(`${stack.sandboxUrl}/`, { waitUntil: "load" });
  for (const id of HOSTS) {
    await page.locator(`[data-testid=${id}]`).scrollIntoViewIfNeeded();
    await page.locator(`[data-testid=${id}]`).locator("[data-testid=waymark-status], [data-testid=waymark-error]").first().waitFor({ timeout: 20_000 });
    const error = await page.evaluate((i) => document.querySelector(`[data-testid=${i}]`).shadowRoot.querySelector("[data-testid=waymark-error]")?.textContent, id);
    assert.equal(error ?? null, null, `${id}: the edge answered`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return { page, errors };
}

for (const lang of langs) {
  for (const width of [390, 1280]) {
    test(`${lang} at ${width} px`, async () => {
      const { page, errors } = await open(lang, width);
      const widgets = await page.evaluate(() => [...document.querySelectorAll("[data-waymark]")].map((h) => {
        const root = h.shadowRoot;
        const wm = root.querySelector(".wm");
        return {
          id: h.dataset.testid,
          dir: wm.getAttribute("dir"),
          lang: wm.getAttribute("lang"),
          text: wm.textContent,
          sentences: [...root.querySelectorAll("[data-testid=waymark-sentence]")].map((e) => e.textContent),
          cut: [...root.querySelectorAll(".wm-phase, .wm-now, .wm-status")].filter((e) => e.scrollWidth > e.clientWidth).map((e) => `${e.textContent} (${e.scrollWidth} > ${e.clientWidth})`),
          band: h.getBoundingClientRect().height - wm.getBoundingClientRect().height,
        };
      }));
      for (const w of widgets) {
        assert.ok(w.sentences.length > 0, `${w.id}: a sentence`);
        for (const s of w.sentences) {
          assert.ok(s.trim().length > 0, `${w.id}: the sentence is not empty`);
          assert.doesNotMatch(s, /[{$]|undefined/, `${w.id}: a whole sentence: ${s}`);
        }
        assert.doesNotMatch(w.text, /\{ ?\$|undefined|NaN/, `${w.id}: no placeholder left`);
        assert.deepEqual(w.cut, [], `${w.id}: phase names are not cut`);
        assert.ok(Math.abs(w.band) <= 2, `${w.id}: ${w.band.toFixed(1)} px between the host and its card`);
        assert.equal(w.dir, RTL.includes(lang) ? "rtl" : "ltr", `${w.id}: direction`);
        assert.equal(w.lang.split("-")[0].toLowerCase(), lang.split("-")[0].toLowerCase(), `${w.id}: served in ${lang}`);
      }
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const out = [];
        for (const host of document.querySelectorAll("[data-waymark]")) {
          const r = await window.axe.run({ include: [[host]] }, { runOnly: ["wcag2a", "wcag2aa"] });
          for (const v of r.violations) out.push(`${host.dataset.testid}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.failureSummary ?? ""}`);
        }
        return out;
      });
      assert.deepEqual(violations, []);
      if (SHOT.includes(lang)) await page.screenshot({ path: path.join(root, "docs", `widget-${lang}-${width}.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}
