//! Assembling a normalized event from what an adapter read.

use super::keywords::{classify, Meaning};
use super::time::Stamp;
use super::{personal, text};
use waymark_shared::{Carrier, Event, Location, Phase, Status};

/// The meaning of a scan: the carrier's code table first; the words second. A code that says
/// "exception" without a reason borrows the reason (and phase) the words give.
pub fn meaning(from_code: Option<Meaning>, words: &str) -> Meaning {
    let from_words = classify(words);
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

/// A normalized event: the description cleaned (control characters out, markup kept as text)
/// and scrubbed of signatures; blank codes dropped; an empty location becomes `None`.
pub fn event(
    carrier: &Carrier,
    stamp: Stamp,
    m: Meaning,
    description: &str,
    code: Option<&str>,
    location: Location,
) -> Event {
    Event::new(
        stamp.at,
        m.status,
        carrier.clone(),
        &personal::scrub(&text::clean(description)),
    )
    .with_offset(stamp.offset)
    .with_phase(m.phase)
    .with_reason(m.reason)
    .with_code(code)
    .with_location(location)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use waymark_shared::Reason;

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
        );
        assert_eq!(e.description, "Delivered (signed by recipient)");
        assert_eq!(e.code, None);
        assert_eq!(e.location, None);
    }
}
