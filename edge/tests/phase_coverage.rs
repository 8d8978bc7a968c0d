//! Phase coverage over every shared fixture: how many normalized events are left without a
//! phase (goal ≤ 5%), and how the phases agree with the hand labels in
//! `shared/tests/data/phases/labels.tsv` (goal ≥ 90%). Fails when `CI` is set and the shared
//! fixtures are absent; skips loudly otherwise. Rules and figures: `docs/phases.md`.
//!
//! `dump_events` prints every normalized event of every fixture, one line each
//! (`cargo test -p waymark-edge --test phase_coverage -- --ignored --nocapture dump_events`):
//! the list the hand labels in `shared/tests/data/phases/labels.tsv` were written from.
mod common;

use std::path::{Path, PathBuf};
use waymark_shared::{Carrier, Shipment};

/// The carrier slug of a fixture folder (`dhl_unified` is slug `dhl`).
fn carrier_of(folder: &str) -> Carrier {
    match folder {
        "dhl_unified" => "dhl".parse().unwrap(),
        other => other.parse().unwrap(),
    }
}

/// Every shared fixture file, as (folder, file name, path), sorted; `None` when the shared
/// fixtures are absent.
fn fixture_files() -> Option<Vec<(String, String, PathBuf)>> {
    let root = common::fixtures_dir();
    if !root.is_dir() {
        return None;
    }
    Some(files_under(&root))
}

/// Our own fixtures (`edge/tests/fixtures/<carrier>/`), named `own/<carrier>/<file>`; the
/// inbound push payloads are not tracking replies and are left out.
fn own_fixture_files() -> Vec<(String, String, PathBuf)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    files_under(&root)
        .into_iter()
        .filter(|(folder, _, _)| folder != "inbound")
        .map(|(folder, f, p)| (folder.clone(), format!("own/{folder}/{f}"), p))
        .collect()
}

fn files_under(root: &Path) -> Vec<(String, String, PathBuf)> {
    let mut out = Vec::new();
    for dir in read_sorted(root) {
        if !dir.is_dir() {
            continue;
        }
        let folder = name(&dir);
        for file in read_sorted(&dir) {
            let f = name(&file);
            if file.is_file() && (f.ends_with(".json") || f.ends_with(".xml")) {
                out.push((folder.clone(), f, file));
            }
        }
    }
    out
}

fn read_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} unreadable: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

/// Every fixture's shipments, as (carrier slug, file name, shipments); error replies are
/// skipped (they hold no timeline).
fn all_shipments() -> Option<Vec<(String, String, Vec<Shipment>)>> {
    Some(shipments_of(fixture_files()?))
}

fn shipments_of(files: Vec<(String, String, PathBuf)>) -> Vec<(String, String, Vec<Shipment>)> {
    let mut out = Vec::new();
    for (folder, file, path) in files {
        let carrier = carrier_of(&folder);
        let body = std::fs::read(&path).unwrap();
        if let Ok(shipments) = common::run(carrier.clone(), &body) {
            out.push((carrier.slug().to_string(), file, shipments));
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

#[test]
#[ignore = "a tool: prints every normalized event of every fixture"]
fn dump_events() {
    let Some(mut all) = all_shipments() else {
        eprintln!("\n!!! SKIPPED: shared fixtures absent !!!\n");
        return;
    };
    all.extend(shipments_of(own_fixture_files()));
    for (carrier, file, shipments) in all {
        for s in shipments {
            println!(
                "## {carrier}\t{file}\t{}\tstatus={}\tphase={:?}\tphase_from_carrier_data_only={:?}\tlegs={:?}",
                s.tracking_number,
                serde_json::to_value(s.status).unwrap(),
                s.phase,
                waymark_shared::timeline::derive_phase(
                    &waymark_shared::phase_infer::forget(s.events.clone()),
                    s.status
                ),
                s.legs
                    .iter()
                    .map(|l| format!("{}:{}", l.carrier.slug(), l.tracking_number))
                    .collect::<Vec<_>>()
            );
            for (i, e) in s.events.iter().enumerate() {
                let loc = e.location.as_ref();
                println!(
                    "{carrier}\t{file}\t{}\t{i}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    s.tracking_number,
                    waymark_shared::serde_time::format_utc(&e.at),
                    one_line(&e.description),
                    loc.and_then(|l| l.country.clone()).unwrap_or_default(),
                    loc.and_then(|l| l.city.clone()).unwrap_or_default(),
                    serde_json::to_value(e.status).unwrap().as_str().unwrap(),
                    e.phase.map(|p| p.as_str()).unwrap_or("null").to_string()
                        + if e.phase_inferred { " (inferred)" } else { "" },
                    e.code.clone().unwrap_or_default(),
                    e.carrier.slug(),
                );
            }
        }
    }
}

/// The goal for events left without a phase, over every shared fixture (percent).
const MAX_WITHOUT_PHASE_PCT: f64 = 5.0;
/// The goal for agreement with the hand labels (percent).
const MIN_AGREEMENT_PCT: f64 = 90.0;

/// The shared fixtures, or `None` after a loud notice; absent fixtures fail under CI.
fn shared_or_skip() -> Option<Vec<(String, String, Vec<Shipment>)>> {
    let all = all_shipments();
    if all.is_none() {
        let dir = common::fixtures_dir();
        if std::env::var_os("CI").is_some() {
            panic!(
                "shared fixtures not found at {} and CI is set: phase coverage cannot be measured",
                dir.display()
            );
        }
        eprintln!(
            "\n!!! SKIPPED: shared fixtures not found at {} — phase coverage NOT measured !!!\n",
            dir.display()
        );
    }
    all
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// (events without a phase, events without a phase the carrier gave, events).
fn counts(all: &[(String, String, Vec<Shipment>)]) -> (usize, usize, usize) {
    let events = all.iter().flat_map(|(_, _, s)| s).flat_map(|s| &s.events);
    events.fold((0, 0, 0), |(none, not_given, n), e| {
        (
            none + usize::from(e.phase.is_none()),
            not_given + usize::from(e.phase.is_none() || e.phase_inferred),
            n + 1,
        )
    })
}

/// One hand label.
struct Label {
    carrier: String,
    file: String,
    tracking_number: String,
    index: usize,
    at: String,
    description: String,
    label: String,
}

fn labels() -> Vec<Label> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/tests/data/phases/labels.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} unreadable: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("carrier\t") && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 8, "labels.tsv: short row {l:?}");
            Label {
                carrier: f[0].to_string(),
                file: f[1].to_string(),
                tracking_number: f[2].to_string(),
                index: f[3].parse().expect("labels.tsv: index"),
                at: f[4].to_string(),
                description: f[5].to_string(),
                label: f[7].to_string(),
            }
        })
        .collect()
}

