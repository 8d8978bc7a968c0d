//! Carrier detection against an independent test set: numbers collected from carriers' own
//! developer documentation and from other public libraries' test suites
//! (`tests/data/detect/independent.tsv`, every row with its source), none of them in the
//! tracking_number_data set that `detect_dataset.rs` uses. The set was frozen, with this scoring
//! rule, before detection was changed to fit it.
//!
//! # Scoring rule (declared before measuring)
//!
//! * A number counts as correct when the **first** candidate of `detect()` names a carrier in the
//!   row's accepted slugs. Only the first candidate counts (top-1); the confidence and the check
//!   digit verdict do not: a documented placeholder whose check digit fails (`ET123456789AU`)
//!   still counts, because detection keeps such numbers, with a lower confidence.
//! * The first accepted slug is the **issuer**: the carrier whose number it is.
//! * UPU S10 numbers (`XX123456789CC`) are issued by the post of the country suffix, whoever
//!   tracks the item later: the expected answer is that post's carrier when Waymark has one
//!   (`LX123456789US` is `usps` even though the source tracks it at Australia Post). An S10
//!   number from a post Waymark has no carrier for would count as correct when the first
//!   candidate is any carrier Waymark tracks that accepts it; this set holds none.
//! * A USPS Intelligent Mail package barcode (the 22-digit `92…`/`93…` form) printed by a
//!   consolidator that hands the parcel to USPS (FedEx Ground Economy, formerly SmartPost) is a
//!   USPS number too, tracked by USPS and by the consolidator: both slugs are accepted, the
//!   consolidator first. The 20-digit form (the barcode without its `92` application
//!   identifier) is what FedEx shows for Ground Economy: only `fedex` is accepted.
//! * An aggregator (`easypost`, `17track`) or a carrier Waymark has no slug for is never correct.
//!
//! Prints `independent set: N/M top-1` and the misses; asserts a floor.

use std::path::PathBuf;
use waymark_shared::detect::{detect, normalize_number};

/// The floor, raised as detection improves (top-1 correct, out of every row).
const MIN_CORRECT: usize = 67;

struct Row {
    number: String,
    accepted: Vec<String>,
    family: String,
}

fn rows() -> Vec<Row> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/detect/independent.tsv");
    let text = std::fs::read_to_string(&path).expect("independent.tsv");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "four tab-separated columns: {l:?}");
            assert!(
                !cols[3].trim().is_empty(),
                "every row names its source: {l:?}"
            );
            Row {
                number: cols[0].to_string(),
                accepted: cols[1].split('|').map(str::to_string).collect(),
                family: cols[2].to_string(),
            }
        })
        .collect()
}

/// The tracking_number_data numbers, valid and invalid, normalized (empty when the set is absent).
fn dataset_numbers() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/tracking_number_data/couriers");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("(tracking_number_data not found: independence not re-checked)");
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let data: serde_json::Value =
            serde_json::from_slice(&std::fs::read(e.path()).unwrap()).unwrap();
        for f in data["tracking_numbers"].as_array().into_iter().flatten() {
            for kind in ["valid", "invalid"] {
                for n in f["test_numbers"][kind].as_array().into_iter().flatten() {
                    if let Some(s) = n.as_str() {
                        out.push(normalize_number(s));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn independent_set_top1() {
    let rows = rows();
    let dataset = dataset_numbers();
    let mut correct = 0;
    let mut misses = Vec::new();
    for row in &rows {
        assert!(
            !dataset.contains(&normalize_number(&row.number)),
            "{} is in tracking_number_data: not independent",
            row.number
        );
        let candidates = detect(&row.number);
        let top = candidates.first().map(|c| c.carrier.slug().to_string());
        let ok = top.as_deref().is_some_and(|s| {
            row.accepted.iter().any(|a| a == s) && s != "easypost" && s != "17track"
        });
        if ok {
            correct += 1;
        } else {
            misses.push(format!(
                "  {:<36} expected {:<16} got {:<14} ({}) [{}]",
                row.number,
                row.accepted.join("|"),
                top.unwrap_or_else(|| "nothing".into()),
                row.family,
                candidates
                    .iter()
                    .map(|c| format!("{}:{}:{:.2}", c.carrier.slug(), c.format, c.confidence))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    eprintln!("independent set: {correct}/{} top-1", rows.len());
    for m in &misses {
        eprintln!("{m}");
    }
    assert!(
        correct >= MIN_CORRECT,
        "independent set: {correct}/{} top-1, below the floor of {MIN_CORRECT}",
        rows.len()
    );
}
