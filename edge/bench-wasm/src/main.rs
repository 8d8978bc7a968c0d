//! The synthetic three-leg parcel normalized and merged inside WebAssembly (wasm32-wasip1,
//! run by Node's WASI): CPU per shipment as the worker would spend it.
//!   bash scripts/bench/normalize.sh  (builds this crate for wasm32-wasip1)

#[path = "../../benches/support/synthetic.rs"]
mod synthetic;

use chrono::TimeZone;
use std::time::Instant;
use waymark_edge::carriers::{self, Context};
use waymark_shared::{Carrier, Shipment};

fn main() {
    let ctx = Context {
        fetched_at: chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    };
    let legs = synthetic::three_legs();
    let run = || {
        let parts: Vec<Shipment> = legs
            .iter()
            .filter_map(|(slug, body)| {
                let carrier: Carrier = slug.parse().ok()?;
                carriers::normalize(&carrier, body, &ctx)
                    .ok()?
                    .into_iter()
                    .next()
            })
            .collect();
        Shipment::merge_legs(parts)
    };
    let events = run().map_or(0, |s| s.events.len());
    for _ in 0..20 {
        std::hint::black_box(run());
    }
    let iterations = std::env::var("WAYMARK_BENCH_ITERATIONS").ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    let started = Instant::now();
    for _ in 0..iterations {
        std::hint::black_box(run());
    }
    let per = started.elapsed().as_secs_f64() * 1e3 / iterations as f64;
    println!("wasm32 (node WASI): three-leg 150-event parcel → {events} events merged; {per:.3} ms per shipment over {iterations} runs");
}
