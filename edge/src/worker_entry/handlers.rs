//! Route handlers: small, one per route; errors go through `respond::error`.

use super::{body, config, respond, state, timeline};
use crate::api::cors::allow_origin;
use crate::api::error::ApiError;
use crate::api::query;
use crate::api::rate_limit::Verdict;
use crate::api::routes::Matched;
use crate::api::token::{self, EmbedToken, TokenNumber};
use serde::Deserialize;
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

/// `GET /v1/openapi.json`.
pub fn openapi(_: Request, _: Ctx) -> Result<Response> {
    let resp = Response::ok(include_str!("../../../docs/openapi.json"))?;
    resp.headers().set("Content-Type", "application/json")?;
    Ok(resp)
}

/// Anything else.
pub fn not_found(_: Request, _: Ctx) -> Result<Response> {
    respond::error(&ApiError::NotFound("no such route".into()))
}

/// A proactive-updates route asked of the public worker: it lives on `waymark-updates`.
#[cfg(not(feature = "updates"))]
pub fn served_by_updates(_: Request, _: Ctx) -> Result<Response> {
    respond::error(&ApiError::NotFound(
        "registered shipments and inbound pushes are served by the waymark-updates worker \
         (docs/proactive-updates.md)"
            .into(),
    ))
}

fn client_ip(req: &Request) -> String {
    req.headers()
        .get("CF-Connecting-IP")
        .ok()
        .flatten()
        .or_else(|| req.headers().get("X-Forwarded-For").ok().flatten())
        .unwrap_or_else(|| "local".into())
}

fn rate(kind: &'static str, key: &str, limit: u64) -> std::result::Result<(), ApiError> {
    match state::rate_check(kind, key, limit as u32, timeline::now().timestamp()) {
        Verdict::Allowed => Ok(()),
        Verdict::Limited { retry_after } => Err(ApiError::RateLimited { retry_after }),
    }
}

/// `OPTIONS /v1/timeline`: preflight for the merchant's origins only.
pub async fn preflight(req: Request, ctx: Ctx) -> Result<Response> {
    let origin = req.headers().get("Origin")?;
    let allowed = config::text(&ctx.env, "ALLOWED_ORIGINS").unwrap_or_default();
    match allow_origin(origin.as_deref(), &allowed, None) {
        Some(o) => respond::preflight(&o),
        None => respond::error(&ApiError::Forbidden),
    }
}

/// `GET /v1/timeline?token=…`: the public, token-gated order timeline for the widget.
pub async fn timeline(req: Request, ctx: Ctx) -> Result<Response> {
    let origin = req.headers().get("Origin")?;
    let allowed = config::text(&ctx.env, "ALLOWED_ORIGINS").unwrap_or_default();
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

async fn public_timeline(
    req: &Request,
    ctx: &Ctx,
    origin: Option<&str>,
    origin_allowed: bool,
) -> std::result::Result<(String, bool), ApiError> {
    if origin.is_some() && !origin_allowed {
        return Err(ApiError::Forbidden);
    }
    let per_ip = config::number(&ctx.env, "RATE_LIMIT_IP_PER_MINUTE", 120);
    rate("ip", &client_ip(req), per_ip)?;
    let url = req.inner().url();
    let raw = query::param(query::of_url(&url), "token")
        .ok_or_else(|| ApiError::Unauthorized("missing token".into()))?;
    let secret = config::text(&ctx.env, "EMBED_SECRET").ok_or(ApiError::Internal)?;
    let token = token::verify(&raw, secret.as_bytes(), timeline::now().timestamp(), origin)
        .map_err(|e| ApiError::Unauthorized(e.to_string()))?;
    let per_token = config::number(&ctx.env, "RATE_LIMIT_TOKEN_PER_MINUTE", 60);
    rate("token", &raw, per_token)?;
    let wanted = token
        .n
        .iter()
        .map(|n| {
            Ok((
                timeline::carrier_for(&ctx.env, &n.t, n.c.as_deref())?,
                n.t.trim().to_string(),
            ))
        })
        .collect::<std::result::Result<Vec<_>, ApiError>>()?;
    timeline::order_json(&ctx.env, &ctx.exec, &token.o, wanted).await
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
) -> std::result::Result<serde_json::Value, ApiError> {
    let number = number.trim();
    if number.is_empty() || number.len() > 64 {
        return Err(ApiError::BadRequest(
            "tracking number must be 1–64 characters".into(),
        ));
    }
    let carrier: Carrier = timeline::carrier_for(&ctx.env, number, carrier)?;
    let wanted = vec![(carrier, number.to_string())];
    let shipments = timeline::shipments(&ctx.env, &wanted).await?;
    let t = crate::api::order::assemble("", shipments, timeline::now());
    Ok(
        serde_json::json!({"shipments": t.shipments, "updated_at": t.updated_at.to_rfc3339(), "stale": t.stale}),
    )
}

/// `GET /v1/track/{carrier}/{number}` (merchant; carrier `auto` to detect).
pub async fn track_one(req: Request, ctx: Ctx) -> Result<Response> {
    let result = async {
        merchant(&req, &ctx)?;
        let carrier = ctx.param("carrier").to_string();
        let number = query::decode(ctx.param("number")).unwrap_or_default();
        track(&ctx, Some(&carrier), &number).await
    }
    .await;
    match result {
        Ok(v) => respond::json(&v, 200),
        Err(e) => respond::error(&e),
    }
}

#[derive(Deserialize)]
struct BatchItem {
    number: String,
    #[serde(default)]
    carrier: Option<String>,
}

#[derive(Deserialize)]
struct Batch {
    items: Vec<BatchItem>,
}

/// `POST /v1/track` with `{"items":[{"number","carrier"?}]}` (≤ 40; merchant).
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
    let results = futures::future::join_all(
        batch
            .items
            .iter()
            .map(|i| track(&ctx, i.carrier.as_deref(), &i.number)),
    )
    .await;
    let body: Vec<serde_json::Value> = batch
        .items
        .iter()
        .zip(results)
        .map(|(i, r)| match r {
            Ok(v) => serde_json::json!({"number": i.number, "result": v}),
            Err(e) => serde_json::json!({"number": i.number, "error": e.body()["error"]}),
        })
        .collect();
    respond::json(&serde_json::json!({"results": body}), 200)
}

#[derive(Deserialize)]
struct MintNumber {
    number: String,
    #[serde(default)]
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
    if mint.numbers.is_empty()
        || mint.numbers.len() > token::MAX_NUMBERS
        || mint.order_id.is_empty()
        || !mint.origin.starts_with("http")
    {
        return respond::error(&ApiError::BadRequest(
            "order_id, 1–10 numbers and an http(s) origin are required".into(),
        ));
    }
    let Some(secret) = config::text(&ctx.env, "EMBED_SECRET") else {
        return respond::error(&ApiError::Internal);
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
    };
    respond::json(
        &serde_json::json!({"token": token::sign(&t, secret.as_bytes()), "expires_at": exp}),
        201,
    )
}
