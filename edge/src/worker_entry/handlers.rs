//! Route handlers: small, one per route; errors go through `respond::error`.

use super::intl::IntlFormatter;
use super::{body, config, limits, respond, store, timeline, words};
use crate::api::cors::allow_origin;
use crate::api::error::ApiError;
#[cfg(feature = "updates")]
use crate::api::evidence_page;
use crate::api::query;
use crate::api::rate_limit::{ip_key, Verdict};
use crate::api::routes::Matched;
use crate::api::token::{self, EmbedToken, SupportGrant, TokenNumber};
use crate::api::words::{
    answer_order, origin_of, request_lang, request_tz, support_url, SUPPORT_LINK_DAYS,
};
use serde::Deserialize;
use std::rc::Rc;
use waymark_shared::order::OrderTimeline;
use waymark_shared::words::{Catalog, Composer, Lang};
use waymark_shared::Carrier;
use worker::{Context, Env, Request, Response, Result};

/// What every handler gets besides the request: the environment, the execution context (for
/// background refreshes with `wait_until`) and the matched route's path parameters.
pub(crate) struct Ctx {
    /// Bindings, vars and secrets.
    pub env: Env,
    /// The request's execution context.
    pub exec: Context,
    /// The route and its raw path parameters.
    pub route: Matched,
}

impl Ctx {
    /// The raw (percent-encoded) path parameter `name`, empty when absent.
    pub fn param(&self, name: &str) -> &str {
        self.route.param(name).unwrap_or_default()
    }
}

/// `GET /v1/health`.
pub fn health(_: Request, _: Ctx) -> Result<Response> {
    respond::json(
        &serde_json::json!({"status": "ok", "service": "waymark-edge", "version": env!("CARGO_PKG_VERSION")}),
        200,
    )
}

/// `GET /v1/openapi.json`: docs/openapi.json, a static asset (`/_docs/openapi.json`) rather
/// than compiled in, so the document's size is not the worker's.
pub async fn openapi(_: Request, ctx: Ctx) -> Result<Response> {
    match super::assets::text(&ctx.env, "/_docs/openapi.json").await {
        Ok(text) => respond::json_text(text, 200),
        Err(e) => {
            worker::console_log!("waymark: the OpenAPI document is not deployed ({e})");
            respond::error(&ApiError::NotFound(
                "the OpenAPI document is not deployed".into(),
            ))
        }
    }
}

/// Anything else: 405 with `Allow` for a known path asked with another method, else 404.
pub fn not_found(req: Request, _: Ctx) -> Result<Response> {
    let allowed = crate::api::routes::allowed_methods(&req.path());
    if allowed.is_empty() {
        return respond::error(&ApiError::NotFound("no such route".into()));
    }
    let resp = respond::error(&ApiError::MethodNotAllowed(allowed.clone()))?;
    resp.headers().set("Allow", &allowed.join(", "))?;
    Ok(resp)
}

/// A proactive-updates route asked of the public worker: it lives on `waymark-updates`.
/// The merchant's routes ask for the merchant key first (401 without it), like on
/// `waymark-updates`.
#[cfg(not(feature = "updates"))]
pub fn served_by_updates(req: Request, ctx: Ctx) -> Result<Response> {
    use crate::api::routes::Route;
    let merchant_route = matches!(
        ctx.route.route,
        Route::Legs
            | Route::CreateShipment
            | Route::ReadShipment
            | Route::StopShipment
            | Route::Evidence
            | Route::KvImport
            | Route::HelpdeskOrders
            | Route::Mcp
    );
    if merchant_route {
        if let Err(e) = merchant(&req, &ctx) {
            return respond::error(&e);
        }
    }
    // A push without its signature header is refused as on `waymark-updates`.
    let signature = match ctx.route.route {
        Route::Inbound17Track => Some("sign"),
        Route::InboundEasyPost => Some("X-Hmac-Signature"),
        _ => None,
    };
    if let Some(header) = signature {
        if req
            .headers()
            .get(header)
            .ok()
            .flatten()
            .is_none_or(|v| v.trim().is_empty())
        {
            return respond::error(&ApiError::Unauthorized(
                "missing or malformed signature".into(),
            ));
        }
    }
    respond::error(&ApiError::NotFound(
        "registered shipments, inbound pushes and support views are served by the \
         waymark-updates worker (docs/proactive-updates.md)"
            .into(),
    ))
}

pub(super) fn client_ip(req: &Request) -> String {
    req.headers()
        .get("CF-Connecting-IP")
        .ok()
        .flatten()
        .or_else(|| req.headers().get("X-Forwarded-For").ok().flatten())
        .unwrap_or_else(|| "local".into())
}

