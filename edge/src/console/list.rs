//! The "needs attention" page: the filter form, the search box, the table of orders (most
//! urgent first) and the pagination links.

use super::filter::{Filter, ListRow, AGES};
use super::html::{notice, page, table_start, Chrome, Ui};
use crate::api::evidence_page::escape;
use crate::api::query::encode;
use crate::proactive::attention::kinds_by_urgency;
use chrono::{TimeZone, Utc};
use waymark_shared::exception::ExceptionKind;
use waymark_shared::words::console::ConsoleId;
use waymark_shared::words::Args;

/// The merchant-facing name of an exception kind.
pub fn kind_id(kind: ExceptionKind) -> ConsoleId {
    match kind {
        ExceptionKind::Lost => ConsoleId::ConsoleKindLost,
        ExceptionKind::Returned => ConsoleId::ConsoleKindReturned,
        ExceptionKind::FailedAttempt => ConsoleId::ConsoleKindFailedAttempt,
        ExceptionKind::CustomsDwell => ConsoleId::ConsoleKindCustomsDwell,
        ExceptionKind::CarrierException => ConsoleId::ConsoleKindCarrierException,
        ExceptionKind::AwaitingPickup => ConsoleId::ConsoleKindAwaitingPickup,
        ExceptionKind::Late => ConsoleId::ConsoleKindLate,
        ExceptionKind::NeverScanned => ConsoleId::ConsoleKindNeverScanned,
        ExceptionKind::Silence => ConsoleId::ConsoleKindSilence,
        ExceptionKind::Expired => ConsoleId::ConsoleKindExpired,
        ExceptionKind::WatchEnded => ConsoleId::ConsoleKindWatchEnded,
    }
}

/// The page's data.
pub struct ListPage<'a> {
    /// What was asked.
    pub filter: &'a Filter,
    /// The rows of this page (at most a page).
    pub rows: &'a [ListRow],
    /// Whether another page follows.
    pub more: bool,
    /// The carriers and destination countries to offer in the filters.
    pub carriers: &'a [String],
    /// Destination countries.
    pub destinations: &'a [String],
    /// The session's CSRF token.
    pub csrf: &'a str,
    /// A notice (signed in, an action's outcome).
    pub notice: Option<String>,
}

