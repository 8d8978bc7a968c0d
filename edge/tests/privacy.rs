//! Personal data never reaches the normalized output, whatever field of whatever carrier it
//! is put in: names after a signature or receipt marker (eleven languages, six scripts),
//! emails, phone numbers and street lines are appended to every string of every fixture — our
//! own (edge/tests/fixtures) and the real replies in ../shared/fixtures when present — one at
//! a time, and each reply is normalized by its carrier's adapter. And on the fixtures as they
//! are, the words the scrub removes are counted and listed (its false positives: a real
//! reply's text rarely names anyone).

mod common;

use chrono::{TimeZone, Utc};
use std::path::{Path, PathBuf};
use waymark_edge::carriers::{self, Context};
use waymark_edge::normalize::personal;
use waymark_shared::Carrier;

/// One injected piece of personal data and the parts of it that must not come out.
struct Sample {
    text: &'static str,
    secrets: &'static [&'static str],
}

const SAMPLES: &[Sample] = &[
    Sample {
        text: "Signed for by: Evangeline Przybylski",
        secrets: &["Przybylski", "Evangeline"],
    },
    Sample {
        text: "received by Mr Oyelaran-Whitcombe",
        secrets: &["Oyelaran"],
    },
    Sample {
        text: "remis à Théophile Vaugirardin",
        secrets: &["Vaugirardin"],
    },
    Sample {
        text: "zugestellt an Kunibert Obermoosleitner",
        secrets: &["Obermoosleitner"],
    },
    Sample {
        text: "recibido por Ximena Quintanilla",
        secrets: &["Quintanilla"],
    },
    Sample {
        text: "签收人：欧阳娜娜",
        secrets: &["欧阳娜娜"],
    },
    Sample {
        text: "受取人：綾小路きみまろ",
        secrets: &["綾小路"],
    },
    Sample {
        text: "المستلم: عبدالرحمن القحطاني",
        secrets: &["القحطاني"],
    },
    Sample {
        text: "ผู้รับ: ประยุทธ์ จันทร์โอชา",
        secrets: &["จันทร์โอชา"],
    },
    Sample {
        text: "Получатель: Аркадий Вольфензон",
        secrets: &["Вольфензон"],
    },
    Sample {
        text: "수령인: 황보민재",
        secrets: &["황보민재"],
    },
    Sample {
        text: "contact evangeline.przybylski@example.com",
        secrets: &["przybylski@", "@example.com"],
    },
    Sample {
        text: "call +44 20 7946 0958",
        secrets: &["7946 0958"],
    },
    Sample {
        text: "Tel: (415) 555-0199",
        secrets: &["555-0199"],
    },
    Sample {
        text: ", Oderweg 2",
        secrets: &["Oderweg"],
    },
    Sample {
        text: ", 221B Baker Street",
        secrets: &["Baker Street"],
    },
];

fn carrier_of(dir: &str) -> Option<Carrier> {
    match dir {
        "dhl_unified" => Some(Carrier::Dhl),
        "inbound" => None,
        d => d.parse().ok(),
    }
}

