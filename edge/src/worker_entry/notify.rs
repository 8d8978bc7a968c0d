//! The delivery queue's consumer: each notification POSTed to the merchant, signed, with its
//! idempotency key; a delivered one is marked (in the D1 notification log) so a redelivered
//! message is not sent twice; a failed one is retried with growing waits, and after the last
//! attempt set aside (kept, and listed on the registration), never dropped. A message is
//! acknowledged only after its outcome is written; when storage does not answer it is retried.

use super::{config, http, kv_json, notifications, timeline};
use crate::api::upstream::UpstreamRequest;
use crate::api::{webhook, webhook_url};
use crate::proactive::delivery::{delivered, retry_delay, Delivery};
use worker::{console_log, Env, Message, MessageBatch, MessageExt, QueueRetryOptionsBuilder};

/// How long a merchant's receiver may take to answer.
const RECEIVER_TIMEOUT_MS: u64 = 10_000;

fn request(d: &Delivery, secret: &str, now: i64) -> UpstreamRequest {
    UpstreamRequest {
        method: "POST",
        url: d.url.clone(),
        headers: vec![
            ("Content-Type".into(), "application/json".into()),
            ("User-Agent".into(), "Waymark-Webhooks/1".into()),
            (
                "Waymark-Signature".into(),
                webhook::sign(secret.as_bytes(), now, d.body.as_bytes()),
            ),
            ("Waymark-Idempotency-Key".into(), d.key.clone()),
        ],
        body: Some(d.body.clone()),
    }
}

/// Puts a message back for later (storage or configuration not ready): nothing is lost.
fn later(message: &Message<String>, env: &Env) {
    let wait = config::settings(env).webhook_retry_base_seconds;
    message.retry_with_options(
        &QueueRetryOptionsBuilder::new()
            .with_delay_seconds(wait)
            .build(),
    );
}

fn now_ms() -> f64 {
    timeline::now().timestamp_millis() as f64
}

/// Records a final outcome, then acknowledges; if the record cannot be written, the message
/// comes back later.
async fn settle(env: &Env, message: &Message<String>, key: &str, state: &str, answer: &str) {
    match notifications::mark(env, key, state, answer, now_ms()).await {
        Ok(()) => message.ack(),
        Err(e) => {
            console_log!("waymark: notification {key}: {e}; it comes back later");
            later(message, env);
        }
    }
}

async fn deliver(env: &Env, message: &Message<String>) {
    // Messages are the delivery's JSON text (one serde codec for the whole worker).
    let d: Delivery = match serde_json::from_str(message.body()) {
        Ok(d) => d,
        Err(e) => {
            // Not a delivery: retrying cannot help, so keep it for inspection and move on.
            let kept = format!("dead:unreadable:{}", message.id());
            console_log!("waymark: queue message is not a delivery ({e}); kept as {kept}");
            if let Some(kv) = kv_json::namespace(env) {
                kv_json::keep(&kv, &kept, message.body(), Some(120 * 86_400)).await;
            }
            message.ack();
            return;
        }
    };
    let d = &d;
    match notifications::was_sent(env, &d.key).await {
        Ok(true) => {
            message.ack();
            return;
        }
        Ok(false) => {}
        Err(e) => {
            console_log!("waymark: notification {}: {e}; it comes back later", d.key);
            later(message, env);
            return;
        }
    }
    let Some(secret) = config::text(env, "WEBHOOK_SECRET") else {
        console_log!(
            "waymark: WEBHOOK_SECRET is not set; notification {} waits",
            d.key
        );
        later(message, env);
        return;
    };
    // The URL was checked at registration; checked again here, as the rules may have tightened
    // since it was stored. A refused one cannot succeed later: set aside at once.
    let allow_loopback = config::settings(env).webhook_allow_loopback;
    if let Err(e) = webhook_url::check(&d.url, allow_loopback) {
        console_log!("waymark: notification {} not sent: {e}", d.key);
        settle(env, message, &d.key, "dead", &e.to_string()).await;
        return;
    }
    let outcome = http::send(
        &request(d, &secret, timeline::now().timestamp()),
        http::Limits::webhook(RECEIVER_TIMEOUT_MS),
    )
    .await;
    let answer = match &outcome {
        Ok((status, _)) if delivered(*status) => {
            settle(env, message, &d.key, "sent", &format!("HTTP {status}")).await;
            return;
        }
        Ok((status, _)) => format!("HTTP {status}"),
        Err(e) => e.to_string(),
    };
    let attempts = match notifications::failed_attempt(env, &d.key, &answer, now_ms()).await {
        Ok(n) => n,
        Err(e) => {
            console_log!("waymark: notification {} attempt not counted: {e}", d.key);
            later(message, env);
            return;
        }
    };
    let base = config::settings(env).webhook_retry_base_seconds;
    match retry_delay(attempts, base) {
        Some(wait) => {
            console_log!(
                "waymark: notification {} attempt {attempts}: {answer}; again in {wait} s",
                d.key
            );
            message.retry_with_options(
                &QueueRetryOptionsBuilder::new()
                    .with_delay_seconds(wait)
                    .build(),
            );
        }
        None => {
            console_log!(
                "waymark: notification {} set aside after {attempts} attempts: {answer}",
                d.key
            );
            settle(env, message, &d.key, "dead", &answer).await;
        }
    }
}

/// Delivers a batch of notifications, one after another.
pub async fn consume(batch: MessageBatch<String>, env: &Env) -> worker::Result<()> {
    for message in batch.messages()? {
        deliver(env, &message).await;
    }
    Ok(())
}
