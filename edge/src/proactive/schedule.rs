//! One scheduled run: how many of the due registrations (D1's due index, most overdue first)
//! fit within the carriers' quotas, and how 17TRACK numbers are grouped into its batches of 40.

use waymark_shared::Carrier;

/// 17TRACK accepts at most this many numbers per request.
pub const SEVENTEENTRACK_BATCH: usize = 40;

/// Carrier calls one run may make per carrier (direct APIs), and per 17TRACK batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    /// Calls per carrier per run.
    pub per_carrier: usize,
}

/// Takes registrations in order while every carrier's calls stay within `quota`; the rest
/// wait for the next run (they stay due, most overdue first). 17TRACK numbers count per batch
/// of 40, not per number.
pub fn within_quota<T>(candidates: &[(T, Vec<Carrier>)], quota: Quota) -> Vec<&T> {
    let mut calls: Vec<(Carrier, usize)> = Vec::new();
    let mut taken = Vec::new();
    for (item, legs) in candidates {
        let mut trial = calls.clone();
        for c in legs {
            match trial.iter_mut().find(|(k, _)| k == c) {
                Some((_, n)) => *n += 1,
                None => trial.push((c.clone(), 1)),
            }
        }
        let fits = trial.iter().all(|(c, n)| {
            let used = if *c == Carrier::SeventeenTrack {
                n.div_ceil(SEVENTEENTRACK_BATCH)
            } else {
                *n
            };
            used <= quota.per_carrier
        });
        if fits {
            calls = trial;
            taken.push(item);
        }
    }
    taken
}

/// 17TRACK numbers in request-sized batches.
pub fn seventeentrack_batches(numbers: &[String]) -> Vec<Vec<String>> {
    let mut unique: Vec<String> = Vec::new();
    for n in numbers {
        if !unique.iter().any(|u| u.eq_ignore_ascii_case(n)) {
            unique.push(n.clone());
        }
    }
    unique
        .chunks(SEVENTEENTRACK_BATCH)
        .map(<[String]>::to_vec)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_defers_what_does_not_fit() {
        use Carrier::*;
        let c = vec![
            ("1", vec![Usps, Cainiao]),
            ("2", vec![Usps]),
            ("3", vec![Cainiao]),
            ("4", vec![Dhl]),
        ];
        let taken = within_quota(&c, Quota { per_carrier: 1 });
        assert_eq!(
            taken,
            [&"1", &"4"],
            "2 and 3 would make a second USPS / Cainiao call"
        );
        let many: Vec<(usize, Vec<Carrier>)> = (0..85).map(|i| (i, vec![SeventeenTrack])).collect();
        assert_eq!(
            within_quota(&many, Quota { per_carrier: 2 }).len(),
            80,
            "two batches of 40"
        );
    }

    #[test]
    fn batches_of_forty_without_repeats() {
        let numbers: Vec<String> = (0..95)
            .map(|i| format!("N{i}"))
            .chain(["n1".to_string()])
            .collect();
        let b = seventeentrack_batches(&numbers);
        assert_eq!(b.iter().map(Vec::len).collect::<Vec<_>>(), [40, 40, 15]);
    }
}
