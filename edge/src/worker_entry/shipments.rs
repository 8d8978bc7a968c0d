//! `/v1/shipments`: register an order to watch, read it, stop it, and its lost-parcel
//! evidence; and the inbound pushes from 17TRACK and EasyPost that update watched orders.

use super::handlers::{merchant, Ctx};
use super::{
    body, config, flight, notifications, refresh, registrations, respond, store, timeline,
};
use crate::api::error::ApiError;
use crate::api::evidence_page;
use crate::api::query;
use crate::carriers::{self, Context};
use crate::proactive::inbound::{self, PushError, PushSource};
use crate::proactive::registration::{NewRegistration, WatchState};
use crate::proactive::stored::Stored;
use waymark_shared::evidence;
use worker::{Request, Response, Result};

fn id_param(ctx: &Ctx) -> String {
    ctx.param("id").to_string()
}

/// Storage that did not answer: 503, nothing written.
fn unavailable(e: registrations::StoreError) -> ApiError {
    worker::console_log!("waymark: {e}");
    ApiError::Unavailable
}

/// The registration named by the route's `:id`, or 404.
async fn registered(ctx: &Ctx) -> std::result::Result<Stored, ApiError> {
    registrations::get(&ctx.env, &id_param(ctx))
        .await
        .map_err(unavailable)?
        .ok_or_else(|| ApiError::NotFound("no such shipment".into()))
}

fn answer(result: std::result::Result<Response, ApiError>) -> Result<Response> {
    result.or_else(|e| respond::error(&e))
}

/// A JSON answer inside a handler's `ApiError` flow.
fn json(value: &serde_json::Value, status: u16) -> std::result::Result<Response, ApiError> {
    respond::json(value, status).map_err(|_| ApiError::Internal)
}

/// `POST /v1/shipments` (merchant): registers an order and refreshes it at once.
pub async fn create(mut req: Request, ctx: Ctx) -> Result<Response> {
    answer(
        async {
            merchant(&req, &ctx)?;
            let new: NewRegistration = body::json(&mut req, "{id, numbers, webhook_url}").await?;
            let now = timeline::now();
            let allow_loopback = config::settings(&ctx.env).webhook_allow_loopback;
            let reg = new.into_registration(now, allow_loopback)?;
            // One atomic insert: of two creates at once, exactly one is answered 201.
            if !registrations::create(&ctx.env, &reg)
                .await
                .map_err(unavailable)?
            {
                return Err(ApiError::Conflict(format!(
                    "shipment {} is already registered",
                    reg.id
                )));
            }
            let legs = refresh::wanted(&ctx.env, &reg);
            let mut stored = Stored { reg, version: 1 };
            refresh::refresh(&ctx.env, &mut stored, &legs, now).await;
            json(&view(&ctx, &stored).await, 201)
        }
        .await,
    )
}

async fn view(ctx: &Ctx, stored: &Stored) -> serde_json::Value {
    let mut v = serde_json::to_value(&stored.reg).unwrap_or_default();
    let dead: Vec<String> = notifications::of(&ctx.env, &stored.reg.id)
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|n| n.state == "dead")
        .map(|n| n.key)
        .collect();
    v["undelivered_notifications"] = dead.into();
    v
}

/// `GET /v1/shipments/{id}` (merchant).
pub async fn read(req: Request, ctx: Ctx) -> Result<Response> {
    answer(
        async {
            merchant(&req, &ctx)?;
            let stored = registered(&ctx).await?;
            if stored.reg.state == WatchState::Stopped {
                return Err(stopped_answer(&stored.reg.id));
            }
            json(&view(&ctx, &stored).await, 200)
        }
        .await,
    )
}

/// A stopped registration is gone from the API (`GET`, its evidence, `DELETE`); the console
/// keeps it, with its evidence pack, until it ages out.
fn stopped_answer(id: &str) -> ApiError {
    ApiError::NotFound(format!(
        "shipment {id} was stopped; the console keeps it, with its evidence pack, for 60 days"
    ))
}

/// `DELETE /v1/shipments/{id}` (merchant): stops watching; kept readable until it ages out.
pub async fn stop(req: Request, ctx: Ctx) -> Result<Response> {
    answer(
        async {
            merchant(&req, &ctx)?;
            if registered(&ctx).await?.reg.state == WatchState::Stopped {
                return Err(stopped_answer(&id_param(&ctx)));
            }
            // Whatever version it is at: a refresh or push that read it earlier cannot undo
            // this (their writes name the version they read, then find it stopped).
            let stored = registrations::stop(&ctx.env, &id_param(&ctx))
                .await
                .map_err(unavailable)?
                .ok_or_else(|| ApiError::NotFound("no such shipment".into()))?;
            json(&view(&ctx, &stored).await, 200)
        }
        .await,
    )
}

