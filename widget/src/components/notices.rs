//! Notices: loading skeleton, error state, stale data, exceptions.

use crate::view::Exception;
use leptos::prelude::*;

/// The placeholder while loading: grey lines where a collapsed card's status, sentence, bar,
/// window and links go, as tall as a collapsed card usually is (the height the loader
/// reserves) and never less than the height the page reserved.
#[component]
pub fn Skeleton(
    /// "Loading tracking…" in the buyer's language (the widget's fallback words).
    label: &'static str,
) -> impl IntoView {
    view! {
        <div class="wm-skeleton" role="status" data-testid="waymark-loading">
            <span class="wm-sr">{label}</span>
            <i></i>
            <i></i>
            <i></i>
            <i></i>
            <i></i>
        </div>
    }
}

/// Shown when the edge cannot answer: never a blank box.
#[component]
pub fn ErrorState(
    /// "Tracking is not available right now…" (the widget's fallback words).
    text: &'static str,
) -> impl IntoView {
    view! { <p class="wm-error" role="alert" data-testid="waymark-error">{text}</p> }
}

/// What went wrong, what it means, and what the buyer can do (by when, and the pickup
/// point's hours, when known).
#[component]
pub fn ExceptionNotice(
    /// The exception in words.
    exception: Exception,
) -> impl IntoView {
    let Exception {
        title,
        explanation,
        action,
        deadline,
        hours,
    } = exception;
    // The action's words may already name the deadline ("Collect it by 5 Dec"): say it once.
    // (A plain byte scan: `str::contains` would link the two-way searcher for this alone.)
    let deadline = deadline.filter(|d| {
        !action
            .as_bytes()
            .windows(d.len().max(1))
            .any(|w| w == d.as_bytes())
    });
    view! {
        <div class="wm-notice" role="note" data-testid="waymark-exception">
            <strong>{title}</strong>
            <p>{explanation}</p>
            <p class="wm-action">{action}</p>
            {deadline.map(|d| view! { <p class="wm-action">{d}</p> })}
            {hours.map(|h| view! { <p>{h}</p> })}
        </div>
    }
}
