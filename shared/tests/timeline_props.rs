//! Property tests for the timeline rules: ordering, idempotent dedupe, monotonic status and
//! order-independent merging of legs.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use waymark_shared::timeline::{derive_status, sort_and_dedupe};
use waymark_shared::{Carrier, Event, Location, Shipment, Status};

fn base() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap()
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn carrier() -> impl Strategy<Value = Carrier> {
    prop::sample::select(vec![Carrier::Cainiao, Carrier::Usps, Carrier::Yanwen])
}

prop_compose! {
    fn event()(minutes in 0i64..20_000, status in status(), carrier in carrier(), code in 0u8..4, city in 0u8..3) -> Event {
        let cities = ["Shenzhen", "New York", "Paris"];
        Event::new(base() + Duration::minutes(minutes), status, carrier, &format!("step {code}"))
            .with_code(Some(&format!("C{code}")))
            .with_location(Location::new(Some(cities[city as usize]), None, None, None))
    }
}

proptest! {
    #[test]
    fn dedupe_sorts_never_grows_and_is_idempotent(events in prop::collection::vec(event(), 0..60)) {
        let once = sort_and_dedupe(events.clone());
        prop_assert!(once.windows(2).all(|w| w[0].at <= w[1].at));
        prop_assert!(once.len() <= events.len());
        let twice = sort_and_dedupe(once.clone());
        prop_assert_eq!(&once, &twice);
        // Dedupe only ever folds reports of one status together: every status survives, and
        // so does every (carrier, code) of events no other carrier reported alongside.
        for e in &events {
            prop_assert!(once.iter().any(|k| k.status == e.status));
            let alone = !events.iter().any(|o| o.carrier != e.carrier && o.status == e.status && (o.at - e.at).num_minutes().abs() <= 10);
            if alone {
                prop_assert!(once.iter().any(|k| k.status == e.status && k.carrier == e.carrier && k.code == e.code));
            }
        }
    }

    #[test]
    fn delivered_stays_delivered_in_any_order(mut events in prop::collection::vec(event(), 1..40), seed in any::<u64>()) {
        let has_delivered = events.iter().any(|e| e.status == Status::Delivered);
        let stronger = events.iter().any(|e| e.status.terminal_rank() > Status::Delivered.terminal_rank());
        let sorted = sort_and_dedupe(events.clone());
        let status = derive_status(&sorted);
        // Shuffle deterministically from the seed and derive again.
        let n = events.len();
        for i in 0..n {
            let j = (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) % n as u64) as usize;
            events.swap(i, j);
        }
        let shuffled = derive_status(&sort_and_dedupe(events));
        prop_assert_eq!(status, shuffled);
        if has_delivered && !stronger {
            prop_assert_eq!(status, Status::Delivered);
        }
    }

    #[test]
    fn merging_legs_does_not_depend_on_their_order(
        a in prop::collection::vec(event(), 0..15),
        b in prop::collection::vec(event(), 0..15),
        c in prop::collection::vec(event(), 0..15),
    ) {
        let now = base() + Duration::days(30);
        let parts = vec![
            Shipment::from_events(Carrier::Yanwen, "UG1", a, now),
            Shipment::from_events(Carrier::Cainiao, "LP1", b, now),
            Shipment::from_events(Carrier::Usps, "9400", c, now),
        ];
        let forward = Shipment::merge_legs(parts.clone()).unwrap();
        let mut reversed_parts = parts;
        reversed_parts.reverse();
        let reversed = Shipment::merge_legs(reversed_parts).unwrap();
        prop_assert_eq!(forward.status, reversed.status);
        prop_assert_eq!(&forward.events, &reversed.events);
        prop_assert_eq!(forward.phase, reversed.phase);
        for leg in &forward.legs {
            prop_assert_eq!(forward.legs.iter().filter(|l| *l == leg).count(), 1);
        }
        prop_assert_eq!(forward.legs.len(), 3);
        prop_assert!(forward.events.windows(2).all(|w| w[0].at <= w[1].at));
    }
}
