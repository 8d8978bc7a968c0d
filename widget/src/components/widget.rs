//! The widget root: loads the order's timeline and shows it, a skeleton, or an error.

use super::notices::{ErrorState, Skeleton};
use super::shipment_card::ShipmentCard;
use crate::data;
use crate::i18n::Lang;
use leptos::prelude::*;

/// What the storefront configured on the host element.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The edge's base URL.
    pub edge: String,
    /// The embed token.
    pub token: String,
    /// The buyer's language.
    pub lang: Lang,
    /// The merchant's contact link (`mailto:` or `https://`), if any.
    pub contact: Option<String>,
}

/// The tracking widget for one order.
#[component]
pub fn Widget(
    /// Host settings.
    settings: Settings,
) -> impl IntoView {
    let lang = settings.lang;
    let (edge, token) = (settings.edge.clone(), settings.token.clone());
    // One fetch per widget, written into a signal when it lands (a resource would add async
    // machinery the widget does not need: nothing ever triggers a second load).
    let (timeline, set_timeline) = signal(None);
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    if let Some(c) = controller {
        let c = leptos::__reexports::send_wrapper::SendWrapper::new(c);
        on_cleanup(move || c.abort());
    }
    leptos::task::spawn_local(async move {
        let loaded = data::fetch(edge, token, signal).await;
        // The widget may have gone (and aborted the fetch) meanwhile: then there is no one to tell.
        let _ = set_timeline.try_set(Some(loaded));
    });
    let contact = settings.contact.clone();
    // A plain match rather than Transition + ErrorBoundary: the same three states (loading,
    // error, data) for a fraction of the code size.
    let body = move || match timeline.get() {
        None => view! { <Skeleton lang=lang /> }.into_any(),
        Some(Err(_)) => view! { <ErrorState lang=lang /> }.into_any(),
        Some(Ok(t)) => {
            let many = t.shipments.len() > 1;
            let order_id = t.order_id.clone();
            let contact = contact.clone();
            t.shipments
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    view! { <ShipmentCard shipment=s lang=lang index=many.then_some(i + 1) order_id=order_id.clone() contact=contact.clone() /> }
                })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <section class="wm-body" data-testid="waymark-widget" aria-label=lang.texts().history aria-live="polite">
            {body}
        </section>
    }
}
