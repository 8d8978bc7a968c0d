//! Refreshing one registered shipment: its parcels fetched (or taken from a push), new
//! transitions handed to the delivery queue, the next refresh scheduled, all stored.

use super::intl::IntlFormatter;
use super::{config, notifications, parcels, registrations, timeline, words};
use crate::api::order::assemble_after;
use crate::proactive::registration::{Registration, WatchState};
use crate::proactive::stored::Stored;
use crate::proactive::{cadence, delivery, transition};
use chrono::{DateTime, Utc};
use waymark_shared::words::{Composer, Formatter, Lang, PlainFormatter};
use waymark_shared::Carrier;
use worker::{console_log, Env};

/// The queue binding that carries notifications.
pub const QUEUE: &str = "NOTIFICATIONS";

/// The legs of a registration: each number with its carrier (given or detected). Numbers no
/// carrier can be found for are left out (and logged).
pub fn wanted(env: &Env, reg: &Registration) -> Vec<(Carrier, String)> {
    reg.numbers
        .iter()
        .filter_map(
            |n| match timeline::carrier_for(env, &n.number, n.carrier.as_deref()) {
                Ok(c) => Some((c, n.number.clone())),
                Err(e) => {
                    console_log!("waymark: registration {}: {e}", reg.id);
                    None
                }
            },
        )
        .collect()
}

/// Hands new transitions to the queue; returns how many were queued. Keys are recorded only
/// once the queue has them, so a failed send is tried again on the next refresh; each is
/// logged (D1) for the console and the consumer's attempt count.
async fn notify(env: &Env, reg: &mut Registration, now: DateTime<Utc>) -> usize {
    let new = transition::unsent(&reg.id, &reg.snapshot, &reg.notified);
    if new.is_empty() {
        return 0;
    }
    let Ok(queue) = env.queue(QUEUE) else {
        console_log!("waymark: no queue binding {QUEUE}");
        return 0;
    };
    // The buyer's words in the registration's language and zone (UTC when the zone is unknown).
    let lang = Lang::negotiate(reg.locale.as_deref().unwrap_or(""));
    // Without words nothing is queued; the keys stay unsent, so the next refresh tries again.
    let Ok(catalog) = words::catalog(env, lang).await else {
        return 0;
    };
    let fmt: Box<dyn Formatter> =
        match IntlFormatter::or_utc(catalog.lang(), reg.time_zone.as_deref()) {
            Some(f) => Box::new(f),
            None => Box::new(PlainFormatter::utc(catalog.lang())),
        };
    let composer = Composer::new(&catalog, fmt.as_ref());
    let mut queued = 0;
    for chunk in delivery::deliveries(reg, &new, now, (&composer, catalog.lang())).chunks(100) {
        // Every delivery of the chunk is sent, or none is marked notified.
        let texts: Vec<String> = match chunk.iter().map(serde_json::to_string).collect() {
            Ok(texts) => texts,
            Err(e) => {
                console_log!("waymark: encoding notifications for {}: {e}", reg.id);
                continue;
            }
        };
        match queue.send_batch(texts).await {
            Ok(()) => {
                reg.notified.extend(chunk.iter().map(|d| d.key.clone()));
                queued += chunk.len();
                if let Err(e) =
                    notifications::queued(env, chunk, now.timestamp_millis() as f64).await
                {
                    console_log!("waymark: logging notifications for {}: {e}", reg.id);
                }
            }
            Err(e) => console_log!("waymark: queueing notifications for {}: {e}", reg.id),
        }
    }
    queued
}

/// A cadence interval times `REFRESH_INTERVAL_SCALE` (default 1; local tests use 0 so every
/// run finds every active registration due).
fn scaled(env: &Env, gap: chrono::Duration) -> chrono::Duration {
    let scale = config::settings(env).refresh.interval_scale;
    chrono::Duration::milliseconds((gap.num_milliseconds() as f64 * scale) as i64)
}

/// Refreshes an order (its `legs` from [`wanted`]) at `now` and stores it over the version it
/// was read at (reconciled with any writer that came first; a stop made meanwhile stands);
/// returns how many notifications were queued.
pub async fn refresh(
    env: &Env,
    stored: &mut Stored,
    legs: &[(Carrier, String)],
    now: DateTime<Utc>,
) -> usize {
    let reg = &mut stored.reg;
    let mut queued = 0;
    // Parcels seen delivered before this refresh: the rest that are delivered now are recorded
    // for the lanes' statistics.
    let delivered_before: Vec<String> = reg
        .snapshot
        .iter()
        .filter(|s| s.status == waymark_shared::Status::Delivered)
        .map(|s| s.tracking_number.clone())
        .collect();
    match timeline::shipments(env, legs).await {
        Ok(found) => {
            // Each parcel keeps the promise it was first shown with (late against it, even
            // when the estimate has moved).
            reg.snapshot = assemble_after(&reg.id, found, now, &reg.snapshot).shipments;
            reg.refreshed_at = Some(now);
            queued = notify(env, reg, now).await;
            let all_stale = reg.snapshot.iter().all(|s| s.stale);
            reg.next_refresh_at = match cadence::next_refresh(&reg.snapshot, now) {
                Some(next) => now + scaled(env, next - now),
                None if reg.snapshot.is_empty() || all_stale => {
                    now + scaled(env, cadence::AFTER_FAILURE)
                }
                None => {
                    reg.state = WatchState::Completed;
                    now
                }
            };
        }
        // No carrier answered and nothing was kept: nothing is concluded, ask again later.
        Err(e) => {
            console_log!("waymark: refreshing {}: {e}", reg.id);
            reg.next_refresh_at = now + scaled(env, cadence::AFTER_FAILURE);
        }
    }
    if reg.state == WatchState::Active && now >= reg.expires_at {
        reg.state = WatchState::Expired;
        // Not a silent stop: parcels still on their way are told the watch ended.
        let ended_at = reg.expires_at;
        if crate::proactive::watch_end::end_watch(reg, ended_at) > 0 {
            queued += notify(env, reg, now).await;
        }
    }
    reg.next_refresh_at = reg.next_refresh_at.min(reg.expires_at);
    let newly: Vec<_> = reg
        .snapshot
        .iter()
        .filter(|s| !delivered_before.contains(&s.tracking_number))
        .filter_map(crate::proactive::lane_stats::record)
        .collect();
    if let Err(e) = parcels::record(env, &reg.id, &newly).await {
        console_log!("waymark: recording delivered parcels of {}: {e}", reg.id);
    }
    match registrations::update(env, reg, stored.version).await {
        Ok(registrations::Written::Stored(v)) => stored.version = v,
        Ok(registrations::Written::Stopped) => {
            console_log!("waymark: {} was stopped meanwhile; the stop stands", reg.id);
            reg.state = WatchState::Stopped;
        }
        Err(e) => console_log!("waymark: storing {}: {e}", reg.id),
    }
    queued
}