/// The event a label names: same carrier, file, parcel, instant and words (the index only
/// breaks ties, so a change in sort order elsewhere cannot shift labels onto other events).
fn find<'a>(
    all: &'a [(String, String, Vec<Shipment>)],
    l: &Label,
) -> Option<&'a waymark_shared::Event> {
    let mut candidates: Vec<(usize, &waymark_shared::Event)> = all
        .iter()
        .filter(|(c, f, _)| *c == l.carrier && *f == l.file)
        .flat_map(|(_, _, s)| s)
        .filter(|s| s.tracking_number == l.tracking_number)
        .flat_map(|s| s.events.iter().enumerate())
        .filter(|(_, e)| {
            waymark_shared::serde_time::format_utc(&e.at) == l.at
                && one_line(&e.description) == l.description
        })
        .collect();
    candidates.sort_by_key(|(i, _)| i.abs_diff(l.index));
    candidates.first().map(|(_, e)| *e)
}

#[test]
fn phase_coverage_and_agreement_with_hand_labels() {
    let Some(shared) = shared_or_skip() else {
        return;
    };
    let own = shipments_of(own_fixture_files());

    let (none, not_given, n) = counts(&shared);
    println!(
        "shared fixtures: events without a phase from the carrier's data: {not_given}/{n} ({:.1}%)",
        pct(not_given, n)
    );
    println!("events without a phase: {none}/{n} ({:.1}%)", pct(none, n));
    let mut everything = shared.clone();
    everything.extend(own);
    let (none_all, not_given_all, n_all) = counts(&everything);
    println!(
        "with our own fixtures: {not_given_all}/{n_all} ({:.1}%) before inference, {none_all}/{n_all} ({:.1}%) after",
        pct(not_given_all, n_all),
        pct(none_all, n_all)
    );

    let labels = labels();
    let (mut agree, mut agree_real, mut real) = (0, 0, 0);
    let (mut inferred, mut inferred_agree) = (0, 0);
    for l in &labels {
        let is_real = !l.file.starts_with("own/");
        real += usize::from(is_real);
        let Some(e) = find(&everything, l) else {
            println!(
                "  label not matched to any event (adapter output changed?): {} {} {} #{} {} {:?}",
                l.carrier, l.file, l.tracking_number, l.index, l.at, l.description
            );
            continue;
        };
        let ours = e.phase.map_or("unknown", |p| p.as_str());
        let ok = ours == l.label;
        agree += usize::from(ok);
        agree_real += usize::from(ok && is_real);
        if e.phase_inferred || e.phase.is_none() {
            inferred += 1;
            inferred_agree += usize::from(ok);
        }
        if !ok {
            println!(
                "  disagrees: {} {} #{} {:?} ({}): ours {ours}{}, label {}",
                l.carrier,
                l.tracking_number,
                l.index,
                l.description,
                e.location
                    .as_ref()
                    .and_then(|x| x.country.clone())
                    .unwrap_or_default(),
                if e.phase_inferred {
                    " (inferred)"
                } else if e.phase.is_some() {
                    " (carrier's)"
                } else {
                    ""
                },
                l.label
            );
        }
    }
    let b = labels.len();
    println!(
        "agreement with hand labels: {agree}/{b} ({:.1}%)",
        pct(agree, b)
    );
    println!(
        "  real payloads only: {agree_real}/{real} ({:.1}%); events the carrier left without a phase: {inferred_agree}/{inferred} ({:.1}%)",
        pct(agree_real, real),
        pct(inferred_agree, inferred)
    );

    assert!(
        pct(none, n) <= MAX_WITHOUT_PHASE_PCT,
        "events without a phase: {none}/{n} ({:.1}%) > {MAX_WITHOUT_PHASE_PCT}%",
        pct(none, n)
    );
    assert!(
        pct(agree, b) >= MIN_AGREEMENT_PCT,
        "agreement with hand labels: {agree}/{b} ({:.1}%) < {MIN_AGREEMENT_PCT}%",
        pct(agree, b)
    );
}
