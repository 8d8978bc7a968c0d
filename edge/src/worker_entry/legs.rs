//! `POST /v1/legs` (merchant; `waymark-updates` only): an order's legs fetched and normalized,
//! without words. The storefront-facing worker asks it through its service binding
//! (`carrier_service`); a merchant's own tools may ask it too.

use super::handlers::{merchant, Ctx};
use super::{body, respond, timeline};
use crate::api::legs::{LegsReply, LegsRequest};
use worker::{Request, Response, Result};

/// Answers the legs' shipments (stale copies where a carrier failed), or a typed error.
pub async fn serve(mut req: Request, ctx: Ctx) -> Result<Response> {
    let result = async {
        merchant(&req, &ctx)?;
        let asked: LegsRequest = body::json(&mut req, r#"{"legs":[{"carrier","number"}]}"#).await?;
        let wanted = asked.wanted()?;
        let shipments = timeline::shipments(&ctx.env, &wanted).await?;
        Ok(LegsReply { shipments })
    }
    .await;
    match result {
        Ok(reply) => respond::json(&reply, 200),
        Err(e) => respond::error(&e),
    }
}
