//! The cost model: what one tracked order costs to run on Cloudflare, from the operation
//! counts of simulated order lifecycles through the real pieces — the Cainiao adapter reads each
//! reply, the refresh cadence (`proactive::cadence`) decides when the next Cron run asks again,
//! `proactive::transition` finds each notification — on a 10-minute Cron. Prices: Cloudflare's
//! published Workers Paid rates (developers.cloudflare.com pricing pages for Workers, D1, KV,
//! Queues, read 2026-12); EasyPost's published 2 ¢ per tracker beside it.
//!   cargo bench -p waymark-edge --bench cost
//!
//! What is counted per order, and why:
//! - requests: the registration, the buyer's widget views (VIEWS, each a public-worker request;
//!   a miss asks waymark-updates over a service binding, which Cloudflare does not bill as a
//!   request), its share of Cron invocations (one per run, ≤ 200 orders each) and of queue
//!   consumer invocations (batches of 10);
//! - CPU: a stated assumption (CPU_MS per operation), not a measurement — at $0.02 per million
//!   CPU-ms it does not move the total;
//! - D1: per refresh 1 row read by the due-scan, 2 by the read of the row, 1 row + 3 index
//!   entries written (D1 counts a written index entry as a written row); per notification the
//!   log insert and its outcome (2 rows + 2 index entries); the registration (row, 6 index
//!   entries, one number row);
//! - KV: per refresh one write of the leg's last good copy (written on change, or at most hourly
//!   — the cadence's gaps are an hour or more, so every refresh), one read per buyer view miss;
//! - Queues: 3 operations per message (write, read, delete);
//! - carrier calls: free at the carriers' own APIs (an aggregator such as 17TRACK bills them).

use chrono::{DateTime, Duration, TimeZone, Utc};
use waymark_edge::carriers::{self, Context};
use waymark_edge::proactive::{cadence, transition};
use waymark_shared::{Carrier, Shipment};

/// Buyer views of the tracking widget over an order's life (a typical cross-border order is
/// looked at a few times; ParcelPanel's public figures put it at 3–7).
const VIEWS: f64 = 6.0;
/// Assumed CPU per operation (request, refresh, message), in ms.
const CPU_MS: f64 = 5.0;
/// Orders per Cron run (REFRESH_MAX_PER_RUN) and messages per consumer batch.
const PER_RUN: f64 = 200.0;
const PER_BATCH: f64 = 10.0;

/// Workers Paid, USD.
const BASE_FEE: f64 = 5.0;
const PER_M_REQUESTS: f64 = 0.30;
const PER_M_CPU_MS: f64 = 0.02;
const PER_M_D1_READ: f64 = 0.001;
const PER_M_D1_WRITTEN: f64 = 1.00;
const PER_GB_MONTH_D1: f64 = 0.75;
const PER_M_KV_READ: f64 = 0.50;
const PER_M_KV_WRITE: f64 = 5.00;
const PER_M_QUEUE_OPS: f64 = 0.40;
/// EasyPost's published price per tracker.
const EASYPOST_PER_TRACKER: f64 = 0.02;
/// Stored bytes per order (scripts/bench/d1.mjs: 4.14 KB with indexes), kept 150 days.
const BYTES_PER_ORDER: f64 = 4.14 * 1024.0;

/// A scripted parcel: (days after pickup, Cainiao action code, description).
type Script = &'static [(f64, &'static str, &'static str)];

const AIR: Script = &[
    (0.0, "PU_PICKUP_SUCCESS", "Shipment picked up"),
    (1.0, "CC_EX_SUCCESS", "Export customs clearance complete"),
    (2.0, "LH_DEPART", "Departed from origin airport"),
    (4.0, "LH_ARRIVE", "Arrived at destination airport"),
    (4.5, "CC_IM_START", "Import customs clearance started"),
    (5.0, "CC_IM_SUCCESS", "Import customs clearance complete"),
    (6.6, "GTMS_DO_DEPART", "Out for delivery"),
    (6.9, "GTMS_SIGNED", "Delivered"),
];

const SLOW: Script = &[
    (0.0, "PU_PICKUP_SUCCESS", "Shipment picked up"),
    (2.0, "CC_EX_SUCCESS", "Export customs clearance complete"),
    (3.0, "LH_DEPART", "Departed from origin port"),
    (17.0, "LH_ARRIVE", "Arrived at destination port"),
    (18.0, "CC_IM_START", "Import customs clearance started"),
    (21.0, "CC_IM_SUCCESS", "Import customs clearance complete"),
    (23.5, "GTMS_DO_DEPART", "Out for delivery"),
    (23.6, "DELIVERY_FAIL", "Delivery attempt failed"),
    (24.6, "GTMS_DO_DEPART", "Out for delivery"),
    (24.8, "GTMS_SIGNED", "Delivered"),
];