/// The bearer token of `Authorization: Bearer …`, if sent.
fn bearer(req: &Request) -> Option<String> {
    let value = req.headers().get("Authorization").ok().flatten()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then(|| token.to_string())
}

/// Whether a browser sent the request (it adds `Sec-Fetch-*` headers and a script cannot
/// remove them); a browser must then send the `Origin` its token names.
fn from_browser(req: &Request) -> bool {
    ["Sec-Fetch-Mode", "Sec-Fetch-Site"]
        .iter()
        .any(|h| req.headers().has(h).unwrap_or(false))
}

/// `EMBED_SECRET` and, during a rotation, `EMBED_SECRET_PREVIOUS`. A missing secret is the
/// operator's to see in the log; the caller gets a bare 500 that names nothing.
fn embed_secrets(env: &Env) -> std::result::Result<(String, Option<String>), ApiError> {
    let Some(current) = config::text(env, "EMBED_SECRET") else {
        worker::console_log!("waymark: EMBED_SECRET is not set");
        return Err(ApiError::Internal);
    };
    Ok((current, config::text(env, "EMBED_SECRET_PREVIOUS")))
}

fn rate(kind: &'static str, key: &str, limit: u64) -> std::result::Result<(), ApiError> {
    match limits::rate_check(kind, key, limit as u32, timeline::now().timestamp()) {
        Verdict::Allowed => Ok(()),
        Verdict::Limited { retry_after } => Err(ApiError::RateLimited { retry_after }),
    }
}

/// `OPTIONS /v1/timeline`: preflight for the merchant's origins only.
pub async fn preflight(req: Request, ctx: Ctx) -> Result<Response> {
    let origin = req.headers().get("Origin")?;
    let allowed = config::settings(&ctx.env).allowed_origins.clone();
    match allow_origin(origin.as_deref(), &allowed, None) {
        Some(o) => respond::preflight(&o),
        None => respond::error(&ApiError::Forbidden),
    }
}

/// `GET /v1/timeline?token=…`: the public, token-gated order timeline for the widget.
pub async fn timeline(req: Request, ctx: Ctx) -> Result<Response> {
    let origin = req.headers().get("Origin")?;
    let allowed = config::settings(&ctx.env).allowed_origins.clone();
    let cors = allow_origin(origin.as_deref(), &allowed, None);
    let result = public_timeline(&req, &ctx, origin.as_deref(), cors.is_some()).await;
    let resp = match result {
        Ok((json, hit)) => {
            let resp = Response::ok(json)?;
            let h = resp.headers();
            h.set("Content-Type", "application/json")?;
            h.set("Cache-Control", "private, no-store")?;
            h.set("x-waymark-cache", if hit { "hit" } else { "miss" })?;
            resp
        }
        Err(e) => respond::error(&e)?,
    };
    respond::with_cors(resp, cors.as_deref())
}

/// The words a request asks for: the catalog of its language (`lang`, else
/// `Accept-Language`), an `Intl` formatter in its zone (`tz`, default UTC) and the zone.
pub(super) struct Speech {
    catalog: Rc<Catalog>,
    fmt: IntlFormatter,
    tz: String,
}

impl Speech {
    /// The language and zone a request asks for (400 `bad_request` / `invalid_tz` when they
    /// are not shaped as a BCP 47 tag / an IANA name).
    pub fn asked(
        req: &Request,
        lang: Option<&str>,
        tz: Option<&str>,
    ) -> std::result::Result<(Lang, String), ApiError> {
        let accept = req.headers().get("Accept-Language").ok().flatten();
        Ok((request_lang(lang, accept.as_deref())?, request_tz(tz)?))
    }

    /// The words for a language and zone: its catalog and an `Intl` formatter (400
    /// `invalid_tz` when the runtime does not know the zone).
    pub async fn load(env: &Env, lang: Lang, tz: String) -> std::result::Result<Speech, ApiError> {
        let catalog = words::catalog(env, lang).await?;
        let fmt = words::formatter(&catalog, &tz)?;
        Ok(Speech { catalog, fmt, tz })
    }

    /// [`Speech::asked`] then [`Speech::load`].
    pub async fn of(
        req: &Request,
        env: &Env,
        lang: Option<&str>,
        tz: Option<&str>,
    ) -> std::result::Result<Speech, ApiError> {
        let (lang, tz) = Speech::asked(req, lang, tz)?;
        Speech::load(env, lang, tz).await
    }

