//! Registered shipments in KV. `shp:<id>` holds a registration, with its next refresh time as
//! list metadata so a scheduled run finds what is due without reading everything;
//! `num:<NUMBER>` lists the registrations watching a number (for inbound pushes);
//! `sent:<key>` marks a delivered notification and `dead:<key>` one set aside after its last
//! attempt.

use super::kv_json;
use crate::proactive::registration::{Registration, WatchState};
use crate::proactive::schedule::DueMeta;
use worker::kv::KvStore;
use worker::Env;

/// How long KV keeps a registration after its watch ended (for `GET` and evidence).
const KEEP_AFTER_END_SECONDS: i64 = 60 * 86_400;

fn kv(env: &Env) -> Option<KvStore> {
    kv_json::namespace(env)
}

fn key(id: &str) -> String {
    format!("shp:{id}")
}

fn number_key(number: &str) -> String {
    format!("num:{}", number.to_ascii_uppercase())
}

/// Reads a registration.
pub async fn get(env: &Env, id: &str) -> Option<Registration> {
    kv_json::read(&kv(env)?, &key(id)).await
}

/// Writes a registration, with the metadata that tells scheduled runs when it is due.
pub async fn put(env: &Env, reg: &Registration) -> Result<(), String> {
    let kv = kv(env).ok_or("no KV binding")?;
    let json = serde_json::to_string(reg).map_err(|e| e.to_string())?;
    let next = (reg.state == WatchState::Active).then(|| reg.next_refresh_at.timestamp());
    let expire = reg
        .expires_at
        .timestamp()
        .max(reg.next_refresh_at.timestamp())
        + KEEP_AFTER_END_SECONDS;
    kv_json::write(&kv, &key(&reg.id), &json)
        .ok_or("KV put failed")?
        .metadata(DueMeta { next })
        .map_err(|e| e.to_string())?
        .expiration(expire.max(0) as u64)
        .execute()
        .await
        .map_err(|e| e.to_string())
}

/// Adds `id` to the watchers of each of its numbers.
pub async fn index_numbers(env: &Env, reg: &Registration) {
    let Some(kv) = kv(env) else { return };
    for n in &reg.numbers {
        let k = number_key(&n.number);
        let mut ids: Vec<String> = kv_json::read(&kv, &k).await.unwrap_or_default();
        if !ids.contains(&reg.id) {
            ids.push(reg.id.clone());
            let json = serde_json::to_string(&ids).unwrap_or_default();
            kv_json::keep(&kv, &k, &json, None).await;
        }
    }
}

/// The registrations watching a number.
pub async fn watching(env: &Env, number: &str) -> Vec<String> {
    let Some(kv) = kv(env) else { return Vec::new() };
    kv_json::read(&kv, &number_key(number))
        .await
        .unwrap_or_default()
}

/// Every registration key with its metadata (all pages).
pub async fn list(env: &Env) -> Vec<(String, Option<DueMeta>)> {
    let Some(kv) = kv(env) else { return Vec::new() };
    let mut out = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut req = kv.list().prefix("shp:".into());
        if let Some(c) = cursor.take() {
            req = req.cursor(c);
        }
        let Ok(page) = req.execute().await else { break };
        for k in page.keys {
            let meta = k.metadata.and_then(|m| serde_json::from_value(m).ok());
            out.push((k.name.trim_start_matches("shp:").to_string(), meta));
        }
        match page.cursor.filter(|_| !page.list_complete) {
            Some(c) if !c.is_empty() => cursor = Some(c),
            _ => break,
        }
    }
    out
}

/// Whether a notification was delivered.
pub async fn was_sent(env: &Env, notification: &str) -> bool {
    match kv(env) {
        Some(kv) => matches!(
            kv.get(&format!("sent:{notification}")).text().await,
            Ok(Some(_))
        ),
        None => false,
    }
}

/// Records a notification's outcome: `sent:` when delivered, `dead:` when set aside, with the
/// receiver's last answer.
pub async fn mark(env: &Env, prefix: &str, notification: &str, note: &str) {
    let Some(kv) = kv(env) else { return };
    let k = format!("{prefix}:{notification}");
    kv_json::keep(&kv, &k, note, Some(KEEP_AFTER_END_SECONDS as u64 * 2)).await;
}

/// Counts one more failed attempt at a notification; returns the count.
pub async fn failed_attempt(env: &Env, notification: &str) -> u32 {
    let Some(kv) = kv(env) else { return 1 };
    let k = format!("try:{notification}");
    let n = kv_json::read::<u32>(&kv, &k).await.unwrap_or(0) + 1;
    kv_json::keep(&kv, &k, &n.to_string(), Some(7 * 86_400)).await;
    n
}

/// The notifications of a registration that were set aside undelivered.
pub async fn dead_letters(env: &Env, id: &str) -> Vec<String> {
    let Some(kv) = kv(env) else { return Vec::new() };
    match kv.list().prefix(format!("dead:{id}:")).execute().await {
        Ok(page) => page
            .keys
            .into_iter()
            .map(|k| k.name.trim_start_matches("dead:").to_string())
            .collect(),
        Err(_) => Vec::new(),
    }
}
