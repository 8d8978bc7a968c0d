//! The console's page shell: language, skip link, header with navigation and sign-out, one
//! stylesheet served as a static asset (`/_console/console.css`), no scripts.

use crate::api::evidence_page::escape;
use waymark_shared::words::console::{ConsoleId, ConsoleWords};
use waymark_shared::words::Formatter;

/// The Content-Security-Policy of every console page: nothing but our stylesheet, images from
/// ourselves, and forms that post back here.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Words and formatting for one page.
pub struct Ui<'a> {
    /// The console's words in the merchant's language.
    pub words: &'a ConsoleWords,
    /// Numbers, dates and plurals in that language (UTC).
    pub fmt: &'a dyn Formatter,
}

impl Ui<'_> {
    /// A message without variables, escaped for HTML.
    pub fn t(&self, id: ConsoleId) -> String {
        escape(&self.words.t(id, self.fmt))
    }

    /// A message with variables, escaped for HTML.
    pub fn say(&self, id: ConsoleId, args: &waymark_shared::words::Args) -> String {
        escape(&self.words.render(id, args, self.fmt).unwrap_or_default())
    }
}

/// What the header shows: navigation and sign-out for a signed-in merchant (with the CSRF
/// token the sign-out form carries), nothing for the login page and read-only views.
pub enum Chrome<'a> {
    /// Signed in.
    SignedIn {
        /// The session's CSRF token.
        csrf: &'a str,
    },
    /// Signed out or read-only.
    Bare,
}

/// The start of a scrollable table with these column headings, up to its open `<tbody>`
/// (`class` on the table, when given).
pub fn table_start(ui: &Ui, class: Option<&str>, heads: &[ConsoleId]) -> String {
    let class = class
        .map(|c| format!(r#" class="{c}""#))
        .unwrap_or_default();
    let mut s = format!(r#"<div class="scroll"><table{class}><thead><tr>"#);
    for h in heads {
        s.push_str(&format!(r#"<th scope="col">{}</th>"#, ui.t(*h)));
    }
    s.push_str("</tr></thead><tbody>");
    s
}

/// A hidden CSRF field for a form.
pub fn csrf_field(csrf: &str) -> String {
    format!(
        r#"<input type="hidden" name="csrf" value="{}">"#,
        escape(csrf)
    )
}

/// A whole page.
pub fn page(ui: &Ui, title: &str, chrome: Chrome, main: &str) -> String {
    let lang = ui.words.lang();
    let other = if lang.tag() == "en" { "zh-Hans" } else { "en" };
    let nav = match chrome {
        Chrome::SignedIn { csrf } => format!(
            r#"<nav aria-label="Waymark"><a href="/console">{}</a><a href="/console/lanes">{}</a><a href="/console/lang/{other}" lang="{other}">{}</a><form method="post" action="/console/logout">{}<button type="submit" class="link">{}</button></form></nav>"#,
            ui.t(ConsoleId::ConsoleNavAttention),
            ui.t(ConsoleId::ConsoleNavLanes),
            ui.t(ConsoleId::ConsoleLangSwitch),
            csrf_field(csrf),
            ui.t(ConsoleId::ConsoleNavSignout),
        ),
        Chrome::Bare => format!(
            r#"<nav aria-label="Waymark"><a href="/console/lang/{other}" lang="{other}">{}</a></nav>"#,
            ui.t(ConsoleId::ConsoleLangSwitch)
        ),
    };
    format!(
        r##"<!doctype html>
<html lang="{tag}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>{title} · {brand}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/_console/console.css"></head>
<body><a class="skip" href="#main">{skip}</a><header><span class="brand">{brand}</span>{nav}</header>
<main id="main">{main}</main></body></html>"##,
        tag = lang.tag(),
        title = escape(title),
        brand = ui.t(ConsoleId::ConsoleTitle),
        skip = ui.t(ConsoleId::ConsoleSkip),
    )
}

/// A notice at the top of a page (`role="status"` for what was done, `alert` for a refusal).
pub fn notice(text: &str, alert: bool) -> String {
    let (role, class) = if alert {
        ("alert", "notice bad")
    } else {
        ("status", "notice")
    };
    format!(r#"<p role="{role}" class="{class}">{text}</p>"#)
}
