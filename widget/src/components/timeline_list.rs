//! The scans, newest first, behind "Show all N updates" (so a card's height does not depend
//! on how chatty its carrier is): our label with the carrier's own words beside it (text,
//! never markup), when and where, and the scan's local time on demand.

use super::widget::OrderCtx;
use crate::view::EventView;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// One scan.
fn event_row(event: EventView) -> impl IntoView {
    let EventView {
        label,
        carrier_text,
        when,
        at,
        local_time,
        place,
    } = event;
    let time = view! { <time datetime=at>{when}</time> };
    let when = match local_time {
        // The time is a button: pressing it shows the scan's own local time.
        Some(l) => {
            let (open, set_open) = signal(false);
            Either::Left(view! {
                <button type="button" class="wm-when" aria-expanded=move || Some(if open.get() { "true" } else { "false" }) on:click=move |_| set_open.update(|v| *v = !*v)>
                    {time}
                </button>
                <span class="wm-localtime" hidden=move || (!open.get()).then_some("")>{l}</span>
            })
        }
        None => Either::Right(time),
    };
    let desc = (!carrier_text.trim().is_empty())
        .then(|| view! { <span class="wm-desc" dir="auto">{carrier_text}</span> });
    view! {
        <li data-testid="waymark-event">
            <span class="wm-label">{label}</span>
            {desc}
            <span class="wm-meta">{when}{place.map(|p| view! { <span class="wm-place" dir="auto">{p}</span> })}</span>
        </li>
    }
}

/// The list of scans (given oldest first, as the answer has them), collapsed.
#[component]
pub fn TimelineList(
    /// The scans, oldest first.
    events: Vec<EventView>,
    /// "Show all 12 updates".
    show_all: String,
) -> impl IntoView {
    let ctx = expect_context::<Arc<OrderCtx>>();
    let words = &ctx.words;
    if events.is_empty() {
        return Either::Left(view! { <p class="wm-muted">{words.no_events.clone()}</p> });
    }
    let (open, set_open) = signal(false);
    let items = events.into_iter().rev().map(event_row).collect_view();
    Either::Right(view! {
        <div class="wm-history">
            <button type="button" class="wm-more" aria-expanded=move || Some(if open.get() { "true" } else { "false" }) on:click=move |_| set_open.update(|v| *v = !*v)>
                <span hidden=move || open.get().then_some("")>{show_all}</span>
                <span hidden=move || (!open.get()).then_some("")>{words.show_less.clone()}</span>
            </button>
            <div hidden=move || (!open.get()).then_some("")>
                <h3>{words.history.clone()}</h3>
                <ol class="wm-events">{items}</ol>
            </div>
        </div>
    })
}
