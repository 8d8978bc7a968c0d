//! The helpdesk's lookups on D1 (`crate::api::helpdesk`): `GET /v1/helpdesk/orders` and the
//! MCP server at `POST /v1/mcp` (`crate::api::mcp`), both merchant-authenticated and read-only.

use super::console::answers;
use super::handlers::{merchant, Ctx};
use super::registrations::{self, rows, statement};
use super::{body, respond};
use crate::api::error::ApiError;
use crate::api::helpdesk::{explain, Found, FoundOrder, Lookup, MAX_FOUND};
use crate::api::mcp::{self, code, Incoming, ToolCall};
use crate::api::query;
use crate::proactive::attention::summarize;
use crate::proactive::stored::{state_name, Stored};
use serde::Deserialize;
use serde_json::{json, Value};
use waymark_shared::words::Lang;
use worker::{Env, Request, Response, Result};

fn unavailable(e: registrations::StoreError) -> ApiError {
    worker::console_log!("waymark: helpdesk: {e}");
    ApiError::Unavailable
}

#[derive(Deserialize)]
struct IdRow {
    id: String,
}

/// The orders a lookup finds (at most [`MAX_FOUND`]).
async fn stored(env: &Env, lookup: &Lookup) -> std::result::Result<Vec<Stored>, ApiError> {
    let ids: Vec<String> = match lookup {
        Lookup::OrderId(id) => vec![id.clone()],
        Lookup::TrackingNumber(n) => registrations::watching(env, n).await.map_err(unavailable)?,
        Lookup::EmailSha256(h) => {
            let db = registrations::db(env).map_err(unavailable)?;
            rows::<IdRow>(
                statement(
                    &db,
                    "SELECT id FROM registrations WHERE buyer_email_sha256 = ?1 ORDER BY created_at DESC LIMIT ?2",
                    &[h.as_str().into(), wasm_bindgen::JsValue::from_f64(MAX_FOUND as f64)],
                )
                .map_err(unavailable)?,
            )
            .await
            .map_err(unavailable)?
            .into_iter()
            .map(|r| r.id)
            .collect()
        }
    };
    let ids: Vec<String> = ids.into_iter().take(MAX_FOUND).collect();
    let mut found = registrations::get_many(env, &ids)
        .await
        .map_err(unavailable)?;
    found.sort_by_key(|s| std::cmp::Reverse(s.reg.created_at));
    Ok(found)
}

/// Each order composed in `lang`, else in its buyer's language.
async fn found(
    env: &Env,
    lookup: &Lookup,
    lang: Option<&str>,
) -> std::result::Result<Vec<FoundOrder>, ApiError> {
    let mut out = Vec::new();
    for s in stored(env, lookup).await? {
        let reg = &s.reg;
        let lang = Lang::negotiate(lang.or(reg.locale.as_deref()).unwrap_or("en"));
        let parcels = answers(env, reg, lang, reg.time_zone.as_deref()).await;
        out.push(FoundOrder {
            order_id: reg.id.clone(),
            watch: state_name(reg.state),
            needs_attention: summarize(reg).attention.map(|a| a.kind.as_str()),
            lang: lang.tag(),
            parcels,
        });
    }
    Ok(out)
}

/// `GET /v1/helpdesk/orders?order_id=…|tracking_number=…|email_sha256=…[&lang=…]`.
pub async fn orders(req: Request, ctx: Ctx) -> Result<Response> {
    let result = async {
        merchant(&req, &ctx)?;
        let url = req.inner().url();
        let (lookup, lang) = Lookup::from_query(query::of_url(&url))?;
        found(&ctx.env, &lookup, lang.as_deref()).await
    }
    .await;
    match result {
        Ok(orders) => respond::json(&Found { orders }, 200),
        Err(e) => respond::error(&e),
    }
}

fn rpc(value: &Value, status: u16) -> Result<Response> {
    respond::json_text(value.to_string(), status)
}

/// One tool call's result (a lookup failure is the tool's error, not the protocol's).
async fn call(env: &Env, call: ToolCall) -> Value {
    let (lookup, lang, explaining) = match call {
        ToolCall::Find(l) => (l, None, false),
        ToolCall::Explain { order_id, lang } => (Lookup::OrderId(order_id), lang, true),
    };
    match found(env, &lookup, lang.as_deref()).await {
        Err(e) => mcp::tool_result(e.to_string(), json!({"error": e.code()}), true),
        Ok(orders) if orders.is_empty() => mcp::tool_result(
            "No order matches.".into(),
            json!({"orders": []}),
            explaining,
        ),
        Ok(orders) if explaining => {
            let o = &orders[0];
            mcp::tool_result(
                explain(o),
                serde_json::to_value(o).unwrap_or_default(),
                false,
            )
        }
        Ok(orders) => {
            let brief: Vec<Value> = orders
                .iter()
                .map(|o| {
                    json!({"order_id": o.order_id, "watch": o.watch, "needs_attention": o.needs_attention,
                        "parcels": o.parcels.iter().map(|p| json!({"status": p.status, "status_label": p.status_label})).collect::<Vec<_>>()})
                })
                .collect();
            let text = orders
                .iter()
                .map(|o| {
                    format!(
                        "{} ({}): {}",
                        o.order_id,
                        o.watch,
                        o.parcels
                            .iter()
                            .map(|p| p.status_label.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            mcp::tool_result(text, json!({"orders": brief}), false)
        }
    }
}

/// `POST /v1/mcp`: one JSON-RPC message per request, answered as JSON (no server-sent events,
/// no sessions: every tool is a read). Notifications get 202.
pub async fn mcp(mut req: Request, ctx: Ctx) -> Result<Response> {
    if let Err(e) = merchant(&req, &ctx) {
        return respond::error(&e);
    }
    let version = req.headers().get("MCP-Protocol-Version").ok().flatten();
    if version.as_deref().is_some_and(|v| !mcp::supported(v)) {
        return respond::error(&ApiError::BadRequest(format!(
            "MCP-Protocol-Version must be one of {}",
            mcp::VERSIONS.join(", ")
        )));
    }
    let raw = match body::bytes(&mut req, body::MERCHANT_MAX).await {
        Ok(b) => b,
        Err(e) => return respond::error(&e),
    };
    let (id, method, params) = match mcp::parse(&raw) {
        Ok(Incoming::Notification) => return Ok(Response::empty()?.with_status(202)),
        Ok(Incoming::Request { id, method, params }) => (id, method, params),
        Err(answer) => return rpc(&answer, 400),
    };
    let answer = match method.as_str() {
        "initialize" => mcp::result(id, mcp::initialize(&params)),
        "ping" => mcp::result(id, json!({})),
        "tools/list" => mcp::result(id, mcp::tools()),
        "tools/call" => match mcp::tool_call(&params) {
            Ok(c) => mcp::result(id, call(&ctx.env, c).await),
            Err(m) => mcp::error(id, code::INVALID_PARAMS, &m),
        },
        other => mcp::error(
            id,
            code::METHOD_NOT_FOUND,
            &format!("no method \"{other}\""),
        ),
    };
    rpc(&answer, 200)
}