/// `GET /v1/shipments/{id}/evidence` (merchant): JSON, or a printable page when the client
/// asks for HTML (`Accept: text/html` or `?format=html`).
pub async fn evidence(req: Request, ctx: Ctx) -> Result<Response> {
    answer(
        async {
            merchant(&req, &ctx)?;
            let url = req.inner().url();
            let format = query::param(query::of_url(&url), "format");
            if format
                .as_deref()
                .is_some_and(|f| f != "html" && f != "json")
            {
                return Err(ApiError::BadRequest("format must be json or html".into()));
            }
            let reg = registered(&ctx).await?.reg;
            if reg.state == WatchState::Stopped {
                return Err(stopped_answer(&reg.id));
            }
            let now = timeline::now();
            let files: Vec<evidence::Evidence> = reg
                .snapshot
                .iter()
                .map(|s| evidence::compile(s, now))
                .collect();
            let html = format.as_deref() == Some("html")
                || req
                    .headers()
                    .get("Accept")
                    .ok()
                    .flatten()
                    .is_some_and(|a| a.contains("text/html"));
            if html {
                let resp = Response::ok(evidence_page::render_order(&reg.id, &files))
                    .map_err(|_| ApiError::Internal)?;
                let _ = resp
                    .headers()
                    .set("Content-Type", "text/html; charset=utf-8");
                let _ = resp.headers().set(
                    "Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'",
                );
                Ok(resp)
            } else {
                json(
                    &serde_json::json!({"shipment_id": reg.id, "parcels": files}),
                    200,
                )
            }
        }
        .await,
    )
}

/// How long a push's id is remembered, to refuse its replay (providers retry for a day or so).
const PUSH_SEEN_SECONDS: u64 = 7 * 86_400;

/// Normalizes a verified push and keeps its legs — unless the push is a replay (its id seen
/// before) or older than what is stored — then answers at once; the registrations watching
/// its numbers are refreshed in the background (`wait_until`), with the pushed legs used in
/// place of a carrier call. The legs are written before the answer says they were accepted.
async fn apply_push(
    ctx: &Ctx,
    source: PushSource,
    push_id: &str,
    reply: Vec<u8>,
) -> std::result::Result<Response, ApiError> {
    let carrier = source.carrier();
    let seen_key = format!("push:{}:{push_id}", carrier.slug());
    let kv = super::kv_json::namespace(&ctx.env);
    if let Some(kv) = &kv {
        if let Ok(Some(_)) = kv.get(&seen_key).text().await {
            return json(&serde_json::json!({"accepted": 0, "duplicate": true}), 200);
        }
    }
    let now = timeline::now();
    let found = carriers::normalize(&carrier, &reply, &Context { fetched_at: now })
        .map_err(|e| ApiError::BadRequest(e.to_string()))?;
    let (mut accepted, mut older) = (Vec::new(), 0);
    for s in found {
        let stored = store::last_good(&ctx.env, carrier.slug(), &s.tracking_number)
            .await
            .unwrap_or_default();
        if inbound::is_older(&s, &stored) {
            older += 1;
            continue;
        }
        store::keep(
            &ctx.env,
            carrier.slug(),
            &s.tracking_number,
            std::slice::from_ref(&s),
            now.timestamp(),
        )
        .await;
        accepted.push(s);
    }
    let mut ids: Vec<String> = Vec::new();
    for s in &accepted {
        let watching = registrations::watching(&ctx.env, &s.tracking_number)
            .await
            .map_err(unavailable)?;
        for id in watching {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    if let Some(kv) = &kv {
        super::kv_json::keep(kv, &seen_key, "1", Some(PUSH_SEEN_SECONDS)).await;
    }
    let (env, watching, legs) = (ctx.env.clone(), ids.clone(), accepted.clone());
    ctx.exec.wait_until(async move {
        for s in legs {
            flight::prefetch(&s.tracking_number.clone(), vec![s]);
        }
        for id in &watching {
            if let Ok(Some(mut stored)) = registrations::get(&env, id).await {
                if stored.reg.state == WatchState::Active {
                    let legs = refresh::wanted(&env, &stored.reg);
                    refresh::refresh(&env, &mut stored, &legs, now).await;
                }
            }
        }
        flight::clear_prefetched();
    });
    json(
        &serde_json::json!({"accepted": accepted.len(), "ignored_older": older, "shipments_updated": ids.len()}),
        200,
    )
}

fn refused(e: PushError) -> ApiError {
    match e {
        PushError::Malformed(m) => ApiError::BadRequest(m),
        other => ApiError::Unauthorized(other.to_string()),
    }
}

async fn push(source: PushSource, mut req: Request, ctx: Ctx) -> Result<Response> {
    answer(
        async {
            // Cheap refusals first: no secret configured, no signature header; only then is
            // the body read (at most 1 MB) and its signature computed.
            let Some(secret) = config::text(&ctx.env, source.secret_name()) else {
                worker::console_log!("waymark: {} is not set; push refused", source.secret_name());
                return Err(ApiError::Unauthorized(
                    "inbound pushes are not configured".into(),
                ));
            };
            let signature = req.headers().get(source.signature_header()).ok().flatten();
            if signature.as_deref().is_none_or(|s| s.trim().is_empty()) {
                return Err(refused(PushError::Unsigned));
            }
            let body = body::bytes(&mut req, body::PUSH_MAX).await?;
            match source
                .accept(&body, signature.as_deref(), &secret)
                .map_err(refused)?
            {
                Some(reply) => {
                    let id = inbound::push_id(source, &body);
                    apply_push(&ctx, source, &id, reply).await
                }
                None => json(&serde_json::json!({"accepted": 0}), 200),
            }
        }
        .await,
    )
}

/// `POST /v1/inbound/17track`: a 17TRACK push, verified by its `sign` header.
pub async fn push_17track(req: Request, ctx: Ctx) -> Result<Response> {
    push(PushSource::SeventeenTrack, req, ctx).await
}

/// `POST /v1/inbound/easypost`: an EasyPost push, verified by `X-Hmac-Signature`.
pub async fn push_easypost(req: Request, ctx: Ctx) -> Result<Response> {
    push(PushSource::EasyPost, req, ctx).await
}
