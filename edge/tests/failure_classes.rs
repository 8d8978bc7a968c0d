//! The failure classes an outside measurement found on carrier replies we had never used, one
//! section each. Every test here failed before its fix; each class is checked in several
//! carriers, on our own fixtures (`edge/tests/fixtures/`) written from the pattern.
mod common;

use chrono::{DateTime, Datelike, Utc};
use std::path::{Path, PathBuf};
use waymark_shared::serde_time::format_utc;
use waymark_shared::{Carrier, EtaBasis, Phase, Shipment, Status};

fn own(carrier: Carrier, path: &str) -> Vec<Shipment> {
    let shipments =
        common::run(carrier, &common::own_fixture(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    for s in &shipments {
        common::assert_invariants(s);
    }
    shipments
}

fn one(carrier: Carrier, path: &str) -> Shipment {
    let mut shipments = own(carrier, path);
    assert_eq!(shipments.len(), 1, "{path}: one parcel");
    shipments.remove(0)
}

/// The event whose description contains `words`.
fn event<'a>(s: &'a Shipment, words: &str) -> &'a waymark_shared::Event {
    s.events
        .iter()
        .find(|e| e.description.contains(words))
        .unwrap_or_else(|| panic!("no event saying {words:?} in {:#?}", s.events))
}

fn no_return(s: &Shipment) {
    assert!(
        !s.events.iter().any(|e| matches!(
            e.status,
            Status::ReturnedToSender | Status::ReturningToSender
        )),
        "a warning is not a return: {:#?}",
        s.events
    );
}

// ---------------------------------------------------------------------------------------------
// 1. Conditional / future wording taken as the outcome.
// ---------------------------------------------------------------------------------------------

#[test]
fn english_warnings_are_not_returns_and_the_delivery_shows_australia_post() {
    let s = one(
        Carrier::AustraliaPost,
        "australiapost/pickup_warning_then_delivered.json",
    );
    let warned = event(&s, "returned to sender if not collected");
    assert_eq!(warned.status, Status::AvailableForPickup);
    assert_eq!(warned.phase, Some(Phase::LastMile));
    assert!(
        warned
            .description
            .contains("if not collected within 10 days"),
        "the warning is kept in the text"
    );
    assert_eq!(event(&s, "If unclaimed").status, Status::AvailableForPickup);
    assert_eq!(
        event(&s, "Delivery will be attempted tomorrow").status,
        Status::InTransit
    );
    no_return(&s);
    assert_eq!(
        s.status,
        Status::Delivered,
        "the terminal rule no longer hides it"
    );
}

#[test]
fn french_warnings_are_not_returns_17track_relaying_la_poste() {
    let s = one(
        Carrier::SeventeenTrack,
        "17track/laposte_french_warning_no_codes.json",
    );
    let warned = event(&s, "s'il n'est pas retiré");
    assert_eq!(warned.status, Status::AvailableForPickup);
    assert!(warned
        .description
        .contains("Il sera retourné à l'expéditeur"));
    no_return(&s);
    assert_eq!(s.events.last().unwrap().status, Status::Delivered);
    assert_eq!(s.status, Status::Delivered);
}

#[test]
fn chinese_and_english_warnings_are_not_returns_cainiao() {
    let s = one(
        Carrier::Cainiao,
        "cainiao/zh_en_pickup_warning_then_signed.json",
    );
    assert_eq!(
        event(&s, "如未在7天内领取").status,
        Status::AvailableForPickup
    );
    assert_eq!(
        event(&s, "returned to sender if not collected").status,
        Status::AvailableForPickup
    );
    assert_eq!(event(&s, "将于明天派送").status, Status::InTransit);
    no_return(&s);
    assert_eq!(s.status, Status::Delivered);
}

#[test]
fn german_and_spanish_future_wording_is_not_a_delivery_dhl() {
    let shipments = own(Carrier::Dhl, "dhl/de_es_future_wording_no_codes.json");
    let de = &shipments[0];
    assert_eq!(
        event(de, "voraussichtlich morgen zugestellt").status,
        Status::InTransit
    );
    let es = &shipments[1];
    assert_eq!(event(es, "será entregado mañana").status, Status::InTransit);
    assert_eq!(es.status, Status::InTransit, "not delivered yet");
}

// ---------------------------------------------------------------------------------------------
// 2. Events without a status code: classified from their words, never dropped.
// ---------------------------------------------------------------------------------------------

