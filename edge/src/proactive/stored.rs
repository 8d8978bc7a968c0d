//! A registration as a D1 row (`edge/migrations/`), and how two writers that read the same
//! version are reconciled. Pure: `crate::worker_entry::registrations` runs the SQL.
//!
//! Every write names the version it read; a write that finds another version changed nothing
//! and the writer re-reads. What happens next is [`reconcile`]: a stop always wins (a refresh
//! or a push that read the order before the merchant stopped it cannot start it again), the
//! newer refresh keeps its parcels, and the transitions either writer queued are kept by both.

use super::attention::summarize;
use super::registration::{Registration, WatchState, WatchedNumber};
use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use waymark_shared::Shipment;

/// How long a row is kept after its watch ended (for `GET`, the console and evidence).
pub const KEEP_AFTER_END_MS: i64 = 60 * 86_400_000;

/// A registration row as D1 returns it (numbers arrive as JS numbers).
#[derive(Debug, Clone, Deserialize)]
pub struct Row {
    /// The order id.
    pub id: String,
    /// The write counter.
    pub version: f64,
    /// `active`, `completed`, `expired` or `stopped`.
    pub state: String,
    /// The buyer's language.
    pub locale: Option<String>,
    /// The buyer's time zone.
    pub time_zone: Option<String>,
    /// Where webhooks go.
    pub webhook_url: String,
    /// Unix ms.
    pub created_at: f64,
    /// Unix ms.
    pub expires_at: f64,
    /// Unix ms.
    pub next_refresh_at: f64,
    /// Unix ms.
    pub refreshed_at: Option<f64>,
    /// [`Body`] as JSON.
    pub body: String,
    /// SHA-256 of the buyer's e-mail address.
    #[serde(default)]
    pub buyer_email_sha256: Option<String>,
}

/// What a row keeps as JSON: read and written whole, never queried.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Body {
    /// The watched numbers.
    pub numbers: Vec<WatchedNumber>,
    /// The parcels as last seen.
    #[serde(default)]
    pub snapshot: Vec<Shipment>,
    /// Idempotency keys of the transitions handed to the queue.
    #[serde(default)]
    pub notified: Vec<String>,
}

/// A registration with the version it was read at.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    /// The registration.
    pub reg: Registration,
    /// The row's version when read.
    pub version: i64,
}

/// Why a row could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowError {
    /// The state column holds an unknown value.
    #[error("unknown state \"{0}\"")]
    State(String),
    /// A time column is out of range.
    #[error("time out of range")]
    Time,
    /// The body is not readable JSON.
    #[error("unreadable body: {0}")]
    Body(String),
}

/// The state as stored.
pub fn state_name(state: WatchState) -> &'static str {
    match state {
        WatchState::Active => "active",
        WatchState::Completed => "completed",
        WatchState::Expired => "expired",
        WatchState::Stopped => "stopped",
    }
}

fn state_of(name: &str) -> Result<WatchState, RowError> {
    Ok(match name {
        "active" => WatchState::Active,
        "completed" => WatchState::Completed,
        "expired" => WatchState::Expired,
        "stopped" => WatchState::Stopped,
        other => return Err(RowError::State(other.to_string())),
    })
}

fn time(ms: f64) -> Result<DateTime<Utc>, RowError> {
    Utc.timestamp_millis_opt(ms as i64)
        .single()
        .ok_or(RowError::Time)
}

/// Unix milliseconds of a time, as bound into SQL.
pub fn ms(t: DateTime<Utc>) -> f64 {
    t.timestamp_millis() as f64
}

impl Row {
    /// The registration this row holds.
    pub fn into_stored(self) -> Result<Stored, RowError> {
        let body: Body =
            serde_json::from_str(&self.body).map_err(|e| RowError::Body(e.to_string()))?;
        Ok(Stored {
            version: self.version as i64,
            reg: Registration {
                id: self.id,
                numbers: body.numbers,
                locale: self.locale,
                time_zone: self.time_zone,
                webhook_url: self.webhook_url,
                state: state_of(&self.state)?,
                created_at: time(self.created_at)?,
                expires_at: time(self.expires_at)?,
                next_refresh_at: time(self.next_refresh_at)?,
                refreshed_at: self.refreshed_at.map(time).transpose()?,
                snapshot: body.snapshot,
                notified: body.notified,
                buyer_email_sha256: self.buyer_email_sha256,
            },
        })
    }
}