    /// The order answered in these words, as JSON text.
    pub fn answer(
        &self,
        t: &OrderTimeline,
        reference: &str,
        support: Option<String>,
    ) -> std::result::Result<String, ApiError> {
        let composer = Composer::new(&self.catalog, &self.fmt);
        answer_order(t, &composer, reference, &self.tz, support)
            .to_json()
            .map_err(|_| ApiError::Internal)
    }
}

async fn public_timeline(
    req: &Request,
    ctx: &Ctx,
    origin: Option<&str>,
    origin_allowed: bool,
) -> std::result::Result<(String, bool), ApiError> {
    if origin.is_some() && !origin_allowed {
        return Err(ApiError::Forbidden);
    }
    let per_ip = config::settings(&ctx.env).rate_limit_ip_per_minute;
    let network = ip_key(&client_ip(req));
    rate("ip", &network, per_ip)?;
    let url = req.inner().url();
    let q = query::of_url(&url);
    // Only as `Authorization: Bearer`: a token in the URL would reach logs and HAR files.
    let raw = bearer(req).ok_or_else(|| {
        ApiError::Unauthorized("missing token: send it as Authorization: Bearer <token>".into())
    })?;
    let (secret, previous) = embed_secrets(&ctx.env)?;
    let keys = token::Keys {
        current: secret.as_bytes(),
        previous: previous.as_deref().map(str::as_bytes),
    };
    let now = timeline::now().timestamp();
    let token = token::verify(&raw, &keys, now, origin, from_browser(req))
        .map_err(|e| ApiError::Unauthorized(e.to_string()))?;
    let per_token = config::settings(&ctx.env).rate_limit_token_per_minute;
    rate("token", token::rate_key(&raw), per_token)?;
    limits::shared_check(&ctx.env, "TOKEN_RATE_LIMIT", token::rate_key(&raw)).await?;
    limits::shared_check(&ctx.env, "IP_RATE_LIMIT", &network).await?;
    let (lang, tz) = Speech::asked(
        req,
        query::param(q, "lang").as_deref(),
        query::param(q, "tz").as_deref(),
    )?;
    let wanted = timeline::wanted_legs(&ctx.env, &token.n)?;
    // The same token, language and zone on the same hot timeline have the same answer: it is
    // kept in this isolate for a minute (the time a stored judgement holds), so a repeated hit
    // neither parses nor composes again.
    let support_origin = support_origin(&ctx.env, origin_of(&url));
    let memo = timeline::hot_fetched_at(&wanted, now)
        .await
        .map(|fetched_at| {
            format!(
                "{fetched_at}|{}|{tz}|{}|{raw}",
                lang.tag(),
                support_origin.as_deref().unwrap_or_default()
            )
        });
    if let Some(body) = memo.as_deref().and_then(|m| store::answered(m, now)) {
        return Ok((body, true));
    }
    let speech = Speech::load(&ctx.env, lang, tz).await?;
    let (t, hit) = timeline::order_timeline(&ctx.env, &ctx.exec, &token.o, wanted).await?;
    // The store's agent's read-only view of this order (the numbers and order id only). It
    // expires at the end of the 30th day, so the link (and the answer) holds for the day.
    let support = support_origin.as_deref().map(|o| {
        let grant = SupportGrant {
            o: token.o.clone(),
            n: token.n.clone(),
            exp: (now / 86_400 + 1 + SUPPORT_LINK_DAYS) * 86_400,
        };
        support_url(o, &token::sign_support(&grant, secret.as_bytes()))
    });
    let body = speech.answer(&t, &t.order_id, support)?;
    if let (Some(m), true) = (memo, hit) {
        store::remember_answer(&m, &body, now);
    }
    Ok((body, hit))
}

/// Where support links point: `SUPPORT_ORIGIN` (the `waymark-updates` worker, which serves the
/// view) when set; else this worker when it is `waymark-updates` itself; else none (the public
/// worker does not serve the view: its upload stays small for the buyer).
fn support_origin(env: &Env, worker_origin: Option<&str>) -> Option<String> {
    config::settings(env).support_origin.clone().or_else(|| {
        if cfg!(feature = "updates") {
            worker_origin.map(str::to_string)
        } else {
            None
        }
    })
}

