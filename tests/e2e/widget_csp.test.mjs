// The loader and widget work under a strict Content-Security-Policy that allows only
// 'wasm-unsafe-eval' beyond same-origin scripts, and several widgets share one wasm load.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStack } from "./harness.mjs";
import { launch, openPage } from "./browser.mjs";

let stack, browser;
before(async () => { stack = await startStack({ vars: { MAX_HOT_TTL_SECONDS: "0" } }); browser = await launch(); });
after(async () => { await browser?.close(); stack?.stop(); });

test("renders under a strict CSP with no violations", async () => {
  const errors = [];
  const page = await openPage(browser, `${stack.sandboxUrl}/csp.html`, errors);
  await page.locator("[data-testid=host-csp] [data-testid=waymark-status]").waitFor({ timeout: 20_000 });
  const status = await page.evaluate(() => document.querySelector("[data-testid=host-csp]").shadowRoot.querySelector("[data-testid=waymark-status]").textContent);
  assert.equal(status, "In transit");
  assert.deepEqual(errors.filter((e) => /Content Security Policy|CSP/i.test(e)), []);
  assert.deepEqual(errors, []);
});

test("four widgets on one page load the wasm once", async () => {
  const errors = [];
  const page = await browser.newPage();
  const wasm = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${stack.sandboxUrl}/`, { waitUntil: "load" });
  await page.setViewportSize({ width: 900, height: 4000 });
  for (const id of ["host-delivered", "host-customs", "host-exception", "host-stale"]) {
    await page.locator(`[data-testid=${id}] [data-testid=waymark-status]`).waitFor({ timeout: 20_000 });
  }
  assert.equal(wasm.length, 1, wasm.join(", "));
  assert.deepEqual(errors, []);
});
