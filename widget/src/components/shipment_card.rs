//! One parcel: status, the one sentence, progress, when, notices, links and scans.

use super::eta_line::EtaLine;
use super::links::ParcelLinks;
use super::notices::ExceptionNotice;
use super::progress_bar::ProgressBar;
use super::timeline_list::TimelineList;
use super::widget::OrderCtx;
use crate::view::ParcelView;
use leptos::prelude::*;
use std::sync::Arc;

/// A parcel's card.
#[component]
pub fn ShipmentCard(
    /// The parcel and its answer.
    parcel: ParcelView,
) -> impl IntoView {
    let eta_label = expect_context::<Arc<OrderCtx>>().words.eta_label.clone();
    let numbers = parcel.numbers();
    let a = parcel.answer;
    let notices = a
        .exceptions
        .into_iter()
        .map(|e| view! { <ExceptionNotice exception=e /> })
        .collect_view();
    view! {
        <article class="wm-parcel">
            {a.parcel_label.map(|l| view! { <h3>{l}</h3> })}
            <p class="wm-status" data-testid="waymark-status">{a.status_label.clone()}</p>
            <p class="wm-sentence" data-testid="waymark-sentence">{a.sentence}</p>
            <ProgressBar progress=a.progress label=a.status_label.clone() />
            <EtaLine label=eta_label eta_text=a.eta_text eta_basis=a.eta_basis delivered_text=a.delivered_text />
            {notices}
            {a.stale_text.map(|s| view! { <p class="wm-muted" data-testid="waymark-stale">{s}</p> })}
            <ParcelLinks carrier_page=a.carrier_page not_received=a.not_received numbers=numbers status=a.status_label />
            <TimelineList events=a.events show_all=a.show_all />
        </article>
    }
}
