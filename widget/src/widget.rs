//! The widget's top-level component.

use leptos::prelude::*;

/// The tracking widget for one order.
#[component]
pub fn Widget(
    /// The merchant-signed embed token naming the order.
    token: String,
) -> impl IntoView {
    let has_token = !token.is_empty();
    view! {
        <section class="waymark" data-testid="waymark-widget" aria-label="Shipment tracking">
            <p class="waymark-summary">
                {if has_token { "Loading tracking…" } else { "Tracking is not available for this order." }}
            </p>
        </section>
    }
}
