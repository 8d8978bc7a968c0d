//! The attention list's filters, search and page position, read from the query string and
//! turned into one SQL query that walks the attention index (`registrations_attention`):
//! most urgent first, oldest first within a kind, and a keyset cursor (one row-value
//! comparison on the index's columns), so every page reads
//! about a page of rows however long the list is.

use crate::api::query::{encode, param};
use crate::proactive::attention::rank;
use crate::proactive::stored::urgency;
use crate::proactive::stored::Value;
use waymark_shared::exception::ExceptionKind;

/// Rows per page.
pub const PAGE: u32 = 50;
/// The most rows a CSV export holds.
pub const EXPORT_MAX: u32 = 5_000;
/// The "open for at least" choices, in days.
pub const AGES: [u32; 5] = [1, 3, 7, 14, 30];

/// Where the next page starts: after this row's sort key (`attention_key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The last row's `attention_key`: urgency (2 digits), onset (15 digits), id.
    pub key: String,
}

impl Cursor {
    /// The key, as carried in the `after` parameter.
    pub fn encode(&self) -> String {
        self.key.clone()
    }

    fn decode(s: &str) -> Option<Cursor> {
        let digits = s.get(..17)?;
        let id = s.get(17..)?;
        (digits.bytes().all(|b| b.is_ascii_digit()) && crate::proactive::registration::valid_id(id))
            .then(|| Cursor { key: s.to_string() })
    }
}

/// What the merchant asked the list for. Values that do not parse are ignored (the list is
/// shown unfiltered by them), never an error page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// One kind of trouble.
    pub kind: Option<ExceptionKind>,
    /// One carrier (slug).
    pub carrier: Option<String>,
    /// One destination country (ISO 3166-1 alpha-2).
    pub destination: Option<String>,
    /// Open for at least this many days.
    pub min_days: Option<u32>,
    /// An order id or a tracking number, exactly.
    pub q: Option<String>,
    /// Where the page starts.
    pub after: Option<Cursor>,
}

