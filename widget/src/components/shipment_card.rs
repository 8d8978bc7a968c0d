//! One parcel: status, sentence, progress, ETA, notices and timeline.

use super::eta_line::EtaLine;
use super::notices::{ExceptionNotice, StaleNotice};
use super::progress_bar::ProgressBar;
use super::timeline_list::TimelineList;
use crate::i18n::{fill, Lang};
use crate::intl::{format, Style};
use crate::progress::progress;
use crate::summary::sentence;
use leptos::prelude::*;
use waymark_shared::Shipment;

/// A parcel's card.
#[component]
pub fn ShipmentCard(
    /// The parcel.
    shipment: Shipment,
    /// The buyer's language.
    lang: Lang,
    /// "Parcel n" when the order has several.
    index: Option<usize>,
    /// The order id (for the contact link).
    order_id: String,
    /// The merchant's contact link.
    contact: Option<String>,
) -> impl IntoView {
    let t = lang.texts();
    let text = sentence(&shipment, lang, &|at| format(at, lang, Style::Day));
    let bar = progress(&shipment);
    let notices = shipment
        .exceptions
        .iter()
        .cloned()
        .map(|e| view! { <ExceptionNotice exception=e lang=lang order_id=order_id.clone() tracking_number=shipment.tracking_number.clone() contact=contact.clone() /> })
        .collect_view();
    view! {
        <article class="wm-parcel" data-status=shipment.status.as_str() data-phase=shipment.phase.map(|p| p.as_str()).unwrap_or("")>
            {index.map(|n| view! { <h3>{fill(t.parcel, &[("n", &n.to_string())])}</h3> })}
            <div class="wm-status" data-testid="waymark-status">{t.status(shipment.status)}</div>
            <p class="wm-sentence" data-testid="waymark-sentence">{text}</p>
            <ProgressBar progress=bar lang=lang />
            <EtaLine eta=shipment.eta.clone() lang=lang />
            {notices}
            {shipment.stale.then(|| view! { <StaleNotice updated_at=shipment.updated_at lang=lang /> })}
            <TimelineList events=shipment.events.clone() lang=lang />
        </article>
    }
}
