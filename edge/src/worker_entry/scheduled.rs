//! The Cron Trigger: every due registration refreshed, most overdue first, within each
//! carrier's per-run quota; 17TRACK numbers fetched in batches of 40 beforehand.

use super::{config, flight, http, refresh, registrations, store, timeline};
use crate::api::upstream::seventeentrack_batch_request;
use crate::carriers::{self, Context};
use crate::proactive::schedule::{seventeentrack_batches, within_quota, Quota};
use crate::proactive::stored::Stored;
use waymark_shared::Carrier;
use worker::{console_log, Env};

/// Fetches the 17TRACK numbers of this run in batches and keeps what comes back for the
/// refreshes that follow (a batch that fails leaves its numbers to the per-leg path, which
/// serves their last good copy).
async fn prefetch_17track(env: &Env, numbers: &[String]) {
    if numbers.is_empty() {
        return;
    }
    let cfg = config::carrier(env, &Carrier::SeventeenTrack);
    let timeout = config::settings(env).carrier_timeout_ms;
    for batch in seventeentrack_batches(numbers) {
        let req = seventeentrack_batch_request(&batch, &cfg);
        let ctx = Context {
            fetched_at: timeline::now(),
        };
        match http::send(&req, http::Limits::carrier(timeout)).await {
            Ok((_, body)) => match carriers::normalize(&Carrier::SeventeenTrack, &body, &ctx) {
                Ok(found) => {
                    for n in &batch {
                        let mine: Vec<_> = found
                            .iter()
                            .filter(|s| s.tracking_number.eq_ignore_ascii_case(n))
                            .cloned()
                            .collect();
                        if !mine.is_empty() {
                            store::keep(env, "17track", n, &mine, ctx.fetched_at.timestamp()).await;
                            flight::prefetch(n, mine);
                        }
                    }
                }
                Err(e) => console_log!("waymark: 17TRACK batch: {e}"),
            },
            Err(e) => console_log!("waymark: 17TRACK batch: {e}"),
        }
    }
}

/// A due registration and its legs (carrier, number).
type Due = (Stored, Vec<(Carrier, String)>);

/// Orders past keeping removed per run (with their numbers and notifications).
const PURGE_PER_RUN: u32 = 500;

/// One scheduled run at the current time; returns (refreshed, notifications queued).
pub async fn run(env: &Env) -> (usize, usize) {
    let now = timeline::now();
    let max = config::settings(env)
        .refresh
        .max_per_run
        .min(u32::MAX as u64) as u32;
    // The due index: at most a run's worth, most overdue first; then those rows in one read.
    let ids = match registrations::due(env, now, max).await {
        Ok(ids) => ids,
        Err(e) => {
            console_log!("waymark: scheduled run: {e}; nothing refreshed");
            return (0, 0);
        }
    };
    let mut rows = registrations::get_many(env, &ids)
        .await
        .unwrap_or_else(|e| {
            console_log!("waymark: scheduled run: {e}");
            Vec::new()
        });
    rows.sort_by_key(|s| s.reg.next_refresh_at);
    // Each due registration with its legs (carrier detected once) and the carriers it will call.
    let mut candidates: Vec<(Due, Vec<Carrier>)> = Vec::new();
    for stored in rows.into_iter().filter(|s| s.reg.is_due(now)) {
        let legs = refresh::wanted(env, &stored.reg);
        let carriers = legs.iter().map(|(c, _)| c.clone()).collect();
        candidates.push(((stored, legs), carriers));
    }
    let quota = Quota {
        per_carrier: config::settings(env).refresh.calls_per_carrier as usize,
    };
    let mut chosen: Vec<Due> = within_quota(&candidates, quota)
        .into_iter()
        .cloned()
        .collect();
    let seventeen: Vec<String> = chosen
        .iter()
        .flat_map(|(_, legs)| legs)
        .filter(|(c, _)| *c == Carrier::SeventeenTrack)
        .map(|(_, n)| n.clone())
        .collect();
    prefetch_17track(env, &seventeen).await;
    let mut queued = 0;
    for (reg, legs) in &mut chosen {
        queued += refresh::refresh(env, reg, legs, now).await;
    }
    flight::clear_prefetched();
    if let Err(e) = registrations::purge(env, now, PURGE_PER_RUN).await {
        console_log!("waymark: purging ended orders: {e}");
    }
    console_log!(
        "waymark: scheduled run refreshed {} registrations, queued {queued} notifications",
        chosen.len()
    );
    (chosen.len(), queued)
}