/// Every fixture file with its carrier: ours, and the shared ones when present.
fn fixtures() -> Vec<(Carrier, PathBuf)> {
    let mut out = Vec::new();
    let ours = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for root in [ours, common::fixtures_dir()] {
        let Ok(dirs) = std::fs::read_dir(&root) else {
            continue;
        };
        for dir in dirs.flatten() {
            let Some(carrier) = carrier_of(&dir.file_name().to_string_lossy()) else {
                continue;
            };
            let Ok(files) = std::fs::read_dir(dir.path()) else {
                continue;
            };
            for f in files.flatten() {
                let p = f.path();
                if matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "xml")) {
                    out.push((carrier.clone(), p));
                }
            }
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// The byte ranges of every string a reply holds: JSON string values, XML text nodes.
fn string_spans(text: &str, path: &Path) -> Vec<(usize, usize)> {
    if path.extension().is_some_and(|e| e == "xml") {
        let Ok(doc) = roxmltree::Document::parse(text) else {
            return vec![];
        };
        return doc
            .descendants()
            .filter(|n| n.is_text() && !n.text().unwrap_or_default().trim().is_empty())
            .map(|n| (n.range().start, n.range().end))
            .collect();
    }
    // JSON: each string literal in value position (after ':' or in an array).
    let bytes = text.as_bytes();
    let (mut out, mut i, mut last_sig) = (Vec::new(), 0, b' ');
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'"' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            if matches!(last_sig, b':' | b'[' | b',') && !is_key(bytes, j + 1) {
                out.push((start, j));
            }
            i = j + 1;
            last_sig = b'"';
            continue;
        }
        if !b.is_ascii_whitespace() {
            last_sig = b;
        }
        i += 1;
    }
    out
}

/// Whether a `:` follows position `i` (the string before it was a key).
fn is_key(bytes: &[u8], mut i: usize) -> bool {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i < bytes.len() && bytes[i] == b':'
}

#[test]
fn injected_personal_data_never_reaches_the_output() {
    let ctx = Context {
        fetched_at: Utc.with_ymd_and_hms(2026, 12, 4, 12, 0, 0).unwrap(),
    };
    let (mut cases, mut normalized, mut leaks) = (0usize, 0usize, Vec::new());
    let files = fixtures();
    // Our own fixtures (every adapter but Seko's) are always there; the shared ones add more.
    assert!(files.len() >= 20, "only {} fixtures found", files.len());
    for (carrier, path) in &files {
        let text = std::fs::read_to_string(path).unwrap();
        for (k, (start, end)) in string_spans(&text, path).into_iter().enumerate() {
            // Every string gets three samples, rotating, so each sample meets every carrier.
            for s in 0..3 {
                let sample = &SAMPLES[(k * 3 + s) % SAMPLES.len()];
                let mutated = format!("{} {}{}", &text[..end], sample.text, &text[end..]);
                let _ = start;
                cases += 1;
                let Ok(found) = carriers::normalize(carrier, mutated.as_bytes(), &ctx) else {
                    continue;
                };
                normalized += 1;
                let out = serde_json::to_string(&found).unwrap();
                for secret in sample.secrets {
                    if let Some(at) = out.find(secret) {
                        let from = out[..at].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
                        let context: String = out[from..].chars().take(120).collect();
                        leaks.push(format!(
                            "{} string #{k}: `{}` → {secret} in …{context}",
                            path.file_name().unwrap().to_string_lossy(),
                            sample.text
                        ));
                    }
                }
            }
        }
    }
    println!(
        "privacy: {cases} injections into {} fixtures, {normalized} normalized, {} leaks",
        files.len(),
        leaks.len()
    );
    assert!(
        leaks.is_empty(),
        "{} leaks:\n{}",
        leaks.len(),
        leaks
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn false_positives_on_real_replies_are_counted() {
    // Every string of every fixture (codes, texts, places, names) through the scrub: what it
    // changes is listed. Real replies rarely name anyone, so each change is to be read as a
    // possible false positive.
    let (mut strings, mut changed) = (0usize, Vec::new());
    for (_, path) in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let xml = path.extension().is_some_and(|e| e == "xml");
        for (start, end) in string_spans(&text, &path) {
            let raw = &text[start..end];
            let value = if xml {
                raw.to_string()
            } else {
                serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_default()
            };
            strings += 1;
            let scrubbed = personal::scrub(&value);
            if scrubbed != value {
                changed.push(format!(
                    "{}: `{value}` → `{scrubbed}`",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    println!(
        "privacy: the scrub changed {} of {strings} strings in the fixtures:",
        changed.len()
    );
    for c in &changed {
        println!("  {c}");
    }
    assert!(strings > 400, "{strings} strings");
}
