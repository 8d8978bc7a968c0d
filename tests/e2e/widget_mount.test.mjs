// The demo storefront loads the widget through the one-script-tag loader and the widget mounts
// into its host element's shadow root, in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startStack, root } from "./harness.mjs";
import { launch, openPage } from "./browser.mjs";

let stack, browser;
before(async () => { stack = await startStack(); browser = await launch(); });
after(async () => { await browser?.close(); stack?.stop(); });

test("widget mounts into the host's shadow root on the demo page", async () => {
  const errors = [];
  const page = await openPage(browser, `${stack.sandboxUrl}/`, errors);
  const host = page.locator("[data-testid=host-1]");
  await host.locator("[data-testid=waymark-widget]").waitFor({ timeout: 20_000 });
  const inShadow = await page.evaluate(() => {
    const h = document.querySelector("[data-testid=host-1]");
    return !!(h.shadowRoot && h.shadowRoot.querySelector("[data-testid=waymark-widget]"));
  });
  assert.ok(inShadow, "widget renders inside the host's shadow root");
  const outside = await page.evaluate(() => document.querySelectorAll("body > [data-testid=waymark-widget]").length);
  assert.equal(outside, 0, "nothing is mounted into the body");
  const dir = path.join(root, "tests", "artifacts");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, "widget-mount.png"), fullPage: true });
  assert.deepEqual(errors, [], "no console errors");
});