/// The values of every column a write sets, in the order of [`COLUMNS`].
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    /// Text columns (None: SQL NULL) and numbers, in [`COLUMNS`] order.
    pub values: Vec<Value>,
}

/// One bound SQL value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// TEXT (or NULL).
    Text(Option<String>),
    /// INTEGER (or NULL), as a JS number.
    Number(Option<f64>),
}

/// The columns every write sets (besides `id` and `version`).
pub const COLUMNS: [&str; 17] = [
    "state",
    "locale",
    "time_zone",
    "webhook_url",
    "created_at",
    "expires_at",
    "next_refresh_at",
    "refreshed_at",
    "keep_until",
    "attention_kind",
    "attention_since",
    "attention_key",
    "carrier",
    "origin",
    "destination",
    "status",
    "buyer_email_sha256",
];

/// The sort position of an exception rank: 100 − rank, two digits ("10" is the most urgent).
pub fn urgency(rank: u8) -> String {
    format!("{:02}", 100u8.saturating_sub(rank).clamp(1, 99))
}

/// The attention list's sort key: urgency, onset (Unix ms, zero-padded to 15 digits, so text
/// order is time order until the year 33658), id.
pub fn attention_key(rank: u8, since_ms: i64, id: &str) -> String {
    format!("{}{:015}{id}", urgency(rank), since_ms.max(0))
}

/// When a row may be purged.
pub fn keep_until(reg: &Registration) -> DateTime<Utc> {
    reg.expires_at.max(reg.next_refresh_at) + chrono::Duration::milliseconds(KEEP_AFTER_END_MS)
}

/// The columns and body of a registration, as written.
pub fn columns(reg: &Registration) -> (Columns, String) {
    let s = summarize(reg);
    let text = |v: Option<&str>| Value::Text(v.map(str::to_string));
    let values = vec![
        text(Some(state_name(reg.state))),
        text(reg.locale.as_deref()),
        text(reg.time_zone.as_deref()),
        text(Some(&reg.webhook_url)),
        Value::Number(Some(ms(reg.created_at))),
        Value::Number(Some(ms(reg.expires_at))),
        Value::Number(Some(ms(reg.next_refresh_at))),
        Value::Number(reg.refreshed_at.map(ms)),
        Value::Number(Some(ms(keep_until(reg)))),
        text(s.attention.as_ref().map(|a| a.kind.as_str())),
        Value::Number(s.attention.as_ref().map(|a| ms(a.since))),
        text(
            s.attention
                .as_ref()
                .map(|a| attention_key(a.rank, a.since.timestamp_millis(), &reg.id))
                .as_deref(),
        ),
        text(s.carrier.as_deref()),
        text(s.origin.as_deref()),
        text(s.destination.as_deref()),
        text(s.status.map(|st| st.as_str())),
        text(reg.buyer_email_sha256.as_deref()),
    ];
    let body = Body {
        numbers: reg.numbers.clone(),
        snapshot: reg.snapshot.clone(),
        notified: reg.notified.clone(),
    };
    (
        Columns { values },
        serde_json::to_string(&body).unwrap_or_default(),
    )
}

