// Sandbox carriers: answer like carrier tracking APIs by replaying recorded payloads, with
// configurable latency and faults. Recorded payloads are read in place from ../shared/fixtures
// (never copied) and from the project's own fixtures in edge/tests/fixtures.
//
//   GET /carriers/<slug>/<anything>?...      → the scenario's payload for that carrier
//   GET /_sandbox/hits                        → {"<slug>": count, ...}
//   POST /_sandbox/reset                      → clears hit counts and faults
//   POST /_sandbox/fault?carrier=ups&mode=timeout|500|429|html|garbage|none&latency_ms=300
import { readFile } from "node:fs/promises";
import path from "node:path";

export function carrierRoutes(root) {
  const shared = process.env.WAYMARK_SHARED || path.resolve(root, "..", "shared");
  const hits = {};
  let faults = {};

  async function payloadFor(slug) {
    const dir = path.join(shared, "fixtures", slug === "dhl" ? "dhl_unified" : slug);
    const { readdir } = await import("node:fs/promises");
    const files = (await readdir(dir)).filter((f) => /\.(json|xml)$/.test(f) && !/error|404|not_found|invalid|too_many|unknown|no_pin|skeleton/.test(f));
    if (!files.length) return null;
    const file = files.sort()[0];
    return { body: await readFile(path.join(dir, file)), type: file.endsWith(".xml") ? "application/xml" : "application/json" };
  }

  async function handle(req, res, url) {
    if (url.pathname === "/_sandbox/hits") return json(res, 200, hits);
    if (url.pathname === "/_sandbox/reset" && req.method === "POST") {
      for (const k of Object.keys(hits)) delete hits[k];
      faults = {};
      return json(res, 200, { ok: true });
    }
    if (url.pathname === "/_sandbox/fault" && req.method === "POST") {
      const carrier = url.searchParams.get("carrier");
      faults[carrier] = { mode: url.searchParams.get("mode") || "none", latency: Number(url.searchParams.get("latency_ms") || 0) };
      return json(res, 200, { ok: true, faults });
    }
    const slug = url.pathname.split("/")[2];
    hits[slug] = (hits[slug] || 0) + 1;
    const fault = faults[slug] || { mode: "none", latency: 0 };
    if (fault.latency) await new Promise((r) => setTimeout(r, fault.latency));
    switch (fault.mode) {
      case "timeout":
        return; // never answer
      case "500":
        return json(res, 500, { error: "internal" });
      case "429":
        res.writeHead(429, { "retry-after": "30", "content-type": "application/json" });
        return res.end('{"error":"rate limited"}');
      case "html":
        res.writeHead(502, { "content-type": "text/html" });
        return res.end("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>");
      case "garbage":
        res.writeHead(200, { "content-type": "application/json" });
        return res.end('{"trackResponse": {"shipment": [');
    }
    const payload = await payloadFor(slug).catch(() => null);
    if (!payload) return json(res, 404, { error: `no sandbox payload for ${slug}` });
    res.writeHead(200, { "content-type": payload.type });
    res.end(payload.body);
  }

  return { handle };
}

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
