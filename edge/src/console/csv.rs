//! The attention list as CSV (RFC 4180): every field quoted, and a field that a spreadsheet
//! would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is prefixed with
//! `'` — carrier and merchant text is data, never a formula.

use super::filter::ListRow;
use super::list::since_text;

/// The header row.
pub const HEADER: [&str; 8] = [
    "order_id",
    "needs",
    "since_utc",
    "carrier",
    "origin",
    "destination",
    "status",
    "console_path",
];

/// One field, quoted.
pub fn field(value: &str) -> String {
    let guarded = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// The whole file.
pub fn render(rows: &[ListRow]) -> String {
    let mut out = HEADER.map(field).join(",");
    out.push_str("\r\n");
    for r in rows {
        let cells = [
            r.id.clone(),
            r.attention_kind.clone().unwrap_or_default(),
            since_text(r.attention_since),
            r.carrier.clone().unwrap_or_default(),
            r.origin.clone().unwrap_or_default(),
            r.destination.clone().unwrap_or_default(),
            r.status.clone().unwrap_or_default(),
            format!("/console/orders/{}", crate::api::query::encode(&r.id)),
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_and_quotes_are_defused() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-2+3"), "\"'-2+3\"");
        assert_eq!(field("LP001"), "\"LP001\"");
    }

    #[test]
    fn one_line_per_row_after_the_header() {
        let row = ListRow {
            id: "1042".into(),
            attention_kind: Some("customs_dwell".into()),
            attention_since: Some(1_764_979_200_000.0),
            attention_key: Some("4000176497920000001042".into()),
            carrier: Some("usps".into()),
            origin: Some("CN".into()),
            destination: Some("US".into()),
            status: Some("in_transit".into()),
        };
        let csv = render(&[row]);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[1].starts_with("\"1042\",\"customs_dwell\",\"2025-12-06 00:00\""),
            "{}",
            lines[1]
        );
    }
}
