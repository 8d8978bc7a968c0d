//! The Cloudflare Worker: a `Router` of small async handlers under `/v1/`. Everything that can
//! be decided without the runtime lives in `crate::api` and is tested natively; this module
//! only does I/O — carrier fetches, KV, the Cache API — and turns results into responses.

mod config;
mod handlers;
mod leg;
mod notify;
mod refresh;
mod registrations;
mod respond;
mod scheduled;
mod shipments;
mod state;
mod store;
mod timeline;
mod upstream;

use crate::proactive::delivery::Delivery;
use std::rc::Rc;
use worker::{
    event, Context, Env, MessageBatch, Request, Response, Result, Router, ScheduleContext,
    ScheduledEvent,
};

/// What every handler may use besides the request: the execution context (for background
/// refreshes with `wait_until`).
pub(crate) struct Shared {
    pub ctx: Context,
}

/// The worker's fetch handler.
#[event(fetch)]
pub async fn fetch(req: Request, env: Env, ctx: Context) -> Result<Response> {
    console_error_panic_hook::set_once();
    let shared = Rc::new(Shared { ctx });
    Router::with_data(shared)
        .get("/v1/health", handlers::health)
        .get("/v1/openapi.json", handlers::openapi)
        .get_async("/v1/timeline", handlers::timeline)
        .options_async("/v1/timeline", handlers::preflight)
        .get_async("/v1/track/:carrier/:number", handlers::track_one)
        .post_async("/v1/track", handlers::track_batch)
        .post_async("/v1/tokens", handlers::mint_token)
        .post_async("/v1/shipments", shipments::create)
        .get_async("/v1/shipments/:id", shipments::read)
        .delete_async("/v1/shipments/:id", shipments::stop)
        .get_async("/v1/shipments/:id/evidence", shipments::evidence)
        .post_async("/v1/inbound/17track", shipments::push_17track)
        .post_async("/v1/inbound/easypost", shipments::push_easypost)
        .or_else_any_method("/*path", handlers::not_found)
        .run(req, env)
        .await
}

/// The Cron Trigger: refreshes the registered shipments that are due.
#[event(scheduled)]
pub async fn scheduled(_event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    console_error_panic_hook::set_once();
    scheduled::run(&env).await;
}

/// The delivery queue's consumer: sends merchant webhooks.
#[event(queue)]
pub async fn queue(batch: MessageBatch<Delivery>, env: Env, _ctx: Context) -> Result<()> {
    console_error_panic_hook::set_once();
    notify::consume(batch, &env).await
}
