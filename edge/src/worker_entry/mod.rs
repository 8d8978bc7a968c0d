//! The Cloudflare Worker: small async handlers under `/v1/`, chosen by `crate::api::routes`.
//! Everything that can be decided without the runtime lives in `crate::api` and is tested
//! natively; this module only does I/O — carrier fetches, KV, the Cache API — and turns
//! results into responses.
//!
//! Built twice (docs/deploy.md): the storefront-facing worker `waymark` serves timelines,
//! tracking, tokens; the `updates` feature builds `waymark-updates`, which serves all of that
//! plus registered shipments, inbound pushes, the Cron Trigger and the webhook queue. The
//! public worker stays small, so the buyer's first request starts fast.

mod assets;
mod body;
#[cfg(not(feature = "updates"))]
mod carrier_service;
mod config;
#[cfg(feature = "updates")]
mod console;
#[cfg(feature = "updates")]
mod console_session;
#[cfg(feature = "updates")]
mod digest;
#[cfg(feature = "updates")]
mod flight;
mod handlers;
#[cfg(feature = "updates")]
mod helpdesk;
mod http;
mod intl;
#[cfg(feature = "updates")]
mod kv_import;
mod kv_json;
#[cfg(feature = "updates")]
mod leg;
#[cfg(feature = "updates")]
mod leg_memory;
#[cfg(feature = "updates")]
mod legs;
mod limits;
#[cfg(feature = "updates")]
mod notifications;
#[cfg(feature = "updates")]
mod notify;
#[cfg(feature = "updates")]
mod parcels;
#[cfg(feature = "updates")]
mod refresh;
#[cfg(feature = "updates")]
mod registrations;
mod respond;
#[cfg(feature = "updates")]
mod scheduled;
#[cfg(feature = "updates")]
mod shipments;
mod store;
mod timeline;
#[cfg(feature = "updates")]
mod upstream;
mod words;

use crate::api::routes::{route, Route};
use handlers::Ctx;
use worker::{event, Context, Env, Request, Response, Result};
#[cfg(feature = "updates")]
use worker::{MessageBatch, ScheduleContext, ScheduledEvent};

/// Debug builds log a panic's message to the console. Release builds are compiled with
/// `panic = immediate-abort` (scripts/env.sh): a panic traps at once, with no message to log.
fn log_panics() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

/// The worker's fetch handler: matches the route and hands the request to its handler.
#[event(fetch)]
pub async fn fetch(req: Request, env: Env, exec: Context) -> Result<Response> {
    log_panics();
    // The method as sent: the worker crate's `Method` reads an unknown one (QUERY) as GET.
    let method = req.inner().method().to_ascii_uppercase();
    let path = req.path();
    let matched = route(&method, &path);
    let r = matched.route;
    let ctx = Ctx {
        env,
        exec,
        route: matched,
    };
    #[cfg(feature = "updates")]
    if crate::console::routes::is_console(&path) {
        return console::serve(req, ctx).await;
    }
    match r {
        Route::Health => handlers::health(req, ctx),
        Route::OpenApi => handlers::openapi(req, ctx).await,
        Route::Timeline => handlers::timeline(req, ctx).await,
        Route::Preflight => handlers::preflight(req, ctx).await,
        Route::TrackOne => handlers::track_one(req, ctx).await,
        Route::TrackBatch => handlers::track_batch(req, ctx).await,
        Route::MintToken => handlers::mint_token(req, ctx).await,
        Route::NotFound => handlers::not_found(req, ctx),
        #[cfg(feature = "updates")]
        Route::Legs => legs::serve(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::CreateShipment => shipments::create(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::ReadShipment => shipments::read(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::StopShipment => shipments::stop(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::Evidence => shipments::evidence(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::Support => handlers::support(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::Inbound17Track => shipments::push_17track(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::InboundEasyPost => shipments::push_easypost(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::KvImport => kv_import::serve(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::HelpdeskOrders => helpdesk::orders(req, ctx).await,
        #[cfg(feature = "updates")]
        Route::Mcp => helpdesk::mcp(req, ctx).await,
        #[cfg(not(feature = "updates"))]
        _ => handlers::served_by_updates(req, ctx),
    }
}

/// The Cron Trigger: refreshes the registered shipments that are due.
#[cfg(feature = "updates")]
#[event(scheduled)]
pub async fn scheduled(event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    log_panics();
    if event.cron() == crate::console::digest::CRON {
        digest::run(&env).await;
    } else {
        scheduled::run(&env).await;
    }
}

/// The delivery queue's consumer: sends merchant webhooks.
#[cfg(feature = "updates")]
#[event(queue)]
pub async fn queue(batch: MessageBatch<String>, env: Env, _ctx: Context) -> Result<()> {
    log_panics();
    notify::consume(batch, &env).await
}
