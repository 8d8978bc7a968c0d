//! The daily digest's I/O (`crate::console::digest` composes it): the counts by kind and the
//! most urgent orders from D1, logged once per day, then handed to the notification queue,
//! which signs and delivers it like every webhook (retries, dead letters, the console's log).

use super::registrations::{db, rows, statement};
use super::{config, notifications, refresh, timeline};
use crate::api::webhook_url;
use crate::console::digest;
use crate::console::filter::{Filter, ListRow};
use crate::proactive::delivery::Delivery;
use serde::Deserialize;
use worker::{console_log, Env};

#[derive(Deserialize)]
struct Count {
    kind: Option<String>,
    n: f64,
}

/// Sends today's digest to `DIGEST_WEBHOOK_URL` (nothing when it is not set). Returns whether
/// one was queued.
pub async fn run(env: &Env) -> bool {
    let Some(url) = config::text(env, "DIGEST_WEBHOOK_URL") else {
        console_log!("waymark: DIGEST_WEBHOOK_URL is not set; no digest");
        return false;
    };
    if let Err(e) = webhook_url::check(&url, config::settings(env).webhook_allow_loopback) {
        console_log!("waymark: DIGEST_WEBHOOK_URL refused: {e}");
        return false;
    }
    let now = timeline::now();
    let day = now.format("%Y-%m-%d").to_string();
    let result = async {
        let db = db(env)?;
        let counts: Vec<Count> = rows(statement(
            &db,
            "SELECT attention_kind AS kind, COUNT(*) AS n FROM registrations \
             WHERE attention_key IS NOT NULL GROUP BY attention_kind ORDER BY n DESC",
            &[],
        )?)
        .await?;
        let (sql, values) = Filter::default().sql(now.timestamp_millis(), digest::TOP);
        let top: Vec<ListRow> = rows(statement(
            &db,
            &sql,
            &super::registrations::js_values(&values),
        )?)
        .await?;
        Ok::<_, super::registrations::StoreError>((counts, top))
    }
    .await;
    let (counts, top) = match result {
        Ok(r) => r,
        Err(e) => {
            console_log!("waymark: digest: {e}");
            return false;
        }
    };
    let counts: Vec<(String, u64)> = counts
        .into_iter()
        .filter_map(|c| Some((c.kind?, c.n as u64)))
        .collect();
    let console = config::settings(env).support_origin.clone();
    let delivery = Delivery {
        key: digest::key(&day),
        registration: String::new(),
        url,
        body: digest::body(&day, &counts, &top, console.as_deref()),
    };
    // Logged first: a second run the same day finds it and sends nothing.
    match notifications::queued_digest(env, &delivery, now.timestamp_millis() as f64).await {
        Ok(true) => {}
        Ok(false) => return false,
        Err(e) => {
            console_log!("waymark: digest: {e}");
            return false;
        }
    }
    let sent = match (serde_json::to_string(&delivery), env.queue(refresh::QUEUE)) {
        (Ok(text), Ok(q)) => q.send(text).await.is_ok(),
        _ => false,
    };
    if !sent {
        // Not lost: the log row goes, so the next run (or a retried Cron) sends it.
        console_log!(
            "waymark: digest {} not queued; the next run tries again",
            delivery.key
        );
        if let Err(e) = notifications::forget(env, &delivery.key).await {
            console_log!("waymark: digest: {e}");
        }
    }
    sent
}
