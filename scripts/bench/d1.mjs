// D1 at scale: 100,000 registered orders in a local D1 database (wrangler's own runtime,
// edge/migrations applied), then each query waymark-updates runs often, through the D1 binding,
// printing D1's own rows_read and duration, and the storage used. The due-scan, the attention
// list's pages and the number lookup must read at most what they return plus a constant (they
// use their indexes): `--check` fails otherwise. Also prints what a scheduled run costs against
// the Workers plans' per-invocation limits.
//   node scripts/bench/d1.mjs [--check] [orders]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, freePort, root, waitFor } from "../../tests/e2e/harness.mjs";

const check = process.argv.includes("--check");
const N = Number(process.argv.filter((a) => /^\d+$/.test(a))[0] || 100_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "waymark-d1-bench-"));
await applyMigrations(dir);
const port = await freePort();
const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
const child = spawn(wrangler, ["dev", "-c", "scripts/bench/d1/wrangler.toml", "--ip", "127.0.0.1", "--port", String(port),
  "--inspector-port", String(await freePort()), "--persist-to", dir, "--log-level", "warn"],
  { cwd: root, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" }, stdio: "ignore", detached: true });
const base = `http://127.0.0.1:${port}`;
const stop = () => { try { process.kill(-child.pid, "SIGTERM"); } catch {} rmSync(dir, { recursive: true, force: true }); };
const post = async (p, body) => {
  const r = await fetch(`${base}${p}`, { method: "POST", body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${p}: ${r.status} ${await r.text()}`);
  return r.json();
};

// A deterministic population: 60% active, 30% completed, 5% expired, 5% stopped; one in twelve
// active orders has an open exception, of a kind drawn by weight, open for up to 30 days.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const KINDS = [["lost", 90], ["returned", 80], ["failed_attempt", 70], ["customs_dwell", 60], ["carrier_exception", 55],
  ["awaiting_pickup", 50], ["late", 45], ["never_scanned", 40], ["silence", 35]];
const CARRIERS = ["cainiao", "yanwen", "fourpx", "usps", "ups", "fedex", "dhl", "royalmail", "laposte", "canadapost"];
const DESTS = ["US", "US", "US", "GB", "FR", "DE", "CA", "AU", "BR", "JP", "ES", "IT", "NL", "MX"];
const now = Date.now();
const D = 86_400_000;
// The body a 9-scan parcel's order keeps (numbers, snapshot, notified), about 2.6 KB of JSON.
const event = (i) => ({ at: new Date(now - i * D).toISOString(), status: "in_transit", phase: "linehaul", reason: null,
  description: `Departed from sorting center ${i}`, location: { city: "Shenzhen", region: null, postal_code: null, country: "CN" },
  carrier: "cainiao", raw_code: `LH_${i}`, utc_offset_minutes: 480 });
const body = (number) => JSON.stringify({ numbers: [{ number, carrier: "cainiao" }],
  snapshot: [{ carrier: "cainiao", tracking_number: number, status: "in_transit", phase: "linehaul", legs: [{ carrier: "cainiao", tracking_number: number }],
    events: Array.from({ length: 9 }, (_, i) => event(i + 1)), eta: null, promised: null, exceptions: [], updated_at: new Date(now).toISOString(), stale: false }],
  notified: ["x:picked_up", "x:export_cleared", "x:departed_origin_country"] });
function order(i) {
  const id = `order-${String(i).padStart(7, "0")}`;
  const number = `LP${String(i).padStart(9, "0")}CN`;
  const r = rand();
  const state = r < 0.6 ? "active" : r < 0.9 ? "completed" : r < 0.95 ? "expired" : "stopped";
  const created = now - Math.floor(rand() * 60 * D);
  const trouble = state === "active" && rand() < 1 / 12 ? KINDS[Math.floor(rand() * KINDS.length)] : null;
  const since = trouble ? now - Math.floor(rand() * 30 * D) : null;
  const key = trouble ? `${String(100 - trouble[1]).padStart(2, "0")}${String(since).padStart(15, "0")}${id}` : null;
  return {
    id, number, state, created, rank: key, expires: created + 90 * D,
    next: state === "active" ? now + Math.floor((rand() - 0.02) * D) : created + 90 * D,
    refreshed: now - Math.floor(rand() * D), keep: created + 150 * D,
    kind: trouble?.[0] ?? null, since,
    carrier: pick(CARRIERS), dest: pick(DESTS), status: state === "completed" ? "delivered" : "in_transit", body: body(number),
  };
}

try {
  await waitFor(`${base}/`, 90_000);
  const t0 = Date.now();
  let size = 0;
  for (let from = 0; from < N; from += 500) {
    const orders = Array.from({ length: Math.min(500, N - from) }, (_, k) => order(from + k));
    size = (await post("/seed", { orders })).size_after;
  }
  console.log(`d1: ${N.toLocaleString("en")} orders seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s; storage ${(size / 1024 / 1024).toFixed(1)} MB (${(size / N / 1024).toFixed(2)} KB per order; D1's limit is 10 GB per database)`);
  const sql = async (q) => post("/sql", { sql: q });
  const LIST = "SELECT id, attention_kind, attention_since, attention_key, carrier, origin, destination, status FROM registrations WHERE attention_key IS NOT NULL";
  const ORDER = " ORDER BY attention_key LIMIT 51";
  const page1 = await sql(LIST + ORDER);
  const last = page1.rows.at(-1);
  const after = (r) => ` AND attention_key > '${r.attention_key}'`;
  const page2 = await sql(LIST + after(last) + ORDER);
  const listed = (await sql("SELECT COUNT(*) AS n FROM registrations WHERE attention_key IS NOT NULL")).rows[0].n;
  const depth = Math.floor(listed * 0.6);
  const deep = await sql(LIST + ` ORDER BY attention_key LIMIT 1 OFFSET ${depth}`);
  const ids = (await sql("SELECT id FROM registrations WHERE state = 'active' AND next_refresh_at <= " + now + " ORDER BY next_refresh_at LIMIT 90")).rows.map((r) => `'${r.id}'`);
  const probe = Math.floor(N * 0.54321);
  const probeNumber = `LP${String(probe).padStart(9, "0")}CN`;
  const probeId = `order-${String(probe).padStart(7, "0")}`;
  const queries = [
    ["due-scan (a run's 200, most overdue first)", `SELECT id FROM registrations WHERE state = 'active' AND next_refresh_at <= ${now} ORDER BY next_refresh_at LIMIT 200`, 200],
    ["due rows read whole (90 ids, one statement; index entry + row each)", `SELECT id, version, state, body FROM registrations WHERE id IN (${ids.join(",")})`, 180],
    ["attention list, first page", LIST + ORDER, 51],
    ["attention list, next page (keyset cursor)", LIST + after(last) + ORDER, 51],
    [`attention list, a page ${Math.floor(depth / 50)} pages deep (cursor)`, LIST + after(deep.rows[0]) + ORDER, 51],
    ["attention list, one kind (customs_dwell)", LIST + " AND attention_key >= '40' AND attention_key < '41' AND attention_kind = 'customs_dwell'" + ORDER, 51],
    ["attention list, carrier + destination (not indexed)", LIST + " AND carrier = 'usps' AND destination = 'BR'" + ORDER, null],
    ["number → orders (a push)", `SELECT registration_id FROM tracking_numbers WHERE number = '${probeNumber}'`, 1],
    ["search by order id or number", LIST + ` AND (id = '${probeId}' OR id IN (SELECT registration_id FROM tracking_numbers WHERE number = '${probeId.toUpperCase()}'))` + ORDER, 1],
    ["attention count (the digest)", "SELECT COUNT(*) AS n FROM registrations WHERE attention_key IS NOT NULL", null],
  ];
  let failed = 0;
  console.log("d1: query | rows returned | rows_read | budget | ms (local)");
  for (const [name, q, want] of queries) {
    const r = await sql(q);
    const read = r.meta.rows_read;
    const budget = want === null ? null : want + 5;
    const ok = budget === null || read <= budget;
    if (!ok) failed++;
    console.log(`d1: ${name} | ${r.rows.length} | ${read} | ${budget === null ? "—" : `≤ ${budget}`}${ok ? "" : " FAIL"} | ${r.meta.duration?.toFixed?.(2) ?? r.meta.duration}`);
  }
  const active = (await sql("SELECT COUNT(*) AS n FROM registrations WHERE state = 'active'")).rows[0].n;
  // Each active order here is refreshed about once a day (the cadence's in-transit gap is 1–12
  // hours; a day is the slow end): refreshes needed per 10-minute cron run to keep up.
  const per10 = Math.ceil(active / 144);
  // A run: 1 due-scan + ceil(200/90) reads + per order 1 versioned write (+1 log batch when it
  // notifies) + 1 purge batch; carrier calls: one per leg not answered by a 17TRACK batch.
  const perRun = (n) => ({ d1: 1 + Math.ceil(n / 90) + 2 * n + 1, fetches: n });
  const paid = perRun(200), free = perRun(15);
  console.log(`d1: ${active.toLocaleString("en")} active orders, refreshed about daily: ${per10} refreshes per 10-minute run to keep up; a run of 200 makes ≤ ${paid.d1} D1 queries and ≤ ${paid.fetches} carrier calls (Workers Paid: 1,000 D1 queries and at least 1,000 subrequests per invocation, 5 min CPU) — REFRESH_MAX_PER_RUN=200 fits Paid; on Free (50 D1 queries, 50 subrequests, 10 ms CPU) set REFRESH_MAX_PER_RUN=15 (≤ ${free.d1} queries, ${free.fetches} calls per run, 2,160 refreshes a day at one run per 10 min: about 2,000 orders watched). At this size: Paid, REFRESH_MAX_PER_RUN=${Math.max(per10, 200)} every 10 min (≤ ${perRun(Math.max(per10, 200)).d1} D1 queries per run)`);
  if (check && failed) {
    console.error(`d1: ${failed} queries read more than their budget (an index is not used)`);
    process.exitCode = 1;
  }
} finally {
  stop();
}
