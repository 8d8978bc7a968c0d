//! Notices: loading skeleton, error state, stale data, exceptions.

use crate::contact;
use crate::i18n::{fill, Lang};
use crate::intl::{format, Style};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use waymark_shared::ShipmentException;

/// The placeholder shown while loading: the same height as a card, so nothing jumps.
#[component]
pub fn Skeleton(
    /// The buyer's language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <div class="wm-skeleton" role="status" aria-label=lang.texts().loading data-testid="waymark-loading">
            <i style="width:40%"></i>
            <i style="width:90%"></i>
            <i style="width:75%"></i>
        </div>
    }
}

/// Shown when the timeline cannot be loaded: never a blank box.
#[component]
pub fn ErrorState(
    /// The buyer's language.
    lang: Lang,
) -> impl IntoView {
    view! { <p class="wm-error" role="alert" data-testid="waymark-error">{lang.texts().error}</p> }
}

/// "Last updated …" when the edge served its last good copy.
#[component]
pub fn StaleNotice(
    /// When carriers last answered.
    updated_at: DateTime<Utc>,
    /// The buyer's language.
    lang: Lang,
) -> impl IntoView {
    let text = fill(
        lang.texts().stale,
        &[("time", &format(updated_at, lang, Style::DayTime))],
    );
    view! { <p class="wm-stale" data-testid="waymark-stale">{text}</p> }
}

/// What went wrong and what happens next, with a way to reach the store.
#[component]
pub fn ExceptionNotice(
    /// The exception.
    exception: ShipmentException,
    /// The buyer's language.
    lang: Lang,
    /// The order id, for the contact link.
    order_id: String,
    /// The parcel's number, for the contact link.
    tracking_number: String,
    /// The merchant's contact link, if configured.
    contact: Option<String>,
) -> impl IntoView {
    let t = lang.texts();
    let href = contact
        .as_deref()
        .and_then(|c| contact::href(c, &order_id, &tracking_number));
    // The detailed explanation is English; other languages get the heading alone.
    let detail: Option<String> = None;
    view! {
        <div class="wm-notice" role="note" data-testid="waymark-exception">
            <strong>{t.exception(exception.kind)}</strong>
            {detail.map(|d| view! { <span>" "{d}</span> })}
            {href.map(|h| view! { " " <a href=h target="_blank" rel="noopener noreferrer">{t.contact}</a> })}
        </div>
    }
}
