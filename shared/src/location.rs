//! Where a scan happened: city-level only, never a street or a person.

use serde::{Deserialize, Serialize};

/// The place of a scan. Street lines, names and phone numbers are never kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// City or facility town.
    pub city: Option<String>,
    /// State, province or region.
    pub region: Option<String>,
    /// Postal code, as the carrier gave it.
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 country code, upper case.
    pub country: Option<String>,
}

impl Location {
    /// A location with every field trimmed; blank fields become `None`, the country is
    /// upper-cased and kept only when it is two ASCII letters.
    pub fn new(
        city: Option<&str>,
        region: Option<&str>,
        postal_code: Option<&str>,
        country: Option<&str>,
    ) -> Location {
        Location {
            city: clean(city),
            region: clean(region),
            postal_code: clean(postal_code),
            country: country
                .map(str::trim)
                .filter(|c| c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic()))
                .map(str::to_ascii_uppercase),
        }
    }

    /// Whether nothing at all is known.
    pub fn is_empty(&self) -> bool {
        self.city.is_none()
            && self.region.is_none()
            && self.postal_code.is_none()
            && self.country.is_none()
    }

    /// `None` for an empty location, so JSON says `null` rather than an object of nulls.
    pub fn non_empty(self) -> Option<Location> {
        (!self.is_empty()).then_some(self)
    }

    /// A loose match for deduplication: two places match unless a field both sides know
    /// differs (countries exactly; cities compared on their letters only, case-folded, and
    /// one containing the other counts, so "JFK ISC NEW YORK" matches "New York").
    pub fn loosely_matches(&self, other: &Location) -> bool {
        if let (Some(a), Some(b)) = (&self.country, &other.country) {
            if a != b {
                return false;
            }
        }
        match (&self.city, &other.city) {
            (Some(a), Some(b)) => {
                let (a, b) = (fold(a), fold(b));
                a.is_empty() || b.is_empty() || a.contains(&b) || b.contains(&a)
            }
            _ => true,
        }
    }
}

fn clean(field: Option<&str>) -> Option<String> {
    field
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn fold(s: &str) -> String {
    crate::fold::key(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_cleans_fields() {
        let l = Location::new(Some("  Paris "), Some(""), None, Some("fr"));
        assert_eq!(l.city.as_deref(), Some("Paris"));
        assert_eq!(l.region, None);
        assert_eq!(l.country.as_deref(), Some("FR"));
        assert_eq!(
            Location::new(None, None, None, Some("France")).country,
            None
        );
        assert!(Location::new(None, Some(" "), None, None)
            .non_empty()
            .is_none());
    }

    #[test]
    fn loose_match() {
        let a = Location::new(Some("JFK ISC NEW YORK NY"), None, None, Some("US"));
        let b = Location::new(Some("New York"), None, None, Some("US"));
        let c = Location::new(Some("Chicago"), None, None, Some("US"));
        let d = Location::new(None, None, None, Some("CA"));
        assert!(a.loosely_matches(&b));
        assert!(!b.loosely_matches(&c));
        assert!(!a.loosely_matches(&d));
        assert!(Location::default().loosely_matches(&c));
    }
}
