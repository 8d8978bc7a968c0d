// POST /seed {from, count, body}: inserts orders from..from+count (one D1 batch).
// POST /sql {sql}: runs one statement, answers {rows, meta}.
export default {
  async fetch(req, env) {
    try {
      return await handle(req, env);
    } catch (e) {
      return new Response(String(e?.cause?.message || e?.message || e), { status: 500 });
    }
  },
};

async function handle(req, env) {
  {
    const url = new URL(req.url);
    if (req.method === "GET") return new Response("ok");
    const input = await req.json();
    if (url.pathname === "/sql") {
      const r = await env.DB.prepare(input.sql).all();
      return Response.json({ rows: r.results, meta: r.meta });
    }
    if (url.pathname === "/seed") {
      const reg = env.DB.prepare(
        "INSERT INTO registrations (id, version, state, locale, time_zone, webhook_url, created_at, expires_at, " +
        "next_refresh_at, refreshed_at, keep_until, attention_kind, attention_key, attention_since, carrier, origin, " +
        "destination, status, body) VALUES (?1, 1, ?2, 'fr', 'Europe/Paris', 'https://shop.example.com/hooks', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'CN', ?12, ?13, ?14)");
      const num = env.DB.prepare("INSERT INTO tracking_numbers (number, registration_id, carrier) VALUES (?1, ?2, ?3)");
      const stmts = [];
      for (const o of input.orders) {
        stmts.push(reg.bind(o.id, o.state, o.created, o.expires, o.next, o.refreshed, o.keep, o.kind, o.rank, o.since, o.carrier, o.dest, o.status, o.body));
        stmts.push(num.bind(o.number, o.id, o.carrier));
      }
      const r = await env.DB.batch(stmts);
      return Response.json({ ok: true, size_after: r.at(-1).meta.size_after });
    }
    return new Response("not found", { status: 404 });
  }
}
