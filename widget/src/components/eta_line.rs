//! The ETA: an honest range with its basis, or "not yet known".

use crate::i18n::Lang;
use crate::intl::{format, Style};
use leptos::prelude::*;
use waymark_shared::{Eta, EtaBasis};

/// The estimated delivery window.
#[component]
pub fn EtaLine(
    /// The estimate, if there is an honest one.
    eta: Option<Eta>,
    /// The buyer's language.
    lang: Lang,
) -> impl IntoView {
    let t = lang.texts();
    let (window, basis) = match &eta {
        Some(e) => {
            let (from, to) = (
                format(e.earliest, lang, Style::Day),
                format(e.latest, lang, Style::Day),
            );
            let window = if from == to {
                from
            } else {
                format!("{from} – {to}")
            };
            let basis = match e.basis {
                EtaBasis::CarrierPromise => t.eta_basis[0],
                EtaBasis::CarrierEstimate => t.eta_basis[1],
                EtaBasis::LaneHistory => t.eta_basis[2],
            };
            (window, Some(basis))
        }
        None => (t.eta_unknown.to_string(), None),
    };
    view! {
        <p class="wm-eta" data-testid="waymark-eta">
            {t.eta}": "<b>{window}</b>
            {basis.map(|b| view! { <small>{b}</small> })}
        </p>
    }
}
