//! Helpers for tests that read the real carrier payloads in `../shared/fixtures`.
#![allow(dead_code)]

use chrono::{TimeZone, Utc};
use std::path::PathBuf;
use waymark_edge::carriers::{self, AdapterError, Context};
use waymark_shared::{Carrier, Shipment};

/// Where the shared fixtures live: `$WAYMARK_FIXTURES`, else `../shared/fixtures` beside the
/// repository.
pub fn fixtures_dir() -> PathBuf {
    std::env::var_os("WAYMARK_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures"))
}

/// Whether absent shared fixtures fail the run instead of skipping it: on CI (`CI` set, as
/// every CI service sets it), a green run must mean the carriers were checked.
pub fn fixtures_required() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// A fixture's bytes; `None` (with a loud notice) when the shared fixtures are absent, or a
/// failure when they are absent on CI.
pub fn shared_fixture(dir: &str, file: &str) -> Option<Vec<u8>> {
    let path = fixtures_dir().join(dir).join(file);
    if !fixtures_dir().is_dir() {
        assert!(
            !fixtures_required(),
            "shared fixtures not found at {} and CI is set: carrier conformance cannot be \
             skipped on CI (set WAYMARK_FIXTURES, or check out ../shared/fixtures)",
            fixtures_dir().display()
        );
        eprintln!(
            "\n!!! SKIPPED: shared fixtures not found at {} — carrier conformance NOT checked !!!\n",
            fixtures_dir().display()
        );
        return None;
    }
    Some(
        std::fs::read(&path)
            .unwrap_or_else(|e| panic!("fixture {} unreadable: {e}", path.display())),
    )
}

/// The shared fixtures folder; `None` (with a loud notice) when absent, a failure when absent
/// on CI — for tests that walk every shared fixture rather than read one.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = fixtures_dir();
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        !fixtures_required(),
        "shared fixtures not found at {} and CI is set: they cannot be skipped on CI",
        dir.display()
    );
    eprintln!(
        "\n!!! SKIPPED: shared fixtures not found at {} — shared payloads NOT checked !!!\n",
        dir.display()
    );
    None
}

/// A fixture of our own, under `edge/tests/fixtures/`.
pub fn own_fixture(path: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read(&p).unwrap_or_else(|e| panic!("own fixture {} unreadable: {e}", p.display()))
}

/// The fixed fetch time the conformance tests use.
pub fn ctx() -> Context {
    Context {
        fetched_at: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    }
}

/// Normalizes bytes with a carrier's adapter at the fixed fetch time.
pub fn run(carrier: Carrier, body: &[u8]) -> Result<Vec<Shipment>, AdapterError> {
    carriers::normalize(&carrier, body, &ctx())
}

/// Normalizes a shared fixture; `None` when fixtures are absent.
pub fn run_shared(
    carrier: Carrier,
    dir: &str,
    file: &str,
) -> Option<Result<Vec<Shipment>, AdapterError>> {
    shared_fixture(dir, file).map(|b| run(carrier, &b))
}

/// RFC 3339 UTC text of an event's instant, for compact assertions.
pub fn utc(s: &Shipment, i: usize) -> String {
    waymark_shared::serde_time::format_utc(&s.events[i].at)
}

/// Asserts the invariants every normalized shipment must hold.
pub fn assert_invariants(s: &Shipment) {
    assert!(
        s.events.windows(2).all(|w| w[0].at <= w[1].at),
        "events oldest first"
    );
    assert!(!s.legs.is_empty(), "at least one leg");
    if s.events
        .iter()
        .any(|e| e.status == waymark_shared::Status::Delivered)
        && !s
            .events
            .iter()
            .any(|e| e.status.terminal_rank() > waymark_shared::Status::Delivered.terminal_rank())
    {
        assert_eq!(
            s.status,
            waymark_shared::Status::Delivered,
            "delivered stays delivered"
        );
    }
    let json = serde_json::to_string(s).unwrap();
    let back: Shipment = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, s, "JSON round trip");
}
