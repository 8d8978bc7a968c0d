//! `POST /v1/maintenance/kv-import` (merchant): the one-off move of an earlier version's
//! registrations from KV (`shp:<id>`, the whole registration as JSON) into D1. One page of
//! keys per call, each inserted with its numbers as a new order would be; an order already
//! in D1 is left as it is, so the call is safe to repeat (`scripts/kv-import.sh` loops it).

use super::handlers::{merchant, Ctx};
use super::{body, kv_json, registrations, respond};
use crate::api::error::ApiError;
use crate::proactive::registration::{valid_id, Registration};
use serde::{Deserialize, Serialize};
use worker::{Request, Response, Result};

/// Keys read per call.
const PAGE: u64 = 100;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Ask {
    #[serde(default, deserialize_with = "crate::api::validate::not_null")]
    cursor: Option<String>,
}

#[derive(Serialize)]
struct Done {
    imported: usize,
    existing: usize,
    unreadable: usize,
    cursor: Option<String>,
    done: bool,
}

/// Copies one page.
pub async fn serve(mut req: Request, ctx: Ctx) -> Result<Response> {
    let result = async {
        merchant(&req, &ctx)?;
        let raw = body::bytes(&mut req, 4096).await?;
        let ask: Ask = if raw.iter().all(u8::is_ascii_whitespace) {
            Ask::default()
        } else {
            // An object only: serde would also read a struct from a JSON array.
            let v: serde_json::Value = serde_json::from_slice(&raw)
                .map_err(|e| ApiError::BadRequest(format!("expected {{cursor}}: {e}")))?;
            if !v.is_object() {
                return Err(ApiError::BadRequest(
                    "expected a JSON object {cursor}".into(),
                ));
            }
            serde_json::from_value(v)
                .map_err(|e| ApiError::BadRequest(format!("expected {{cursor}}: {e}")))?
        };
        if ask
            .cursor
            .as_deref()
            .is_some_and(|c| c.is_empty() || c.len() > 1024)
        {
            return Err(ApiError::BadRequest(
                "cursor must be 1–1024 characters".into(),
            ));
        }
        let kv = kv_json::namespace(&ctx.env).ok_or(ApiError::Unavailable)?;
        let mut list = kv.list().prefix("shp:".into()).limit(PAGE);
        if let Some(c) = ask.cursor {
            list = list.cursor(c);
        }
        let page = list
            .execute()
            .await
            .map_err(|_| ApiError::BadRequest("the cursor is not one this call returned".into()))?;
        let mut done = Done {
            imported: 0,
            existing: 0,
            unreadable: 0,
            cursor: None,
            done: page.list_complete,
        };
        for key in page.keys {
            let Some(reg) = kv_json::read::<Registration>(&kv, &key.name).await else {
                done.unreadable += 1;
                continue;
            };
            if !valid_id(&reg.id) || key.name != format!("shp:{}", reg.id) {
                done.unreadable += 1;
                continue;
            }
            // Written before the answer says so; storage that fails fails the call (503),
            // and the same page can be asked for again.
            match registrations::create(&ctx.env, &reg).await {
                Ok(true) => done.imported += 1,
                Ok(false) => done.existing += 1,
                Err(e) => {
                    worker::console_log!("waymark: kv-import: {e}");
                    return Err(ApiError::Unavailable);
                }
            }
        }
        if !done.done {
            done.cursor = page.cursor.filter(|c| !c.is_empty());
            done.done = done.cursor.is_none();
        }
        Ok(done)
    }
    .await;
    match result {
        Ok(d) => respond::json(&d, 200),
        Err(e) => respond::error(&e),
    }
}