fn slug(s: &str) -> bool {
    (1..=24).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

impl Filter {
    /// The filter in a raw query string.
    pub fn from_query(query: &str) -> Filter {
        let get = |name| {
            param(query, name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        Filter {
            kind: get("kind")
                .and_then(|k| ExceptionKind::ALL.into_iter().find(|x| x.as_str() == k)),
            carrier: get("carrier").filter(|c| slug(c)),
            destination: get("destination")
                .map(|d| d.to_ascii_uppercase())
                .filter(|d| d.len() == 2 && d.bytes().all(|b| b.is_ascii_uppercase())),
            min_days: get("age")
                .and_then(|a| a.parse().ok())
                .filter(|a| AGES.contains(a)),
            q: get("q").filter(|q| q.len() <= 64),
            after: get("after").and_then(|a| Cursor::decode(&a)),
        }
    }

    /// The query string that asks for this filter (without the cursor) — for links and the
    /// CSV export — with `after` when given.
    pub fn query(&self, after: Option<&Cursor>) -> String {
        let mut parts = Vec::new();
        if let Some(k) = self.kind {
            parts.push(format!("kind={}", k.as_str()));
        }
        if let Some(c) = &self.carrier {
            parts.push(format!("carrier={c}"));
        }
        if let Some(d) = &self.destination {
            parts.push(format!("destination={d}"));
        }
        if let Some(a) = self.min_days {
            parts.push(format!("age={a}"));
        }
        if let Some(q) = &self.q {
            parts.push(format!("q={}", encode(q)));
        }
        if let Some(c) = after {
            parts.push(format!("after={}", encode(&c.encode())));
        }
        parts.join("&")
    }

    /// The SQL of the list (or the export: `limit` rows from the start) at `now_ms`, with its
    /// bound values. The page asks for one row more than it shows, to know whether another
    /// page follows.
    pub fn sql(&self, now_ms: i64, limit: u32) -> (String, Vec<Value>) {
        let mut sql = String::from(
            "SELECT id, attention_kind, attention_since, attention_key, carrier, origin, \
             destination, status FROM registrations WHERE attention_key IS NOT NULL",
        );
        let mut values = Vec::new();
        let mut bind = |sql: &mut String, clause: &str, v: Value| {
            values.push(v);
            sql.push_str(&clause.replace('?', &format!("?{}", values.len())));
        };
        let text = |s: &str| Value::Text(Some(s.to_string()));
        let num = |n: f64| Value::Number(Some(n));
        if let Some(k) = self.kind {
            // The kind's urgency prefix as a range of the sort key, so the index seeks to it.
            let from = urgency(rank(k));
            let to = format!("{:02}", from.parse::<u8>().unwrap_or(99) + 1);
            bind(&mut sql, " AND attention_key >= ?", text(&from));
            bind(&mut sql, " AND attention_key < ?", text(&to));
            bind(&mut sql, " AND attention_kind = ?", text(k.as_str()));
        }
        if let Some(c) = &self.carrier {
            bind(&mut sql, " AND carrier = ?", text(c));
        }
        if let Some(d) = &self.destination {
            bind(&mut sql, " AND destination = ?", text(d));
        }
        if let Some(days) = self.min_days {
            let before = now_ms - days as i64 * 86_400_000;
            bind(&mut sql, " AND attention_since <= ?", num(before as f64));
        }
        if let Some(q) = &self.q {
            bind(&mut sql, " AND (id = ?", text(q));
            bind(
                &mut sql,
                " OR id IN (SELECT registration_id FROM tracking_numbers WHERE number = ?))",
                text(&q.to_ascii_uppercase()),
            );
        }
        if let Some(c) = &self.after {
            bind(&mut sql, " AND attention_key > ?", text(&c.key));
        }
        values.push(num(limit as f64));
        sql.push_str(&format!(" ORDER BY attention_key LIMIT ?{}", values.len()));
        (sql, values)
    }
}

/// One row of the list as D1 returns it.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct ListRow {
    /// The order id.
    pub id: String,
    /// The exception kind.
    pub attention_kind: Option<String>,
    /// Since when (Unix ms).
    pub attention_since: Option<f64>,
    /// The sort key (urgency, onset, id).
    pub attention_key: Option<String>,
    /// Carrier slug.
    pub carrier: Option<String>,
    /// Origin country.
    pub origin: Option<String>,
    /// Destination country.
    pub destination: Option<String>,
    /// Status (snake_case).
    pub status: Option<String>,
}

impl ListRow {
    /// The cursor that starts the page after this row.
    pub fn cursor(&self) -> Cursor {
        Cursor {
            key: self.attention_key.clone().unwrap_or_default(),
        }
    }

    /// The exception kind's rank (higher is more urgent).
    pub fn rank(&self) -> u8 {
        let urgency: u8 = self
            .attention_key
            .as_deref()
            .and_then(|k| k.get(..2))
            .and_then(|u| u.parse().ok())
            .unwrap_or(100);
        100u8.saturating_sub(urgency)
    }

    /// The exception kind, when known.
    pub fn kind(&self) -> Option<ExceptionKind> {
        let k = self.attention_kind.as_deref()?;
        ExceptionKind::ALL.into_iter().find(|x| x.as_str() == k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_string_round_trips() {
        let f =
            Filter::from_query("kind=customs_dwell&carrier=usps&destination=fr&age=7&q=LP%2000");
        assert_eq!(f.kind, Some(ExceptionKind::CustomsDwell));
        assert_eq!(f.destination.as_deref(), Some("FR"));
        assert_eq!(f.q.as_deref(), Some("LP 00"));
        assert_eq!(Filter::from_query(&f.query(None)), f);
        let c = Cursor {
            key: crate::proactive::stored::attention_key(60, 1_700_000_000_000, "order.1"),
        };
        let paged = Filter::from_query(&f.query(Some(&c)));
        assert_eq!(paged.after, Some(c));
    }

    #[test]
    fn values_that_do_not_parse_are_ignored() {
        let f = Filter::from_query("kind=nope&carrier=UPS;drop&destination=FRA&age=5&after=x.y.z");
        assert_eq!(f, Filter::default());
    }

    #[test]
    fn every_value_is_bound_never_spliced() {
        let f = Filter::from_query("q=1'%20OR%201=1--&carrier=usps");
        let (sql, values) = f.sql(0, PAGE + 1);
        assert!(!sql.contains("OR 1=1"), "{sql}");
        assert!(values.contains(&Value::Text(Some("1' OR 1=1--".into()))));
        let marks = (1..=values.len()).all(|i| sql.contains(&format!("?{i}")));
        assert!(marks, "{sql}");
    }

    #[test]
    fn the_page_walks_the_index_order() {
        let (sql, _) = Filter::default().sql(0, 51);
        assert!(sql.contains("WHERE attention_key IS NOT NULL"));
        assert!(sql.ends_with("ORDER BY attention_key LIMIT ?1"));
    }
}
