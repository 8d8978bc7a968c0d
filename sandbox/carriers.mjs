// Sandbox carriers: answer like the carriers' tracking APIs (the request shapes of
// edge/src/api/upstream.rs) by replaying demo scenarios and recorded payloads, with
// configurable latency and faults. Recorded payloads are read in place from
// ../shared/fixtures (never copied) and from the project's own edge/tests/fixtures.
//
//   ANY  /carriers/<slug>/...                         → that carrier's reply for the number asked
//   GET  /_sandbox/hits                               → {"<slug>": n, "<slug>:<number>": n, ...}
//   POST /_sandbox/reset                              → clears hits and faults
//   POST /_sandbox/fault?carrier=ups[&number=N]&mode=timeout|500|429|401once|html|garbage|none[&latency_ms=300]
//   GET  /_sandbox/token?scenario=delivered           → a signed embed token for a demo order
//   POST /_sandbox/progress?number=N&step=K           → a scripted parcel shows its first K scans
// 17TRACK requests for several numbers, or for synthetic numbers (YT7 + digits), get a
// generated in-transit reply for each number asked.
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { PARCELS, ORDERS, SCRIPTED, seventeenTrackBatch } from "./scenarios.mjs";
import { signToken, DEV_EMBED_SECRET } from "./tokens.mjs";

const FIXTURE_DIR = { dhl: "dhl_unified" };

export function carrierRoutes(root, { origin }) {
  const shared = process.env.WAYMARK_SHARED || path.resolve(root, "..", "shared");
  if (!existsSync(path.join(shared, "fixtures"))) {
    console.warn(`!!! ${shared}/fixtures is absent: carriers without a sandbox scenario answer 404 (recorded payloads unavailable) !!!`);
  }
  const hits = {};
  let faults = {};
  const served = {};
  const progress = {};

  async function recorded(slug) {
    const dirs = [path.join(shared, "fixtures", FIXTURE_DIR[slug] || slug), path.join(root, "edge", "tests", "fixtures", slug)];
    for (const dir of dirs) {
      const files = await readdir(dir).catch(() => []);
      const good = files.filter((f) => /\.(json|xml)$/.test(f) && !/error|404|not_found|invalid|too_many|unknown|no_pin|skeleton|rejected|login/.test(f)).sort();
      if (good.length) {
        const f = good[0];
        return [f.endsWith(".xml") ? "application/xml" : "application/json", await readFile(path.join(dir, f), "utf8")];
      }
    }
    return null;
  }

  function numberOf(url, body) {
    const candidates = [...url.pathname.split("/"), ...url.searchParams.values(), ...(body.match(/[A-Za-z0-9]{8,40}/g) || [])];
    return candidates.find((c) => PARCELS[c] || SCRIPTED[c]) || url.searchParams.values().next().value || url.pathname.split("/").filter(Boolean).slice(-2)[0];
  }

  async function readBody(req) {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    return Buffer.concat(chunks).toString("utf8");
  }

  async function handle(req, res, url) {
    if (url.pathname === "/_sandbox/hits") return send(res, 200, "application/json", JSON.stringify(hits));
    if (url.pathname === "/_sandbox/reset" && req.method === "POST") {
      for (const k of Object.keys(hits)) delete hits[k];
      for (const k of Object.keys(served)) delete served[k];
      for (const k of Object.keys(progress)) delete progress[k];
      faults = {};
      return send(res, 200, "application/json", '{"ok":true}');
    }
    if (url.pathname === "/_sandbox/fault" && req.method === "POST") {
      const key = [url.searchParams.get("carrier"), url.searchParams.get("number")].filter(Boolean).join(":");
      faults[key] = { mode: url.searchParams.get("mode") || "none", latency: Number(url.searchParams.get("latency_ms") || 0) };
      return send(res, 200, "application/json", JSON.stringify({ ok: true, faults }));
    }
    if (url.pathname === "/_sandbox/progress" && req.method === "POST") {
      const number = url.searchParams.get("number");
      if (!SCRIPTED[number]) return send(res, 404, "application/json", '{"error":"unknown scripted parcel"}');
      progress[number] = Number(url.searchParams.get("step") || 0);
      return send(res, 200, "application/json", JSON.stringify({ ok: true, number, step: progress[number] }));
    }
    if (url.pathname === "/_sandbox/token") {
      // ?scenario=<name>, or ?numbers=slug:number,slug:number for an ad-hoc order.
      const adhoc = url.searchParams.get("numbers");
      const order = adhoc
        ? { o: url.searchParams.get("order") || "adhoc", n: adhoc.split(",").map((p) => { const [c, t] = p.split(":"); return { t, c }; }) }
        : ORDERS[url.searchParams.get("scenario")];
      if (!order) return send(res, 404, "application/json", '{"error":"unknown scenario"}');
      const exp = Math.floor(Date.now() / 1000) + Number(url.searchParams.get("ttl") || 3600);
      return send(res, 200, "text/plain", signToken({ ...order, org: url.searchParams.get("origin") || origin, exp }, DEV_EMBED_SECRET));
    }
    const [, , slug, ...rest] = url.pathname.split("/");
    const body = await readBody(req);
    if (/oauth/.test(rest.join("/"))) {
      hits[`${slug}:oauth`] = (hits[`${slug}:oauth`] || 0) + 1;
      return send(res, 200, "application/json", JSON.stringify({ access_token: `sandbox-${slug}`, token_type: "Bearer", expires_in: 3600 }));
    }
    // 17TRACK answers a batch of numbers in one reply.
    let batch = null;
    if (slug === "17track") {
      try {
        const items = JSON.parse(body);
        if (Array.isArray(items) && (items.length > 1 || /^YT7\d+$/.test(items[0]?.number))) batch = items.map((i) => String(i.number));
      } catch {}
    }
    const number = batch ? batch.join(",") : numberOf(url, body);
    hits[slug] = (hits[slug] || 0) + 1;
    hits[`${slug}:${number}`] = (hits[`${slug}:${number}`] || 0) + 1;
    if (batch) for (const n of batch) hits[`${slug}:${n}`] = (hits[`${slug}:${n}`] || 0) + 1;
    const faultKey = faults[`${slug}:${number}`] ? `${slug}:${number}` : slug;
    const fault = faults[faultKey] || { mode: "none", latency: 0 };
    if (fault.latency) await new Promise((r) => setTimeout(r, fault.latency));
    const parcel = PARCELS[number];
    const failing = parcel && parcel.failAfterFirst && served[number];
    switch (failing ? "500" : fault.mode) {
      case "timeout":
        return; // never answer
      case "500":
        return send(res, 500, "application/json", '{"error":"internal"}');
      case "401once":
        // The carrier refuses the bearer once (it was revoked), then answers again.
        delete faults[faultKey];
        return send(res, 401, "application/json", '{"error":"invalid_token"}');
      case "429":
        res.writeHead(429, { "retry-after": "30", "content-type": "application/json" });
        return res.end('{"error":"rate limited"}');
      case "html":
        return send(res, 502, "text/html", "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>");
      case "garbage":
        return send(res, 200, "application/json", '{"trackResponse": {"shipment": [');
    }
    const script = SCRIPTED[number];
    const reply = batch
      ? seventeenTrackBatch(batch)
      : script
        ? script.body(progress[number] ?? script.steps)
        : parcel ? parcel.body(Date.now()) : await recorded(slug);
    if (!reply) return send(res, 404, "application/json", JSON.stringify({ error: `no sandbox payload for ${slug}` }));
    served[number] = true;
    return send(res, 200, reply[0], reply[1]);
  }

  return { handle };
}

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type });
  res.end(body);
}
