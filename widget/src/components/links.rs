//! The parcel's links: the carrier's own tracking page, "Contact the store" (always, with the
//! order's facts) and, once delivered, "Not received?".

use super::widget::OrderCtx;
use crate::contact::{self, Facts};
use crate::view::{Link, NotReceived};
use leptos::prelude::*;
use std::sync::Arc;

/// The contact link for one parcel, when the store configured one it may use.
fn contact_href(ctx: &OrderCtx, numbers: &[String], status: &str) -> Option<String> {
    let c = ctx.contact.as_deref()?;
    contact::href(
        c,
        &Facts {
            order_id: &ctx.order_id,
            numbers,
            status,
            support_url: ctx.words.support_url.as_deref(),
            subject: &ctx.words.contact_subject,
        },
    )
}

/// A link that leaves the page: a new tab for the web, the mail client for `mailto:`.
fn out(href: String, text: String, testid: &'static str) -> impl IntoView {
    let web = href.starts_with("https://");
    view! {
        <a href=href target=web.then_some("_blank") rel=web.then_some("noopener noreferrer") data-testid=testid>{text}</a>
    }
}

/// The carrier page and contact links, and the "Not received?" disclosure.
#[component]
pub fn ParcelLinks(
    /// The carrier's tracking page.
    carrier_page: Option<Link>,
    /// "Not received?", once delivered.
    not_received: Option<NotReceived>,
    /// The parcel's tracking numbers.
    numbers: Vec<String>,
    /// The status in words.
    status: String,
) -> impl IntoView {
    let ctx = expect_context::<Arc<OrderCtx>>();
    let contact = contact_href(&ctx, &numbers, &status);
    let label = ctx.words.contact.clone();
    let carrier = carrier_page
        .filter(|l| l.url.starts_with("https://"))
        .map(|l| out(l.url, l.label, "waymark-carrier"));
    let contact_link = contact
        .clone()
        .map(|h| out(h, label.clone(), "waymark-contact"));
    let not_received = not_received.map(|n| {
        view! {
            <details class="wm-nr" data-testid="waymark-not-received">
                <summary>{n.question}</summary>
                <p>{n.help}</p>
                {contact.map(|h| view! { <p>{out(h, label, "waymark-nr-contact")}</p> })}
            </details>
        }
    });
    view! {
        <p class="wm-links">{carrier}{contact_link}</p>
        {not_received}
    }
}
