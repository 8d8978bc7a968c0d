//! The merchant's daily digest: how many orders need them, by kind, and the most urgent ones
//! with a link each — so the merchant hears about trouble without opening the console. Sent
//! as a signed webhook (`DIGEST_WEBHOOK_URL`) through the notification queue, once a day.

use super::filter::ListRow;
use crate::api::query::encode;
use serde_json::{json, Value};

/// Orders listed in a digest at most (the most urgent).
pub const TOP: u32 = 20;
/// The Cron expression that sends it (wrangler.updates.toml), every day at 07:00 UTC.
pub const CRON: &str = "0 7 * * *";

/// The digest's idempotency key for a day (`YYYY-MM-DD`): one digest per day, however often
/// the Cron fires or the queue redelivers.
pub fn key(day: &str) -> String {
    format!("digest:{day}")
}

/// The digest's JSON body. `counts` are (kind, orders); `console` is the console's origin,
/// when known, for the links.
pub fn body(day: &str, counts: &[(String, u64)], top: &[ListRow], console: Option<&str>) -> String {
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    let link = |id: &str| console.map(|c| format!("{c}/console/orders/{}", encode(id)));
    let orders: Vec<Value> = top
        .iter()
        .map(|r| {
            json!({
                "order_id": r.id,
                "needs": r.attention_kind,
                "since": r.attention_since.map(|ms| waymark_shared::serde_time::format_utc(
                    &chrono::DateTime::from_timestamp_millis(ms as i64).unwrap_or_default())),
                "carrier": r.carrier,
                "origin": r.origin,
                "destination": r.destination,
                "console_url": link(&r.id),
            })
        })
        .collect();
    let by_kind: serde_json::Map<String, Value> =
        counts.iter().map(|(k, n)| (k.clone(), json!(n))).collect();
    json!({
        "type": "digest",
        "id": key(day),
        "day": day,
        "needs_attention": total,
        "by_kind": by_kind,
        "most_urgent": orders,
        "console_url": console.map(|c| format!("{c}/console")),
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_counts_and_links() {
        let row = ListRow {
            id: "1042".into(),
            attention_kind: Some("lost".into()),
            attention_since: Some(1_764_979_200_000.0),
            attention_key: Some("10".into()),
            carrier: Some("usps".into()),
            origin: None,
            destination: Some("US".into()),
            status: None,
        };
        let b: Value = serde_json::from_str(&body(
            "2026-12-06",
            &[("lost".into(), 2), ("silence".into(), 5)],
            &[row],
            Some("https://w.example.com"),
        ))
        .unwrap();
        assert_eq!(b["needs_attention"], 7);
        assert_eq!(b["by_kind"]["silence"], 5);
        assert_eq!(
            b["most_urgent"][0]["console_url"],
            "https://w.example.com/console/orders/1042"
        );
        assert_eq!(b["id"], "digest:2026-12-06");
    }
}
