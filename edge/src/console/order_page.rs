//! One order in the console: its watch, what the buyer sees (the composed answer, word for
//! word), every parcel's scans, the notification log, and the actions — or, from a support
//! link, the same page read-only.

use super::html::{csrf_field, notice, page, table_start, Chrome, Ui};
use super::list::kind_id;
use crate::api::evidence_page::escape;
use crate::api::query::encode;
use crate::proactive::attention::summarize;
use crate::proactive::registration::{Registration, WatchState};
use chrono::{TimeZone, Utc};
use serde::{Deserialize, Serialize};
use waymark_shared::words::answer::StepState;
use waymark_shared::words::console::ConsoleId;
use waymark_shared::words::{Args, ShipmentAnswer};

/// One logged notification (the D1 `notifications` table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Logged {
    /// Its idempotency key.
    pub key: String,
    /// `webhook` (buyer channels later).
    pub channel: String,
    /// The transition (`milestone.…` or `exception.…`).
    pub kind: String,
    /// `queued`, `retrying`, `sent` or `dead`.
    pub state: String,
    /// Failed attempts so far.
    pub attempts: f64,
    /// The receiver's last answer (`HTTP 500`, a timeout…).
    pub last_answer: Option<String>,
    /// Unix ms.
    pub queued_at: f64,
    /// Unix ms.
    pub updated_at: f64,
}

/// Who is looking.
pub enum Viewer<'a> {
    /// The signed-in merchant, with the session's CSRF token.
    Merchant {
        /// The token every action form carries.
        csrf: &'a str,
    },
    /// A support agent from a signed link: no actions, no navigation.
    Support,
}

/// The page's data.
pub struct OrderPage<'a> {
    /// The order.
    pub reg: &'a Registration,
    /// Each parcel in the buyer's words (language and zone of the registration).
    pub buyer: &'a [ShipmentAnswer],
    /// Each parcel in the merchant's language (UTC), for the scans.
    pub scans: &'a [ShipmentAnswer],
    /// The notification log.
    pub notifications: &'a [Logged],
    /// Who is looking.
    pub viewer: Viewer<'a>,
    /// An action's outcome.
    pub notice: Option<String>,
}

fn state_id(state: WatchState) -> ConsoleId {
    match state {
        WatchState::Active => ConsoleId::ConsoleStateActive,
        WatchState::Completed => ConsoleId::ConsoleStateCompleted,
        WatchState::Expired => ConsoleId::ConsoleStateExpired,
        WatchState::Stopped => ConsoleId::ConsoleStateStopped,
    }
}

fn note_id(state: &str) -> ConsoleId {
    match state {
        "sent" => ConsoleId::ConsoleNoteSent,
        "dead" => ConsoleId::ConsoleNoteDead,
        "retrying" => ConsoleId::ConsoleNoteRetrying,
        _ => ConsoleId::ConsoleNoteQueued,
    }
}

