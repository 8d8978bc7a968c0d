//! The printable lost-parcel evidence page a merchant attaches to a claim. Every carrier
//! string is HTML-escaped. Served by `GET /v1/shipments/{id}/evidence?format=html` (merchant)
//! and `GET /v1/support/{link}` (the support agent's signed link), both on `waymark-updates`.

use waymark_shared::evidence::{Evidence, Scan};
use waymark_shared::serde_time::format_utc;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn place(s: &Scan) -> String {
    s.location
        .as_ref()
        .map(|l| {
            [l.city.clone(), l.country.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

fn scan(s: Option<&Scan>) -> String {
    match s {
        None => "—".into(),
        Some(s) => format!(
            "{} · {} · {}",
            format_utc(&s.at),
            escape(&s.description),
            escape(&place(s))
        ),
    }
}

fn section(e: &Evidence) -> String {
    let legs: String = e
        .legs
        .iter()
        .map(|l| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&l.carrier.to_string()),
                escape(&l.tracking_number),
                scan(l.first_scan.as_ref()),
                scan(l.last_scan.as_ref()),
                scan(l.handed_over.as_ref()),
                l.scans,
                l.days_silent.map(|d| d.to_string()).unwrap_or_else(|| "—".into())
            )
        })
        .collect();
    let stages: String = e
        .stages
        .iter()
        .map(|s| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&s.phase.to_string()),
                escape(&s.carrier.to_string()),
                if s.scanned { "yes" } else { "no scan" },
                s.last_scan_at
                    .as_ref()
                    .map(format_utc)
                    .unwrap_or_else(|| "—".into())
            )
        })
        .collect();
    let history: String = e
        .history
        .iter()
        .map(|s| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                format_utc(&s.at),
                escape(&s.carrier.to_string()),
                escape(&s.status.to_string()),
                escape(&s.description),
                escape(&place(s))
            )
        })
        .collect();
    format!(
        "<section><h2>Chain of custody — parcel {num}</h2><p>Status: {status}. Compiled {generated}. Last scan: {last}. Days without a scan: {silent}.</p>\
<h3>Legs</h3><table><tr><th>Carrier</th><th>Number</th><th>First scan</th><th>Last scan</th><th>Handed over</th><th>Scans</th><th>Days silent</th></tr>{legs}</table>\
<h3>Responsibility by stage</h3><table><tr><th>Stage</th><th>Carrier</th><th>Scanned</th><th>Last scan</th></tr>{stages}</table>\
<h3>Every scan</h3><table><tr><th>When (UTC)</th><th>Carrier</th><th>Status</th><th>Carrier's words</th><th>Where</th></tr>{history}</table></section>",
        num = escape(&e.tracking_number),
        status = escape(&e.status.to_string()),
        generated = format_utc(&e.generated_at),
        last = scan(e.last_scan.as_ref()),
        silent = e.days_silent.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
    )
}

/// An order's evidence — one section per parcel — as a self-contained HTML page (no scripts,
/// print-friendly) to attach to a claim.
pub fn render_order(order_id: &str, parcels: &[Evidence]) -> String {
    let sections: String = if parcels.is_empty() {
        "<p>No carrier has reported a scan for this order yet.</p>".into()
    } else {
        parcels.iter().map(section).collect()
    };
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evidence — order {id}</title>\
<style>body{{font:14px system-ui,sans-serif;margin:2em}}table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #999;padding:4px 8px;text-align:left}}@media print{{section{{break-inside:avoid}}}}</style></head>\
<body><h1>Lost-parcel evidence — order {id}</h1>{sections}</body></html>",
        id = escape(order_id),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use waymark_shared::{Carrier, Event, Leg, Phase, Shipment, Status};

    #[test]
    fn renders_escaped_chain_of_custody() {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        let mut s = Shipment::from_events(
            Carrier::Cainiao,
            "LP1",
            vec![Event::new(
                at,
                Status::InTransit,
                Carrier::Cainiao,
                "Departed <script>x</script>",
            )
            .with_phase(Some(Phase::Linehaul))],
            at,
        );
        s.add_leg(Leg::new(Carrier::Usps, "9400"));
        let e = waymark_shared::evidence::compile(&s, at + chrono::Duration::days(20));
        let html = render_order(&e.tracking_number, std::slice::from_ref(&e));
        assert!(html.contains("Chain of custody — parcel LP1"));
        assert!(html.contains("Departed &lt;script&gt;x&lt;/script&gt;"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("Days without a scan: 20"));
        assert!(html.contains("<td>USPS</td><td>9400</td>"));
        assert!(
            html.contains("<td>Cainiao</td><td>In transit</td><td>Departed &lt;script&gt;"),
            "every scan is listed: {html}"
        );
    }
}