/// What a writer whose write found a newer version should write instead, given `mine` (what
/// it meant to write) and `theirs` (the row as it is now); None: nothing (the order was
/// stopped, and the stop stands).
pub fn reconcile(mine: &Registration, theirs: &Registration) -> Option<Registration> {
    if theirs.state == WatchState::Stopped {
        return None;
    }
    let mut out = if mine.refreshed_at >= theirs.refreshed_at && mine.state != WatchState::Stopped {
        mine.clone()
    } else {
        theirs.clone()
    };
    // Both writers' queued transitions stay recorded, so neither is queued twice.
    let mut notified = theirs.notified.clone();
    for k in &mine.notified {
        if !notified.contains(k) {
            notified.push(k.clone());
        }
    }
    out.notified = notified;
    // A writer never extends a watch the other ended.
    if theirs.state != WatchState::Active {
        out.state = theirs.state;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg() -> Registration {
        let now = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
        serde_json::from_value::<super::super::registration::NewRegistration>(serde_json::json!({
            "id": "1042", "numbers": [{"number": "LP00123", "carrier": "cainiao"}],
            "locale": "fr", "webhook_url": "https://shop.example.com/h"
        }))
        .unwrap()
        .into_registration(now, false)
        .unwrap()
    }

    fn row_of(r: &Registration, version: i64) -> Row {
        let (cols, body) = columns(r);
        let num = |i: usize| match &cols.values[i] {
            Value::Number(n) => *n,
            Value::Text(_) => panic!("not a number"),
        };
        Row {
            id: r.id.clone(),
            version: version as f64,
            state: state_name(r.state).into(),
            locale: r.locale.clone(),
            time_zone: r.time_zone.clone(),
            webhook_url: r.webhook_url.clone(),
            created_at: num(4).unwrap(),
            expires_at: num(5).unwrap(),
            next_refresh_at: num(6).unwrap(),
            refreshed_at: num(7),
            body,
            buyer_email_sha256: r.buyer_email_sha256.clone(),
        }
    }

    #[test]
    fn a_row_reads_back_as_the_registration_written() {
        let mut r = reg();
        r.refreshed_at = Some(r.created_at);
        r.notified = vec!["1042:a".into()];
        r.buyer_email_sha256 = Some("ab".repeat(32));
        let back = row_of(&r, 7).into_stored().unwrap();
        assert_eq!(back, Stored { reg: r, version: 7 });
    }

    #[test]
    fn attention_keys_sort_as_the_list_does() {
        let mut keys = vec![
            attention_key(35, 1_000, "b"),
            attention_key(90, 9_000_000_000_000, "z"),
            attention_key(35, 999, "c"),
            attention_key(90, 5, "a"),
            attention_key(35, 1_000, "a"),
        ];
        keys.sort();
        let order: Vec<&str> = keys.iter().map(|k| &k[17..]).collect();
        assert_eq!(order, ["a", "z", "c", "a", "b"], "{keys:?}");
        assert_eq!(attention_key(90, 5, "a"), "10000000000000005a");
    }

    #[test]
    fn the_columns_name_every_value() {
        assert_eq!(columns(&reg()).0.values.len(), COLUMNS.len());
    }

    #[test]
    fn unreadable_rows_are_typed_errors() {
        let mut row = row_of(&reg(), 1);
        row.state = "paused".into();
        assert_eq!(
            row.into_stored().unwrap_err(),
            RowError::State("paused".into())
        );
        let mut row = row_of(&reg(), 1);
        row.body = "{".into();
        assert!(matches!(row.into_stored(), Err(RowError::Body(_))));
    }

    #[test]
    fn a_stop_is_never_undone_by_a_refresh_that_read_before_it() {
        let read_before = reg();
        let mut refreshed = read_before.clone();
        refreshed.refreshed_at = Some(refreshed.created_at + chrono::Duration::minutes(5));
        let mut stopped = read_before.clone();
        stopped.state = WatchState::Stopped;
        assert_eq!(reconcile(&refreshed, &stopped), None);
    }

    #[test]
    fn two_refreshes_keep_the_newer_parcels_and_both_queued_transitions() {
        let base = reg();
        let mut push = base.clone();
        push.refreshed_at = Some(base.created_at + chrono::Duration::minutes(1));
        push.notified = vec!["1042:pushed".into()];
        let mut cron = base.clone();
        cron.refreshed_at = Some(base.created_at + chrono::Duration::minutes(2));
        cron.notified = vec!["1042:cron".into()];
        let out = reconcile(&cron, &push).unwrap();
        assert_eq!(out.refreshed_at, cron.refreshed_at);
        assert_eq!(
            out.notified,
            vec!["1042:pushed".to_string(), "1042:cron".to_string()]
        );
        let out = reconcile(&push, &cron).unwrap();
        assert_eq!(
            out.refreshed_at, cron.refreshed_at,
            "the older writer keeps the newer parcels"
        );
        assert_eq!(out.notified.len(), 2);
    }

    #[test]
    fn an_ended_watch_stays_ended() {
        let base = reg();
        let mut done = base.clone();
        done.state = WatchState::Completed;
        let mut late = base.clone();
        late.refreshed_at = Some(base.created_at + chrono::Duration::minutes(9));
        assert_eq!(
            reconcile(&late, &done).unwrap().state,
            WatchState::Completed
        );
    }
}