/// `GET /v1/support/{link}` (`waymark-updates`): the order's read-only view for the store's
/// support agent, from a signed, expiring link (`words.support_url` of a timeline): the
/// console's order page, read-only, when the order is registered; otherwise the printable
/// evidence page (every leg, every scan, who had the parcel when).
#[cfg(feature = "updates")]
pub async fn support(req: Request, ctx: Ctx) -> Result<Response> {
    let result = async {
        let per_ip = config::settings(&ctx.env).rate_limit_ip_per_minute;
        rate("ip", &ip_key(&client_ip(&req)), per_ip)?;
        let (secret, previous) = embed_secrets(&ctx.env)?;
        let keys = token::Keys {
            current: secret.as_bytes(),
            previous: previous.as_deref().map(str::as_bytes),
        };
        let raw = query::decode(ctx.param("link")).unwrap_or_default();
        let grant = token::verify_support(&raw, &keys, timeline::now().timestamp())
            .map_err(|e| ApiError::Unauthorized(format!("support link: {e}")))?;
        // A registered order opens as the console's order page, read-only.
        if let Some(html) = super::console::support_view(&req, &ctx.env, &grant).await {
            return Ok(html);
        }
        let wanted = timeline::wanted_legs(&ctx.env, &grant.n)?;
        let (t, _) = timeline::order_timeline(&ctx.env, &ctx.exec, &grant.o, wanted).await?;
        let now = timeline::now();
        let files: Vec<_> = t
            .shipments
            .iter()
            .map(|s| waymark_shared::evidence::compile(s, now))
            .collect();
        Ok(evidence_page::render_order(&t.order_id, &files))
    }
    .await;
    match result {
        Ok(html) => {
            let console_page = html.contains("/_console/console.css");
            let resp = Response::ok(html)?;
            let h = resp.headers();
            h.set("Content-Type", "text/html; charset=utf-8")?;
            // The console's page links its stylesheet; the evidence page has it inline.
            let csp = if console_page {
                crate::console::html::CSP
            } else {
                "default-src 'none'; style-src 'unsafe-inline'"
            };
            h.set("Content-Security-Policy", csp)?;
            h.set("Cache-Control", "private, no-store")?;
            h.set("Referrer-Policy", "no-referrer")?;
            h.set("X-Robots-Tag", "noindex")?;
            Ok(resp)
        }
        Err(e) => respond::error(&e),
    }
}

/// Checks `Authorization: Bearer <MERCHANT_API_KEY>` in constant time.
pub(super) fn merchant(req: &Request, ctx: &Ctx) -> std::result::Result<(), ApiError> {
    let expected = config::text(&ctx.env, "MERCHANT_API_KEY")
        .ok_or_else(|| ApiError::Unauthorized("merchant API is not configured".into()))?;
    let given = req
        .headers()
        .get("Authorization")
        .ok()
        .flatten()
        .unwrap_or_default();
    let given = given.strip_prefix("Bearer ").unwrap_or("");
    if crate::api::hex::same(given.as_bytes(), expected.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized(
            "missing or wrong merchant API key".into(),
        ))
    }
}

async fn track(
    ctx: &Ctx,
    carrier: Option<&str>,
    number: &str,
    speech: &Speech,
) -> std::result::Result<String, ApiError> {
    let number = crate::api::validate::number(number)?;
    let carrier: Carrier = timeline::carrier_for(&ctx.env, number, carrier)?;
    let wanted = vec![(carrier, number.to_string())];
    let shipments = timeline::shipments(&ctx.env, &wanted).await?;
    let t = crate::api::order::assemble("", shipments, timeline::now());
    speech.answer(&t, number, None)
}

/// `GET /v1/track/{carrier}/{number}?lang=&tz=` (merchant; carrier `auto` to detect).
pub async fn track_one(req: Request, ctx: Ctx) -> Result<Response> {
    let result = async {
        merchant(&req, &ctx)?;
        let url = req.inner().url();
        let q = query::of_url(&url);
        let speech = Speech::of(
            &req,
            &ctx.env,
            query::param(q, "lang").as_deref(),
            query::param(q, "tz").as_deref(),
        )
        .await?;
        let carrier = ctx.param("carrier").to_string();
        let number = query::decode(ctx.param("number")).unwrap_or_default();
        track(&ctx, Some(&carrier), &number, &speech).await
    }
    .await;
    match result {
        Ok(json) => respond::json_text(json, 200),
        Err(e) => respond::error(&e),
    }
}

#[derive(Deserialize)]
struct BatchItem {
    number: String,
    #[serde(default, deserialize_with = "crate::api::validate::not_null")]
    carrier: Option<String>,
}

#[derive(Deserialize)]
struct Batch {
    items: Vec<BatchItem>,
    /// The buyer's language (BCP 47); else `Accept-Language`.
    #[serde(default)]
    lang: Option<String>,
    /// The buyer's IANA time zone (default UTC).
    #[serde(default)]
    tz: Option<String>,
}

