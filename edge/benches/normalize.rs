//! Normalization throughput: every real fixture that normalizes, and a synthetic three-leg,
//! 150-event parcel (normalize each leg, then merge). Throughput is in events, so criterion's
//! "thrpt" line gives events per second (ns per event = 1e9 / thrpt).

#[path = "support/synthetic.rs"]
mod synthetic;

use chrono::TimeZone;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::PathBuf;
use waymark_edge::carriers::{self, Context};
use waymark_shared::{Carrier, Shipment};

fn ctx() -> Context {
    Context {
        fetched_at: chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    }
}

fn slug_for_dir(dir: &str) -> &str {
    match dir {
        "dhl_unified" => "dhl",
        other => other,
    }
}

fn fixtures(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures");
    let Ok(dirs) = std::fs::read_dir(&root) else {
        eprintln!(
            "!!! SKIPPED fixture benchmarks: {} not found !!!",
            root.display()
        );
        return;
    };
    let mut group = c.benchmark_group("fixture");
    let mut entries: Vec<_> = dirs.flatten().filter(|d| d.path().is_dir()).collect();
    entries.sort_by_key(|d| d.file_name());
    for dir in entries {
        let name = dir.file_name().to_string_lossy().to_string();
        let Ok(carrier) = slug_for_dir(&name).parse::<Carrier>() else {
            continue;
        };
        let mut files: Vec<_> = std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .collect();
        files.sort_by_key(|f| f.file_name());
        for file in files {
            let fname = file.file_name().to_string_lossy().to_string();
            if !(fname.ends_with(".json") || fname.ends_with(".xml")) {
                continue;
            }
            let Ok(body) = std::fs::read(file.path()) else {
                continue;
            };
            let Ok(shipments) = carriers::normalize(&carrier, &body, &ctx()) else {
                continue;
            };
            let events: usize = shipments.iter().map(|s| s.events.len()).sum();
            if events == 0 {
                continue;
            }
            group.throughput(Throughput::Elements(events as u64));
            group.bench_function(format!("{}/{}", carrier.slug(), fname), |b| {
                b.iter(|| carriers::normalize(&carrier, black_box(&body), &ctx()))
            });
        }
    }
    group.finish();
}

/// Normalizes the three legs and merges them into one shipment.
fn three_leg_shipment(legs: &[(&'static str, Vec<u8>)]) -> Option<Shipment> {
    let parts: Vec<Shipment> = legs
        .iter()
        .filter_map(|(slug, body)| {
            let carrier: Carrier = slug.parse().ok()?;
            carriers::normalize(&carrier, body, &ctx())
                .ok()?
                .into_iter()
                .next()
        })
        .collect();
    Shipment::merge_legs(parts)
}

fn synthetic(c: &mut Criterion) {
    let legs = synthetic::three_legs();
    let merged = three_leg_shipment(&legs);
    let events = merged.as_ref().map_or(0, |s| s.events.len());
    eprintln!("synthetic three-leg parcel: {events} events after merge");
    let mut group = c.benchmark_group("synthetic");
    group.throughput(Throughput::Elements((synthetic::EVENTS_PER_LEG * 3) as u64));
    group.bench_function("three_legs_150_events", |b| {
        b.iter(|| three_leg_shipment(black_box(&legs)))
    });
    group.finish();
}

criterion_group!(benches, fixtures, synthetic);
criterion_main!(benches);
