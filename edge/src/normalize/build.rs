//! Assembling a normalized event from what an adapter read.

use super::keywords::{classify, Meaning};
use super::text;
use super::time::{self, Stamp};
use chrono::{DateTime, Utc};
use waymark_shared::{Carrier, Eta, EtaBasis, Event, Location, Phase, Status};

/// The meaning of a scan: the carrier's code table first; the words second. A code that says
/// "exception" without a reason borrows the reason (and phase) the words give.
pub fn meaning(from_code: Option<Meaning>, words: &str) -> Meaning {
    // A code that names the phase, and either names the cause or is a status without one, is
    // complete: the words could not refine it, so they are not read (half the time went there).
    if let Some(m) =
        from_code.filter(|m| m.phase.is_some() && (m.reason.is_some() || !takes_reason(m.status)))
    {
        return m;
    }
    combine(from_code, classify(words))
}

/// A code's meaning refined by the words' (or the words' alone when there is no code).
fn combine(from_code: Option<Meaning>, from_words: Meaning) -> Meaning {
    match from_code {
        Some(mut m) => {
            // Words only refine a code they agree with.
            if from_words.status == m.status {
                m.reason = m.reason.or(from_words.reason);
                m.phase = m.phase.or(from_words.phase);
            }
            if m.status == Status::InfoReceived {
                m.phase = m.phase.or(Some(Phase::Origin));
            }
            m
        }
        None => from_words,
    }
}

/// Statuses whose cause (customs, address, recipient…) the words may tell: the only ones the
/// keyword rules ever give a reason to.
fn takes_reason(status: Status) -> bool {
    matches!(
        status,
        Status::Exception
            | Status::FailedAttempt
            | Status::ReturningToSender
            | Status::ReturnedToSender
    )
}

/// A normalized event: the description cleaned (control characters out, markup kept as text)
/// and scrubbed of signatures; blank codes dropped; an empty location becomes `None`.
///
/// `None` when the instant is implausible (a negative or far-future year from a fuzzed or
/// corrupt payload): every adapter builds its events here, so no such `at` is ever emitted,
/// whichever way the timestamp was read.
pub fn event(
    carrier: &Carrier,
    stamp: Stamp,
    m: Meaning,
    description: &str,
    code: Option<&str>,
    location: Location,
) -> Option<Event> {
    if !time::plausible(&stamp.at) {
        return None;
    }
    let event = Event::new(
        stamp.at,
        m.status,
        carrier.clone(),
        // Personal data is scrubbed once, over the whole output (`personal::shipment`).
        &text::clean(description),
    )
    .with_offset(stamp.offset)
    .with_phase(m.phase)
    .with_reason(m.reason)
    .with_code(code)
    .with_location(location);
    Some(event)
}

/// A carrier's delivery window as an ETA, with what it rests on (a promise or an estimate).
/// `None` when either bound is implausible: an ETA bound obeys the same guard as an event.
pub fn eta(a: DateTime<Utc>, b: DateTime<Utc>, basis: EtaBasis) -> Option<Eta> {
    (time::plausible(&a) && time::plausible(&b)).then(|| Eta::new(a, b, basis))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use waymark_shared::Reason;

    /// The full path: the words always read, then combined.
    fn meaning_reading_the_words(from_code: Option<Meaning>, words: &str) -> Meaning {
        combine(from_code, classify(words))
    }

    #[test]
    fn skipping_the_words_never_changes_a_meaning() {
        let words = [
            "Held by customs",
            "Customs inspection",
            "Delivery attempted - no one home",
            "Returned to sender: refused",
            "Out for delivery",
            "Delivered to parcel locker",
            "Departed origin airport",
            "Address issue, delayed",
            "Import customs clearance started",
            "",
        ];
        let phases = [
            None,
            Some(Phase::Origin),
            Some(Phase::ImportCustoms),
            Some(Phase::LastMile),
        ];
        for status in Status::ALL {
            for phase in phases {
                for w in words {
                    let code = Meaning {
                        status,
                        phase,
                        reason: None,
                    };
                    assert_eq!(
                        meaning(Some(code), w),
                        meaning_reading_the_words(Some(code), w),
                        "{status:?} {phase:?} {w:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn code_first_words_second() {
        let m = meaning(Some(Meaning::status(Status::Exception)), "Held by customs");
        let info = meaning(Some(Meaning::status(Status::InfoReceived)), "DELIVERED");
        assert_eq!(
            (info.status, info.phase),
            (Status::InfoReceived, Some(Phase::Origin))
        );
        assert_eq!(m.status, Status::Exception);
        assert_eq!(m.reason, Some(Reason::CustomsDelay));
        assert_eq!(m.phase, Some(Phase::ImportCustoms));
        assert_eq!(
            meaning(None, "Out for delivery").status,
            Status::OutForDelivery
        );
    }

    #[test]
    fn events_are_cleaned() {
        let stamp = Stamp {
            at: Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap(),
            offset: None,
        };
        let e = event(
            &Carrier::Dhl,
            stamp,
            Meaning::status(Status::Delivered),
            "Delivered\u{0} - signed by JANE",
            Some(" "),
            Location::default(),
        )
        .unwrap();
        // Cleaned here; the name goes in the privacy pass over the output (tests/privacy.rs).
        assert_eq!(e.description, "Delivered - signed by JANE");
        assert_eq!(e.code, None);
        assert_eq!(e.location, None);
        let negative = Stamp {
            at: Utc.with_ymd_and_hms(-2011, 2, 3, 16, 59, 59).unwrap(),
            offset: None,
        };
        let m = Meaning::status(Status::InTransit);
        assert!(event(
            &Carrier::CanadaPost,
            negative,
            m,
            "x",
            None,
            Location::default()
        )
        .is_none());
        assert!(eta(negative.at, stamp.at, EtaBasis::CarrierEstimate).is_none());
        assert!(eta(stamp.at, stamp.at, EtaBasis::CarrierEstimate).is_some());
    }
}