#[test]
fn dhl_event_with_only_a_description_is_classified_from_it() {
    let shipments = own(Carrier::Dhl, "dhl/de_es_future_wording_no_codes.json");
    let de = &shipments[0];
    assert_eq!(de.events.len(), 3, "every event kept");
    let delivered = event(de, "erfolgreich zugestellt");
    assert_eq!(delivered.code, None, "no statusCode, no status text");
    assert_eq!(delivered.status, Status::Delivered);
    assert_eq!(delivered.phase, Some(Phase::LastMile));
    assert_eq!(de.status, Status::Delivered);
}

#[test]
fn events_without_codes_keep_the_timeline_17track_and_cainiao() {
    let s = one(
        Carrier::SeventeenTrack,
        "17track/laposte_french_warning_no_codes.json",
    );
    assert_eq!(s.events.len(), 3);
    assert!(s.events.iter().all(|e| e.code.is_none()));
    let s = one(
        Carrier::Cainiao,
        "cainiao/zh_en_pickup_warning_then_signed.json",
    );
    assert_eq!(s.events.len(), 5);
}

/// Every adapter with a code table, given an event without its code: the event is kept and
/// its words say what it is.
#[test]
fn every_coded_adapter_classifies_a_code_less_event_from_its_words() {
    let cases: [(Carrier, &str); 9] = [
        (
            Carrier::RoyalMail,
            r#"{"mailPieces": {"mailPieceId": "X1", "summary": {"oneDBarcode": "AB123456785GB"},
              "events": [{"eventName": "Delivered", "eventDateTime": "2026-03-02T10:04:00+00:00"}]}}"#,
        ),
        (
            Carrier::LaPoste,
            r#"{"returnCode": 200, "shipment": {"idShip": "6A12345678901",
              "event": [{"label": "Votre colis est livré.", "date": "2026-03-02T10:04:00+01:00"}]}}"#,
        ),
        (
            Carrier::Usps,
            r#"{"trackingNumber": "9400111899223100000059", "trackingEvents": [{"eventType": "Delivered, In/At Mailbox",
              "GMTTimestamp": "2026-03-02T18:58:40Z", "eventState": "FL"}]}"#,
        ),
        (
            Carrier::Yanwen,
            r#"{"code": 0, "result": [{"tracking_number": "UG123456789CN", "checkpoints": [
              {"time_stamp": "2026-03-02 10:00:00", "time_zone": "+1", "message": "Delivered to the recipient"}]}]}"#,
        ),
        (
            Carrier::FourPx,
            r#"{"result": 1, "data": [{"queryCode": "4PX3000123456789CN", "tracks": [
              {"tkDate": "2026-03-02T10:00:00+01:00", "tkDesc": "Delivered"}]}]}"#,
        ),
        (
            Carrier::Fedex,
            r#"{"output": {"completeTrackResults": [{"trackingNumber": "794843185271", "trackResults": [
              {"trackingNumberInfo": {"trackingNumber": "794843185271"}, "scanEvents": [
              {"date": "2026-03-02T10:00:00-05:00", "eventDescription": "Delivered"}]}]}]}}"#,
        ),
        (
            Carrier::Ups,
            r#"{"trackResponse": {"shipment": [{"package": [{"trackingNumber": "1Z999AA10123456784",
              "activity": [{"date": "20260302", "time": "100000", "gmtDate": "20260302", "gmtTime": "15:00:00",
              "status": {"description": "Delivered"}}]}]}]}}"#,
        ),
        (
            Carrier::EasyPost,
            r#"{"object": "Tracker", "tracking_code": "EZ4000000004", "tracking_details": [
              {"message": "Delivered", "datetime": "2026-03-02T15:00:00Z"}]}"#,
        ),
        (
            Carrier::CanadaPost,
            r#"<tracking-detail><pin>7023210039414604</pin><significant-events><occurrence>
              <event-date>2026-03-02</event-date><event-time>10:00:00</event-time><event-time-zone>EST</event-time-zone>
              <event-description>Item delivered</event-description></occurrence></significant-events></tracking-detail>"#,
        ),
    ];
    for (carrier, body) in cases {
        let shipments = common::run(carrier.clone(), body.as_bytes())
            .unwrap_or_else(|e| panic!("{carrier:?}: {e}"));
        let s = &shipments[0];
        assert_eq!(s.events.len(), 1, "{carrier:?}: the event is kept");
        assert_eq!(s.events[0].status, Status::Delivered, "{carrier:?}");
        assert_eq!(s.status, Status::Delivered, "{carrier:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 3. A hand-off number inside a value that also holds label text and control characters.
// ---------------------------------------------------------------------------------------------

#[test]
fn cainiao_real_mail_no_with_a_raw_tab_and_label_text() {
    // The first module's value holds a raw TAB (unescaped, as the carrier sends it).
    let shipments = own(Carrier::Cainiao, "cainiao/handoff_label_with_tab.json");
    assert_eq!(shipments.len(), 2);
    let leg = &shipments[0].legs[1];
    assert_eq!(leg.tracking_number, "LX123456789DE");
    assert_eq!(leg.carrier, Carrier::Other("deutsche post".into()));
    let leg = &shipments[1].legs[1];
    assert_eq!(
        (&leg.carrier, leg.tracking_number.as_str()),
        (&Carrier::Dhl, "LX987654321FR"),
        "the label names the carrier"
    );
}

#[test]
fn ups_alternate_number_with_a_label_and_a_tab() {
    let s = one(Carrier::Ups, "ups/alternate_number_with_label.json");
    assert_eq!(s.legs.len(), 2);
    assert_eq!(s.legs[1].carrier, Carrier::Usps);
    assert_eq!(s.legs[1].tracking_number, "92612999897543581074711582");
}

#[test]
fn landmark_end_delivery_number_with_a_label_and_control_characters() {
    let s = one(
        Carrier::Landmark,
        "landmark/end_number_with_label_and_tab.xml",
    );
    assert_eq!(s.tracking_number, "LTN450000777N1");
    assert_eq!(s.legs.len(), 2);
    assert_eq!(s.legs[1].tracking_number, "CE123456789IE");
    assert_eq!(s.legs[1].carrier, Carrier::Other("an post".into()));
}

// ---------------------------------------------------------------------------------------------
// 4. The carrier's own promised or estimated window carried to the ETA.
// ---------------------------------------------------------------------------------------------

fn eta_of(s: &Shipment) -> (String, String, EtaBasis) {
    let eta = s
        .eta
        .as_ref()
        .expect("an ETA from the carrier's own window");
    (
        format_utc(&eta.earliest),
        format_utc(&eta.latest),
        eta.basis,
    )
}

#[test]
fn dhl_naive_window_is_the_destination_local_time() {
    let shipments = own(Carrier::Dhl, "dhl/de_es_future_wording_no_codes.json");
    // 09:00–14:00 in Madrid (+01:00 on 6 March).
    assert_eq!(
        eta_of(&shipments[1]),
        (
            "2026-03-06T08:00:00Z".into(),
            "2026-03-06T13:00:00Z".into(),
            EtaBasis::CarrierEstimate
        )
    );
    assert!(shipments[0].eta.is_none(), "delivered: no estimate");
}

#[test]
fn usps_expected_time_window() {
    let s = one(Carrier::Usps, "usps/expected_window.json");
    // 10:00–14:00 in Florida on 10 March 2026 (EDT, −04:00, since 8 March).
    assert_eq!(
        eta_of(&s),
        (
            "2026-03-10T14:00:00Z".into(),
            "2026-03-10T18:00:00Z".into(),
            EtaBasis::CarrierEstimate
        )
    );
}

#[test]
fn la_poste_estimated_date_alone_is_that_whole_day_in_france() {
    let s = one(Carrier::LaPoste, "laposte/estim_date_only.json");
    assert_eq!(
        eta_of(&s),
        (
            "2026-03-09T23:00:00Z".into(),
            "2026-03-10T22:59:59Z".into(),
            EtaBasis::CarrierEstimate
        )
    );
}

#[test]
fn royal_mail_estimated_date_without_a_window_is_that_whole_day_in_the_uk() {
    let s = one(
        Carrier::RoyalMail,
        "royalmail/estimated_date_without_window.json",
    );
    assert_eq!(
        eta_of(&s),
        (
            "2026-07-13T23:00:00Z".into(),
            "2026-07-14T22:59:59Z".into(),
            EtaBasis::CarrierEstimate
        )
    );
}

#[test]
fn easypost_local_estimate_at_the_destination() {
    let s = one(Carrier::EasyPost, "easypost/local_estimate.json");
    // 10 March, from 17:00 in Charleston SC (EDT, −04:00) to the end of that day.
    assert_eq!(
        eta_of(&s),
        (
            "2026-03-10T21:00:00Z".into(),
            "2026-03-11T03:59:59Z".into(),
            EtaBasis::CarrierEstimate
        )
    );
}

#[test]
fn seventeen_track_estimate_with_only_its_last_day() {
    let s = one(Carrier::SeventeenTrack, "17track/estimate_to_only.json");
    assert_eq!(
        eta_of(&s),
        (
            "2026-04-23T22:00:00Z".into(),
            "2026-04-24T21:59:59Z".into(),
            EtaBasis::CarrierEstimate
        )
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Implausible years: never emitted, whatever the path.
// ---------------------------------------------------------------------------------------------

#[test]
fn canada_post_negative_year_drops_that_event() {
    let s = one(Carrier::CanadaPost, "canadapost/fuzz_negative_year.xml");
    assert_eq!(
        s.events.len(),
        1,
        "the -2011 scan is dropped, the other kept"
    );
    assert_eq!(format_utc(&s.events[0].at), "2026-04-01T13:12:00Z");
    let json = serde_json::to_string(&s).unwrap();
    assert!(!json.contains("2011"), "no trace of the -2011 scan: {json}");
    // The expected date, the whole day in Ontario (EDT).
    assert_eq!(
        eta_of(&s),
        (
            "2026-04-05T04:00:00Z".into(),
            "2026-04-06T03:59:59Z".into(),
            EtaBasis::CarrierEstimate
        )
    );
}

fn carrier_of(folder: &str) -> Option<Carrier> {
    match folder {
        "dhl_unified" => Some(Carrier::Dhl),
        "inbound" => None, // push payloads, not tracking replies
        other => other.parse().ok(),
    }
}

fn fixture_files(root: &Path) -> Vec<(Carrier, PathBuf)> {
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{} unreadable: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let Some(carrier) = carrier_of(&dir.file_name().unwrap().to_string_lossy()) else {
            continue;
        };
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let name = path.to_string_lossy().into_owned();
            if name.ends_with(".json") || name.ends_with(".xml") {
                out.push((carrier.clone(), path));
            }
        }
    }
    out
}

/// An instant as it is written out: RFC 3339, UTC (`Z`), read back the same, year plausible.
fn assert_valid_instant(at: &DateTime<Utc>, what: &str) {
    let text = format_utc(at);
    assert!(text.ends_with('Z'), "{what}: {text} is not UTC");
    let back = DateTime::parse_from_rfc3339(&text)
        .unwrap_or_else(|e| panic!("{what}: {text} is not RFC 3339: {e}"));
    assert_eq!(
        back.with_timezone(&Utc),
        *at,
        "{what}: {text} does not round-trip"
    );
    assert!(
        (1990..=2100).contains(&at.year()),
        "{what}: {text} has an implausible year"
    );
}

#[test]
fn every_fixture_emits_only_valid_plausible_instants() {
    let own_root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = fixture_files(&own_root);
    if let Some(shared) = common::shared_dir() {
        files.extend(fixture_files(&shared));
    }
    let mut checked = 0;
    for (carrier, path) in files {
        let body = std::fs::read(&path).unwrap();
        let Ok(shipments) = common::run(carrier.clone(), &body) else {
            continue; // error replies hold no instants
        };
        let name = path.display().to_string();
        for s in &shipments {
            for (i, e) in s.events.iter().enumerate() {
                assert_valid_instant(&e.at, &format!("{name} event {i}"));
                checked += 1;
            }
            if let Some(eta) = &s.eta {
                assert_valid_instant(&eta.earliest, &format!("{name} eta earliest"));
                assert_valid_instant(&eta.latest, &format!("{name} eta latest"));
                assert!(eta.earliest <= eta.latest, "{name}: eta backwards");
            }
            if let Some(at) = s.pickup.as_ref().and_then(|p| p.collect_by) {
                assert_valid_instant(&at, &format!("{name} collect-by"));
            }
            // Our own reader takes back everything we write.
            let json = serde_json::to_string(s).unwrap();
            let back: Shipment = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{name}: our reader rejects our output: {e}"));
            assert_eq!(&back, s, "{name}: JSON round trip");
        }
    }
    assert!(checked > 50, "only {checked} events checked");
}

// ---------------------------------------------------------------------------------------------
// 6. Absent shared fixtures fail on CI, and skip loudly elsewhere.
// ---------------------------------------------------------------------------------------------

/// Run only by the test below, in a child process with its own environment.
#[test]
#[ignore = "run by absent_shared_fixtures_fail_on_ci_and_skip_elsewhere"]
fn probe_read_a_shared_fixture() {
    let _ = common::shared_fixture("dhl_unified", "dhl_unified_track_404_problem_json.json");
}

#[test]
fn absent_shared_fixtures_fail_on_ci_and_skip_elsewhere() {
    let run = |ci: Option<&str>| {
        let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
        cmd.args([
            "--exact",
            "probe_read_a_shared_fixture",
            "--ignored",
            "--nocapture",
        ])
        .env("WAYMARK_FIXTURES", "/nonexistent/waymark-shared-fixtures")
        .env_remove("CI");
        if let Some(v) = ci {
            cmd.env("CI", v);
        }
        let out = cmd.output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.success(), text)
    };
    let (passed, text) = run(Some("true"));
    assert!(!passed, "absent fixtures must fail when CI is set: {text}");
    assert!(text.contains("CI is set"), "{text}");
    let (passed, text) = run(None);
    assert!(passed, "a loud skip without CI: {text}");
    assert!(text.contains("SKIPPED"), "{text}");
}
