//! The event timeline, newest first, collapsible; each event in the buyer's time zone, with
//! the scan's local time on demand. Carrier text is rendered as text, never as markup.

use crate::i18n::{fill, Lang};
use crate::intl::{format, format_local, Style};
use leptos::prelude::*;
use waymark_shared::Event;

/// Events shown before "show all".
const COLLAPSED: usize = 3;

/// The list of scans.
#[component]
pub fn TimelineList(
    /// Events, oldest first (as the edge sends them).
    events: Vec<Event>,
    /// The buyer's language.
    lang: Lang,
) -> impl IntoView {
    let t = lang.texts();
    if events.is_empty() {
        return view! { <p class="wm-stale">{t.no_events}</p> }.into_any();
    }
    let (all, set_all) = signal(false);
    let total = events.len();
    let items: Vec<_> = events.into_iter().rev().enumerate().map(|(i, e)| {
        let (open, set_open) = signal(false);
        let when = format(e.at, lang, Style::DayTime);
        let local = e.local_offset.map(|o| fill(t.local_time, &[("time", &format_local(e.at, o, lang))]));
        let place = e.location.as_ref().map(|l| [l.city.clone(), l.region.clone(), l.country.clone()].into_iter().flatten().collect::<Vec<_>>().join(", "));
        let text = if e.description.is_empty() { t.status(e.status).to_string() } else { e.description.clone() };
        let iso = waymark_shared::serde_time::format_utc(&e.at);
        view! {
            <li data-testid="waymark-event" style:display=move || if i < COLLAPSED || all.get() { "" } else { "none" }>
                {match local {
                    // The time is a button: pressing it shows the scan's own local time.
                    Some(l) => view! {
                        <button type="button" class="wm-when" aria-expanded=move || open.get().to_string() on:click=move |_| set_open.update(|v| *v = !*v)>
                            <time datetime=iso>{when}</time>
                        </button>
                        <span class="wm-local wm-localtime" style:display=move || if open.get() { "block" } else { "none" }>{l}</span>
                    }.into_any(),
                    None => view! { <time datetime=iso>{when}</time> }.into_any(),
                }}
                <span class="wm-desc">{text}</span>
                {place.filter(|p| !p.is_empty()).map(|p| view! { <span class="wm-local">" · "{p}</span> })}
            </li>
        }
    }).collect();
    view! {
        <div>
            <h3>{t.history}</h3>
            <ol class="wm-events">{items}</ol>
            {(total > COLLAPSED).then(|| view! {
                <button type="button" aria-expanded=move || all.get().to_string() on:click=move |_| set_all.update(|v| *v = !*v)>
                    {move || if all.get() { t.show_less } else { t.show_all }}
                </button>
            })}
        </div>
    }
    .into_any()
}