fn utc(ms: f64) -> String {
    Utc.timestamp_millis_opt(ms as i64)
        .single()
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

fn buyer_view(ui: &Ui, answers: &[ShipmentAnswer], lang: &str) -> String {
    let mut s = format!(
        r#"<section aria-labelledby="buyer"><h2 id="buyer">{}</h2>"#,
        ui.t(ConsoleId::ConsoleOrderBuyer)
    );
    for a in answers {
        s.push_str(&format!(r#"<div class="buyer" lang="{}">"#, escape(lang)));
        if let Some(label) = &a.parcel_label {
            s.push_str(&format!(r#"<p class="muted">{}</p>"#, escape(label)));
        }
        s.push_str(&format!(
            r#"<p class="headline">{}</p><p>{}</p>"#,
            escape(&a.headline),
            escape(&a.sentence)
        ));
        for t in [&a.eta_text, &a.eta_basis, &a.delivered_text, &a.stale_text]
            .into_iter()
            .flatten()
        {
            s.push_str(&format!(r#"<p class="muted">{}</p>"#, escape(t)));
        }
        s.push_str(&format!(
            r#"<ol class="steps" aria-label="{}">"#,
            escape(&a.progress.valuetext)
        ));
        for step in &a.progress.steps {
            // Named by hand: release builds carry no Debug formatting.
            let class = match step.state {
                StepState::Done => "done",
                StepState::Now => "now",
                StepState::Todo => "todo",
            };
            s.push_str(&format!(
                r#"<li class="{class}">{}</li>"#,
                escape(&step.label)
            ));
        }
        s.push_str("</ol>");
        for e in &a.exceptions {
            s.push_str(&format!(
                r#"<div class="exception"><p><strong>{}</strong></p><p>{}</p><p>{}</p></div>"#,
                escape(&e.title),
                escape(&e.explanation),
                escape(&e.action)
            ));
        }
        s.push_str("</div>");
    }
    s.push_str("</section>");
    s
}

fn scans(ui: &Ui, reg: &Registration, answers: &[ShipmentAnswer]) -> String {
    let mut s = format!(
        r#"<section aria-labelledby="scans"><h2 id="scans">{}</h2>"#,
        ui.t(ConsoleId::ConsoleOrderParcels)
    );
    for (parcel, a) in reg.snapshot.iter().zip(answers) {
        s.push_str(&format!(
            "<h3>{} <span class=\"muted\">{}</span></h3>",
            ui.say(
                ConsoleId::ConsoleOrderParcel,
                &Args::new().text("number", parcel.tracking_number.clone())
            ),
            escape(&a.status_label)
        ));
        if a.events.is_empty() {
            s.push_str(&format!("<p>{}</p>", ui.t(ConsoleId::ConsoleOrderNoScans)));
            continue;
        }
        s.push_str(&table_start(
            ui,
            None,
            &[
                ConsoleId::ConsoleColTime,
                ConsoleId::ConsoleColScan,
                ConsoleId::ConsoleColPlace,
            ],
        ));
        for e in a.events.iter().rev() {
            s.push_str(&format!(
                r#"<tr><td><time datetime="{}">{}</time></td><td>{}<br><span class="muted">{}</span></td><td>{}</td></tr>"#,
                escape(&e.at),
                escape(&e.when),
                escape(&e.label),
                escape(&e.carrier_text),
                escape(e.place.as_deref().unwrap_or(""))
            ));
        }
        s.push_str("</tbody></table></div>");
    }
    s.push_str("</section>");
    s
}

fn notifications(ui: &Ui, log: &[Logged]) -> String {
    let mut s = format!(
        r#"<section aria-labelledby="notes"><h2 id="notes">{}</h2>"#,
        ui.t(ConsoleId::ConsoleOrderNotifications)
    );
    if log.is_empty() {
        s.push_str(&format!(
            "<p>{}</p></section>",
            ui.t(ConsoleId::ConsoleOrderNoNotifications)
        ));
        return s;
    }
    s.push_str(&table_start(
        ui,
        None,
        &[
            ConsoleId::ConsoleColTime,
            ConsoleId::ConsoleColNotification,
            ConsoleId::ConsoleColState,
            ConsoleId::ConsoleColAttempts,
            ConsoleId::ConsoleColAnswer,
        ],
    ));
    for n in log {
        s.push_str(&format!(
            r#"<tr class="note-{state}"><td>{at}</td><td>{channel}: {kind}</td><td>{label}</td><td>{attempts}</td><td>{answer}</td></tr>"#,
            state = escape(&n.state),
            at = utc(n.queued_at),
            channel = escape(&n.channel),
            kind = escape(&n.kind.replace('_', " ")),
            label = ui.t(note_id(&n.state)),
            attempts = n.attempts as u32,
            answer = escape(n.last_answer.as_deref().unwrap_or("")),
        ));
    }
    s.push_str("</tbody></table></div></section>");
    s
}

fn actions(ui: &Ui, reg: &Registration, log: &[Logged], csrf: &str) -> String {
    let id = encode(&reg.id);
    let form = |action: &str, label: ConsoleId, class: &str| {
        format!(
            r#"<form method="post" action="/console/orders/{id}/{action}">{}<button type="submit" class="{class}">{}</button></form>"#,
            csrf_field(csrf),
            ui.t(label)
        )
    };
    let mut s = String::from(r#"<div class="actions">"#);
    if reg.state == WatchState::Active {
        s.push_str(&form("refresh", ConsoleId::ConsoleActionRefresh, ""));
    }
    if log.iter().any(|n| n.state == "dead") {
        s.push_str(&form("resend", ConsoleId::ConsoleActionResend, ""));
    }
    s.push_str(&format!(
        r#"<a class="button" href="/console/orders/{id}/evidence">{}</a>"#,
        ui.t(ConsoleId::ConsoleActionEvidence)
    ));
    if reg.state == WatchState::Active {
        s.push_str(&form("stop", ConsoleId::ConsoleActionStop, "danger"));
    }
    s.push_str("</div>");
    s
}

/// The whole page.
pub fn render(ui: &Ui, p: &OrderPage) -> String {
    let reg = p.reg;
    let title = ui
        .words
        .render(
            ConsoleId::ConsoleOrderTitle,
            &Args::new().text("id", reg.id.clone()),
            ui.fmt,
        )
        .unwrap_or_default();
    let mut main = String::new();
    if let Some(n) = &p.notice {
        main.push_str(&notice(n, false));
    }
    let chrome = match p.viewer {
        Viewer::Merchant { csrf } => {
            main.push_str(&format!(
                r#"<p><a href="/console">← {}</a></p>"#,
                ui.t(ConsoleId::ConsoleOrderBack)
            ));
            Chrome::SignedIn { csrf }
        }
        Viewer::Support => {
            main.push_str(&notice(&ui.t(ConsoleId::ConsoleOrderReadonly), false));
            Chrome::Bare
        }
    };
    main.push_str(&format!("<h1>{}</h1>", escape(&title)));
    let summary = summarize(reg);
    main.push_str(&format!(
        r#"<dl class="facts"><dt>{}</dt><dd>{}</dd>"#,
        ui.t(ConsoleId::ConsoleOrderWatch),
        ui.t(state_id(reg.state))
    ));
    if let Some(a) = &summary.attention {
        main.push_str(&format!(
            r#"<dt>{}</dt><dd class="rank-{}">{}</dd>"#,
            ui.t(ConsoleId::ConsoleColNeeds),
            a.rank,
            ui.t(kind_id(a.kind))
        ));
    }
    main.push_str("</dl>");
    if let Viewer::Merchant { csrf } = p.viewer {
        main.push_str(&actions(ui, reg, p.notifications, csrf));
    }
    let lang = reg.locale.as_deref().unwrap_or("en");
    main.push_str(&buyer_view(ui, p.buyer, lang));
    main.push_str(&scans(ui, reg, p.scans));
    main.push_str(&notifications(ui, p.notifications));
    page(ui, &title, chrome, &main)
}
