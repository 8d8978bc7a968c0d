// Waymark local sandbox: the demo storefront (public/ at /, the built widget at /widget/) and
// sandbox carriers (/carriers/...) that replay recorded payloads. Offline; loopback only.
//
//   node sandbox/server.mjs [--port 8080] [--host 127.0.0.1]
//
// Everything is plain Node (no dependencies) so it starts in milliseconds.
import http from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { carrierRoutes } from "./carriers.mjs";
import { ORDERS } from "./scenarios.mjs";
import { signToken, DEV_EMBED_SECRET } from "./tokens.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const port = Number(args.port || process.env.SANDBOX_PORT || 8080);
const host = args.host || "127.0.0.1";
// The storefront's pages point at the local edge; tests start it on another port.
const edgeUrl = args.edge || process.env.EDGE_URL || "http://127.0.0.1:8787";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

async function serveFile(res, base, rel) {
  const file = path.resolve(base, "." + path.posix.normalize("/" + rel));
  if (!file.startsWith(base)) return notFound(res);
  try {
    const s = await stat(file);
    const target = s.isDirectory() ? path.join(file, "index.html") : file;
    let body = await readFile(target);
    if (target.endsWith(".html")) body = fillTokens(body.toString("utf8").replaceAll("http://127.0.0.1:8787", edgeUrl));
    res.writeHead(200, {
      "content-type": TYPES[path.extname(target)] || "application/octet-stream",
      "cache-control": "no-cache",
    });
    res.end(body);
  } catch {
    notFound(res);
  }
}

// Demo pages name their orders as {{token:<scenario>}}; the sandbox signs them like a
// merchant backend would, for this storefront's origin.
function fillTokens(html) {
  return html.replace(/\{\{token:([a-z_]+)\}\}/g, (_, scenario) => {
    const order = ORDERS[scenario];
    if (!order) return "";
    const exp = Math.floor(Date.now() / 1000) + 3600;
    return signToken({ ...order, org: `http://${host}:${port}`, exp }, DEV_EMBED_SECRET);
  });
}

function notFound(res) {
  res.writeHead(404, { "content-type": "text/plain" });
  res.end("not found");
}

const carriers = carrierRoutes(root, { origin: `http://${host}:${port}` });

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host || "localhost"}`);
  try {
    if (url.pathname.startsWith("/carriers/") || url.pathname.startsWith("/_sandbox/")) {
      return await carriers.handle(req, res, url);
    }
    if (url.pathname.startsWith("/widget/")) {
      return await serveFile(res, path.join(root, "dist"), url.pathname.slice("/widget".length));
    }
    return await serveFile(res, path.join(root, "public"), url.pathname);
  } catch (e) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(String(e && e.message));
  }
});

server.listen(port, host, () => {
  console.log(`[sandbox] storefront http://${host}:${port}/  carriers http://${host}:${port}/carriers/`);
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
