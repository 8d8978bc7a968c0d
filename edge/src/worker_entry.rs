//! The Cloudflare Worker: routes under `/v1/`.

use worker::{event, Context, Env, Request, Response, Result, Router};

/// The worker's fetch handler.
#[event(fetch)]
pub async fn fetch(req: Request, env: Env, _ctx: Context) -> Result<Response> {
    console_error_panic_hook::set_once();
    Router::new()
        .get("/v1/health", |_, _| {
            Response::from_json(&serde_json::json!({
                "status": "ok",
                "service": "waymark-edge",
                "version": env!("CARGO_PKG_VERSION"),
            }))
        })
        .run(req, env)
        .await
}