fn select(
    name: &str,
    label: &str,
    any: &str,
    options: &[(String, String)],
    chosen: Option<&str>,
) -> String {
    let mut s = format!(r#"<label>{label}<select name="{name}"><option value="">{any}</option>"#);
    for (value, text) in options {
        let sel = if chosen == Some(value.as_str()) {
            " selected"
        } else {
            ""
        };
        s.push_str(&format!(
            r#"<option value="{}"{sel}>{}</option>"#,
            escape(value),
            escape(text)
        ));
    }
    s.push_str("</select></label>");
    s
}

/// The time a row's trouble began, as UTC date and time.
pub fn since_text(ms: Option<f64>) -> String {
    ms.and_then(|m| Utc.timestamp_millis_opt(m as i64).single())
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

/// The whole page.
pub fn render(ui: &Ui, p: &ListPage) -> String {
    let any = ui.t(ConsoleId::ConsoleFilterAny);
    let kinds: Vec<(String, String)> = kinds_by_urgency()
        .into_iter()
        .map(|k| (k.as_str().to_string(), ui.words.t(kind_id(k), ui.fmt)))
        .collect();
    let carriers: Vec<(String, String)> =
        p.carriers.iter().map(|c| (c.clone(), c.clone())).collect();
    let dests: Vec<(String, String)> = p
        .destinations
        .iter()
        .map(|d| (d.clone(), ui.fmt.country(d)))
        .collect();
    let ages: Vec<(String, String)> = AGES
        .iter()
        .map(|a| {
            (
                a.to_string(),
                ui.words
                    .render(
                        ConsoleId::ConsoleAgeDays,
                        &Args::new().number("days", *a as i64),
                        ui.fmt,
                    )
                    .unwrap_or_default(),
            )
        })
        .collect();
    let f = p.filter;
    let mut main = String::new();
    if let Some(n) = &p.notice {
        main.push_str(&notice(n, false));
    }
    main.push_str(&format!(
        "<h1>{}</h1>",
        ui.t(ConsoleId::ConsoleAttentionTitle)
    ));
    main.push_str(r#"<form method="get" action="/console" class="filters" role="search">"#);
    main.push_str(&format!(
        r#"<label class="wide">{}<input type="search" name="q" maxlength="64" value="{}"></label>"#,
        ui.t(ConsoleId::ConsoleSearch),
        escape(f.q.as_deref().unwrap_or(""))
    ));
    main.push_str(&select(
        "kind",
        &ui.t(ConsoleId::ConsoleFilterKind),
        &any,
        &kinds,
        f.kind.map(|k| k.as_str()),
    ));
    main.push_str(&select(
        "carrier",
        &ui.t(ConsoleId::ConsoleFilterCarrier),
        &any,
        &carriers,
        f.carrier.as_deref(),
    ));
    main.push_str(&select(
        "destination",
        &ui.t(ConsoleId::ConsoleFilterLane),
        &any,
        &dests,
        f.destination.as_deref(),
    ));
    let age = f.min_days.map(|a| a.to_string());
    main.push_str(&select(
        "age",
        &ui.t(ConsoleId::ConsoleFilterAge),
        &any,
        &ages,
        age.as_deref(),
    ));
    main.push_str(&format!(
        r#"<button type="submit">{}</button></form>"#,
        ui.t(ConsoleId::ConsoleApply)
    ));
    let export = f.query(None);
    main.push_str(&format!(
        r#"<p><a href="/console/attention.csv{}{}" download>{}</a></p>"#,
        if export.is_empty() { "" } else { "?" },
        escape(&export),
        ui.t(ConsoleId::ConsoleExport)
    ));
    if p.rows.is_empty() {
        main.push_str(&format!(
            r#"<p class="empty">{}</p>"#,
            ui.t(ConsoleId::ConsoleAttentionEmpty)
        ));
    } else {
        main.push_str(&table_start(
            ui,
            None,
            &[
                ConsoleId::ConsoleColOrder,
                ConsoleId::ConsoleColNeeds,
                ConsoleId::ConsoleColSince,
                ConsoleId::ConsoleColCarrier,
                ConsoleId::ConsoleColLane,
            ],
        ));
        for r in p.rows {
            let kind = r.kind().map(|k| ui.t(kind_id(k))).unwrap_or_default();
            let lane = match (&r.origin, &r.destination) {
                (Some(o), Some(d)) => format!("{} → {}", escape(o), escape(d)),
                (None, Some(d)) => format!("→ {}", escape(d)),
                (Some(o), None) => format!("{} →", escape(o)),
                (None, None) => String::new(),
            };
            main.push_str(&format!(
                r#"<tr class="rank-{rank}"><td><a href="/console/orders/{href}">{id}</a></td><td>{kind}</td><td><time>{since}</time></td><td>{carrier}</td><td>{lane}</td></tr>"#,
                rank = r.rank(),
                href = encode(&r.id),
                id = escape(&r.id),
                since = since_text(r.attention_since),
                carrier = escape(r.carrier.as_deref().unwrap_or("")),
            ));
        }
        main.push_str("</tbody></table></div>");
    }
    let mut pager = Vec::new();
    if f.after.is_some() {
        let first = f.query(None);
        pager.push(format!(
            r#"<a href="/console{}{}">{}</a>"#,
            if first.is_empty() { "" } else { "?" },
            escape(&first),
            ui.t(ConsoleId::ConsoleFirst)
        ));
    }
    if p.more {
        if let Some(last) = p.rows.last() {
            pager.push(format!(
                r#"<a href="/console?{}" rel="next">{}</a>"#,
                escape(&f.query(Some(&last.cursor()))),
                ui.t(ConsoleId::ConsoleNext)
            ));
        }
    }
    if !pager.is_empty() {
        main.push_str(&format!(
            r#"<nav class="pager" aria-label="pages">{}</nav>"#,
            pager.join("")
        ));
    }
    page(
        ui,
        &ui.words.t(ConsoleId::ConsoleAttentionTitle, ui.fmt),
        Chrome::SignedIn { csrf: p.csrf },
        &main,
    )
}
