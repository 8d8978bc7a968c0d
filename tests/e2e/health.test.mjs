// The edge worker answers in the real local runtime (workerd via wrangler dev).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStack } from "./harness.mjs";

let stack;
before(async () => { stack = await startStack(); });
after(() => stack?.stop());

test("GET /v1/health answers ok from workerd", async () => {
  const r = await fetch(`${stack.edgeUrl}/v1/health`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get("content-type"), /application\/json/);
  const body = await r.json();
  assert.equal(body.status, "ok");
  assert.equal(body.service, "waymark-edge");
});