fn reply(script: Script, start: DateTime<Utc>, now: DateTime<Utc>) -> Vec<u8> {
    let details: Vec<serde_json::Value> = script
        .iter()
        .rev()
        .map(|(days, code, desc)| (start + Duration::minutes((days * 1440.0) as i64), code, desc))
        .filter(|(at, _, _)| *at <= now)
        .map(|(at, code, desc)| {
            let local = at + Duration::hours(8);
            serde_json::json!({"time": at.timestamp_millis(), "timeStr": local.format("%Y-%m-%d %H:%M:%S").to_string(),
                "timeZone": "GMT+08:00", "actionCode": code, "desc": desc})
        })
        .collect();
    serde_json::json!({"success": true, "module": [{"mailNo": "LP00100000001CN", "originCountry": "China",
        "destCountry": "United States", "status": "TRANSIT", "detailList": details}]})
    .to_string()
    .into_bytes()
}

/// Counts for one order's life.
#[derive(Default, Debug)]
struct Counts {
    refreshes: f64,
    notifications: f64,
}

/// Runs one order from registration (just after its label) to delivery on a 10-minute Cron.
fn lifecycle(script: Script) -> Counts {
    let start = Utc.with_ymd_and_hms(2026, 11, 2, 3, 0, 0).unwrap();
    let mut now = start - Duration::hours(2);
    let mut counts = Counts::default();
    let mut notified: Vec<String> = Vec::new();
    let mut snapshot: Vec<Shipment>;
    loop {
        counts.refreshes += 1.0;
        snapshot = carriers::normalize(
            &Carrier::Cainiao,
            &reply(script, start, now),
            &Context { fetched_at: now },
        )
        .unwrap_or_default();
        for t in transition::unsent("o-1", &snapshot, &notified) {
            counts.notifications += 1.0;
            notified.push(t.key);
        }
        // As `worker_entry::refresh` does: nothing scanned yet → ask again after AFTER_FAILURE.
        let next = match cadence::next_refresh(&snapshot, now) {
            Some(next) => next,
            None if snapshot.is_empty() => now + cadence::AFTER_FAILURE,
            None => break,
        };
        // The next Cron run at or after `next`.
        let minutes = (next - start).num_minutes();
        now = start + Duration::minutes(((minutes + 9) / 10) * 10);
        if now - start > Duration::days(90) {
            break;
        }
    }
    counts
}

fn main() {
    let lives = [
        ("air, 7 days", lifecycle(AIR)),
        ("sea + a failed attempt, 25 days", lifecycle(SLOW)),
    ];
    let mut per_order = Vec::new();
    for (name, c) in &lives {
        println!(
            "cost: lifecycle {name}: {} refreshes, {} notifications",
            c.refreshes, c.notifications
        );
        per_order.push(c);
    }
    let n = per_order.len() as f64;
    let refreshes = per_order.iter().map(|c| c.refreshes).sum::<f64>() / n;
    let notes = per_order.iter().map(|c| c.notifications).sum::<f64>() / n;
    let requests = 1.0 + VIEWS + refreshes / PER_RUN + notes / PER_BATCH;
    let cpu = CPU_MS * (1.0 + VIEWS + refreshes + notes);
    let d1_read = 3.0 * refreshes + 1.0;
    let d1_written = 8.0 + 4.0 * refreshes + 4.0 * notes;
    let kv_write = refreshes;
    let kv_read = VIEWS;
    let queue_ops = 3.0 * notes;
    let storage_gb_month = BYTES_PER_ORDER * (150.0 / 30.0) / 1e9;
    let per_k = |count: f64, per_m: f64| count * 1000.0 / 1e6 * per_m;
    let lines = [
        ("requests", requests, per_k(requests, PER_M_REQUESTS)),
        ("CPU ms (assumed)", cpu, per_k(cpu, PER_M_CPU_MS)),
        ("D1 rows read", d1_read, per_k(d1_read, PER_M_D1_READ)),
        (
            "D1 rows written",
            d1_written,
            per_k(d1_written, PER_M_D1_WRITTEN),
        ),
        (
            "D1 storage, GB-months",
            storage_gb_month,
            storage_gb_month * 1000.0 * PER_GB_MONTH_D1,
        ),
        ("KV reads", kv_read, per_k(kv_read, PER_M_KV_READ)),
        ("KV writes", kv_write, per_k(kv_write, PER_M_KV_WRITE)),
        (
            "Queue operations",
            queue_ops,
            per_k(queue_ops, PER_M_QUEUE_OPS),
        ),
    ];
    println!(
        "cost: per order (mean of the lifecycles) | count | USD per 1,000 orders at list price"
    );
    let mut total = 0.0;
    for (what, count, usd) in lines {
        total += usd;
        println!("cost: {what} | {count:.2} | {usd:.4}");
    }
    let easypost = EASYPOST_PER_TRACKER * 1000.0;
    println!(
        "cost: Waymark on Cloudflare: ${total:.2} per 1,000 tracked orders (usage at list price, before the plan's included amounts), plus the Workers Paid base fee of ${BASE_FEE:.2}/month, which includes 10M requests, 30M CPU-ms, 25B D1 rows read, 50M rows written, 10M KV reads, 1M KV writes and 1M Queue operations a month"
    );
    let monthly_writes = 1_000_000.0 / kv_write;
    println!(
        "cost: EasyPost: ${easypost:.2} per 1,000 trackers → Waymark is {:.3}× EasyPost's price; the included KV writes alone cover {:.0} orders a month",
        total / easypost,
        monthly_writes
    );
}