/// `POST /v1/track` with `{"items":[{"number","carrier"?}], "lang"?, "tz"?}` (≤ 40; merchant).
pub async fn track_batch(mut req: Request, ctx: Ctx) -> Result<Response> {
    if let Err(e) = merchant(&req, &ctx) {
        return respond::error(&e);
    }
    let batch: Batch = match body::json(&mut req, r#"{"items":[…]}"#).await {
        Ok(b) => b,
        Err(e) => return respond::error(&e),
    };
    if batch.items.is_empty() || batch.items.len() > 40 {
        return respond::error(&ApiError::BadRequest("1–40 items per batch".into()));
    }
    // A malformed item refuses the batch (400); a carrier's failure is that item's error.
    for i in &batch.items {
        let valid = crate::api::validate::number(&i.number)
            .and_then(|_| crate::api::validate::carrier(i.carrier.as_deref()));
        if let Err(e) = valid {
            return respond::error(&e);
        }
    }
    let speech = match Speech::of(&req, &ctx.env, batch.lang.as_deref(), batch.tz.as_deref()).await
    {
        Ok(s) => s,
        Err(e) => return respond::error(&e),
    };
    let results = futures::future::join_all(
        batch
            .items
            .iter()
            .map(|i| track(&ctx, i.carrier.as_deref(), &i.number, &speech)),
    )
    .await;
    // Each result is already JSON text: the body is spliced around them.
    let mut body = String::from("{\"results\":[");
    for (n, (i, r)) in batch.items.iter().zip(results).enumerate() {
        if n > 0 {
            body.push(',');
        }
        body.push_str("{\"number\":");
        body.push_str(
            &serde_json::to_string(&i.number).map_err(|_| worker::Error::from("encoding"))?,
        );
        match r {
            Ok(json) => {
                body.push_str(",\"result\":");
                body.push_str(&json);
            }
            Err(e) => {
                body.push_str(",\"error\":");
                body.push_str(&e.body()["error"].to_string());
            }
        }
        body.push('}');
    }
    body.push_str("]}");
    respond::json_text(body, 200)
}

#[derive(Deserialize)]
struct MintNumber {
    number: String,
    #[serde(default, deserialize_with = "crate::api::validate::not_null")]
    carrier: Option<String>,
}

#[derive(Deserialize)]
struct Mint {
    order_id: String,
    numbers: Vec<MintNumber>,
    origin: String,
    #[serde(default)]
    ttl_seconds: Option<i64>,
}

/// `POST /v1/tokens` (merchant): mints an embed token.
pub async fn mint_token(mut req: Request, ctx: Ctx) -> Result<Response> {
    if let Err(e) = merchant(&req, &ctx) {
        return respond::error(&e);
    }
    let mint: Mint = match body::json(&mut req, "{order_id, numbers, origin}").await {
        Ok(m) => m,
        Err(e) => return respond::error(&e),
    };
    let checked = (|| {
        use crate::api::validate;
        if mint.numbers.is_empty() || mint.numbers.len() > token::MAX_NUMBERS {
            return Err(ApiError::BadRequest("1–10 numbers are required".into()));
        }
        validate::text_id(&mint.order_id, "order_id")?;
        validate::origin(&mint.origin)?;
        for n in &mint.numbers {
            validate::number(&n.number)?;
            validate::carrier(n.carrier.as_deref())?;
        }
        if mint
            .ttl_seconds
            .is_some_and(|t| !(60..=365 * 86_400).contains(&t))
        {
            return Err(ApiError::BadRequest(
                "ttl_seconds must be 60–31536000".into(),
            ));
        }
        Ok(())
    })();
    if let Err(e) = checked {
        return respond::error(&e);
    }
    let secret = match embed_secrets(&ctx.env) {
        Ok((current, _)) => current,
        Err(e) => return respond::error(&e),
    };
    let exp = timeline::now().timestamp()
        + mint
            .ttl_seconds
            .unwrap_or(30 * 86_400)
            .clamp(60, 365 * 86_400);
    let t = EmbedToken {
        v: 1,
        o: mint.order_id,
        n: mint
            .numbers
            .into_iter()
            .map(|n| TokenNumber {
                t: n.number,
                c: n.carrier,
            })
            .collect(),
        org: mint.origin,
        exp,
        k: None,
    };
    respond::json(
        &serde_json::json!({"token": token::sign(&t, secret.as_bytes()), "expires_at": exp}),
        201,
    )
}
