//! When: the delivery window with what it rests on, or once delivered the delivery day.

use leptos::either::EitherOf3;
use leptos::prelude::*;

/// The estimated window ("Estimated delivery" / "Expected 5–8 Dec" / its basis), or the
/// delivery day once delivered — never an estimate for a delivered parcel.
#[component]
pub fn EtaLine(
    /// "Estimated delivery".
    label: String,
    /// The window, `None` once delivered.
    eta_text: Option<String>,
    /// What the window rests on.
    eta_basis: Option<String>,
    /// "Delivered on 3 Dec", once delivered.
    delivered_text: Option<String>,
) -> impl IntoView {
    match (delivered_text, eta_text) {
        (Some(d), _) => EitherOf3::A(
            view! { <p class="wm-eta wm-done" data-testid="waymark-delivered"><b>{d}</b></p> },
        ),
        (None, Some(e)) => EitherOf3::B(view! {
            <p class="wm-eta" data-testid="waymark-eta">
                <span class="wm-k">{label}</span>
                <b>{e}</b>
                {eta_basis.map(|b| view! { <small>{b}</small> })}
            </p>
        }),
        (None, None) => EitherOf3::C(()),
    }
}
