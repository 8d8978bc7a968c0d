// Starts the real local stack for end-to-end tests: the sandbox (storefront + sandbox carriers)
// and the edge worker in workerd via `wrangler dev`, each on a free loopback port, with state
// persisted to a fresh temporary directory. Assumes `scripts/build.sh` already ran.
import { spawn } from "node:child_process";
import net from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return r;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${url}: ${last}`);
}

function run(cmd, args, env, name, log) {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const keep = (d) => { log.push(`[${name}] ${d}`); if (log.length > 400) log.shift(); };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  return child;
}

/** Applies `edge/migrations` to the local D1 database persisted under `persist`. */
export async function applyMigrations(persist, env = {}) {
  const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
  const child = spawn(wrangler, ["d1", "migrations", "apply", "DB", "--local", "-c", "wrangler.updates.toml", "--persist-to", persist],
    { cwd: root, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const code = await new Promise((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`wrangler d1 migrations apply failed (${code}):\n${out}`);
}

/** Puts `entries` (key → text) into the local TIMELINES namespace persisted under `persist`. */
async function kvPut(persist, entries, env) {
  const file = path.join(persist, "kv-seed.json");
  writeFileSync(file, JSON.stringify(Object.entries(entries).map(([key, value]) => ({ key, value }))));
  const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
  const child = spawn(wrangler, ["kv", "bulk", "put", file, "--binding", "TIMELINES", "--local", "-c", "wrangler.updates.toml", "--persist-to", persist],
    { cwd: root, env: { ...process.env, CI: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const code = await new Promise((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`wrangler kv bulk put failed (${code}):\n${out}`);
}

/** Starts sandbox + edge. `vars` are extra wrangler vars (name → value); `config` picks the
 * worker: `wrangler.toml` (the public worker) or `wrangler.updates.toml` (proactive updates). */
export async function startStack({ vars = {}, testScheduled = false, config = "wrangler.toml", kv = null, migrate: migrated = true } = {}) {
  const log = [];
  const [sandboxPort, edgePort, inspectorPort] = [await freePort(), await freePort(), await freePort()];
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  const state = mkdtempSync(path.join(os.tmpdir(), "waymark-e2e-"));
  const sandbox = run("node", ["sandbox/server.mjs", "--port", String(sandboxPort), "--edge", edgeUrl], {}, "sandbox", log);
  const allVars = {
    CARRIER_SANDBOX_URL: `${sandboxUrl}/carriers`,
    ALLOWED_ORIGINS: sandboxUrl,
    EMBED_SECRET: "dev-embed-secret-not-for-production",
    MERCHANT_API_KEY: "dev-merchant-key-not-for-production",
    CARRIER_TIMEOUT_MS: "2000",
    // The tests' webhook receivers listen on plain http on this machine.
    WEBHOOK_ALLOW_LOOPBACK: "1",
    // The Rate Limiting binding's limits are fixed in wrangler.toml; tests tune the in-memory
    // limiter (the binding has its own test).
    RATE_LIMIT_BINDINGS: "off",
    ...vars,
  };
  const varArgs = Object.entries(allVars).flatMap(([k, v]) => ["--var", `${k}:${v}`]);
  const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
  // Each stack has its own dev registry, so the public worker's CARRIERS service binding
  // reaches this stack's waymark-updates and no other test's.
  const wranglerEnv = {
    WAYMARK_SKIP_BUILD: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true", CLOUDFLARE_CF_FETCH_ENABLED: "false",
    WRANGLER_REGISTRY_PATH: path.join(state, "registry"),
  };
  const dev = (cfg, port, inspector, persist, extra = []) =>
    ["dev", "-c", cfg, "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspector), "--persist-to", persist, "--log-level", "warn", ...extra, ...varArgs];
  // waymark-updates keeps its orders on D1: its schema is applied (wrangler d1 migrations) to
  // the local database in its persisted state before it starts, as a deployment would.
  const migrate = (persist) => applyMigrations(persist, wranglerEnv);
  const workers = [];
  // The public worker asks waymark-updates for carrier legs (wrangler.toml `[[services]]`):
  // its stack runs both, the updates worker on a port of its own.
  let carriersUrl = null;
  if (config === "wrangler.toml") {
    const [carriersPort, carriersInspector] = [await freePort(), await freePort()];
    carriersUrl = `http://127.0.0.1:${carriersPort}`;
    // Its own persisted state: two workerd processes on one local store lock each other out
    // (SQLITE_BUSY). In production both share one KV namespace.
    await migrate(path.join(state, "updates"));
    workers.push(run(wrangler, dev("wrangler.updates.toml", carriersPort, carriersInspector, path.join(state, "updates")), wranglerEnv, "carriers", log));
  } else {
    // `migrate: false` leaves the database without its schema: every D1 query fails, as when
    // storage is down (tests/e2e/storage_down.test.mjs).
    if (migrated) await migrate(state);
    // Values an earlier version left in KV (the KV → D1 import's test), put before it starts.
    if (kv) await kvPut(state, kv, wranglerEnv);
  }
  workers.push(run(wrangler, dev(config, edgePort, inspectorPort, state, testScheduled ? ["--test-scheduled"] : []), wranglerEnv, "edge", log));
  try {
    await waitFor(`${sandboxUrl}/_sandbox/hits`);
    if (carriersUrl) await waitFor(`${carriersUrl}/v1/health`, 90_000);
    await waitFor(`${edgeUrl}/v1/health`, 90_000);
  } catch (e) {
    stop();
    throw new Error(`${e.message}\n--- stack log ---\n${log.join("")}`);
  }
  function stop() {
    for (const c of [...workers, sandbox]) {
      try { process.kill(-c.pid, "SIGTERM"); } catch {}
    }
    try { rmSync(state, { recursive: true, force: true }); } catch {}
  }
  const sandbox_ = {
    hits: async () => (await fetch(`${sandboxUrl}/_sandbox/hits`)).json(),
    reset: () => fetch(`${sandboxUrl}/_sandbox/reset`, { method: "POST" }),
    fault: (params) => fetch(`${sandboxUrl}/_sandbox/fault?${new URLSearchParams(params)}`, { method: "POST" }),
    token: async (scenario, origin = sandboxUrl, extra = {}) =>
      (await fetch(`${sandboxUrl}/_sandbox/token?${new URLSearchParams({ scenario, origin, ...extra })}`)).text(),
    progress: (number, step) => fetch(`${sandboxUrl}/_sandbox/progress?${new URLSearchParams({ number, step: String(step) })}`, { method: "POST" }),
    orderToken: async (numbers, extra = {}) =>
      (await fetch(`${sandboxUrl}/_sandbox/token?${new URLSearchParams({ numbers, origin: sandboxUrl, ...extra })}`)).text(),
  };
  /** Stops the public worker's waymark-updates (its carrier service), as if it were down. */
  function stopCarriers() {
    if (carriersUrl) try { process.kill(-workers[0].pid, "SIGTERM"); } catch {}
  }
  return { sandboxUrl, edgeUrl, carriersUrl, log, stop, stopCarriers, sandbox: sandbox_ };
}

/** GET /v1/timeline with a token, from the storefront's origin unless told otherwise. */
export async function timeline(stack, token, origin = stack.sandboxUrl) {
  const headers = origin ? { Origin: origin } : {};
  const started = performance.now();
  const r = await fetch(`${stack.edgeUrl}/v1/timeline`, { headers: { ...headers, Authorization: `Bearer ${token}` } });
  const ms = performance.now() - started;
  const text = await r.text();
  let body = null;
  try { body = JSON.parse(text); } catch {}
  return { status: r.status, headers: r.headers, body, text, ms };
}
