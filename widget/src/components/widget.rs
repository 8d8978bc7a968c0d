//! The widget root: shows the skeleton, loads the order's answer, then shows it (or the error
//! state) in the skeleton's place.
//!
//! Two static mounts rather than one reactive switch: nothing ever re-renders a whole order,
//! so the switch's rebuild machinery (about a tenth of the bundle) is not compiled in. The
//! widget lives as long as the page (the loader never unmounts it), so the fetch has nothing
//! to be aborted for.

use super::notices::{ErrorState, Skeleton};
use super::shipment_card::ShipmentCard;
use crate::data;
use crate::view::{OrderView, Words};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;
use waymark_shared::words::{fallback, Dir, Lang};
use web_sys::HtmlElement;

/// What the storefront configured on the host element, and what the browser says.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The edge's base URL.
    pub edge: String,
    /// The embed token.
    pub token: String,
    /// The buyer's language (asked of the edge; the loading and error words are in it).
    pub lang: Lang,
    /// The buyer's IANA time zone.
    pub tz: String,
    /// The merchant's contact link (`mailto:` or `https://`), if any.
    pub contact: Option<String>,
    /// `light`, `dark` or `auto`.
    pub theme: &'static str,
    /// The height the page reserved for the widget (px), which the skeleton keeps.
    pub reserved: u32,
}

/// What every component of an order needs (through context, as `Arc<OrderCtx>`): its words
/// and the contact link's facts.
#[derive(Debug, Clone)]
pub struct OrderCtx {
    /// The order's words.
    pub words: Words,
    /// The order id.
    pub order_id: String,
    /// The merchant's contact link.
    pub contact: Option<String>,
}

/// An order's parcels, with the order's words in context.
#[component]
pub fn Order(
    /// The order.
    order: OrderView,
    /// The merchant's contact link.
    contact: Option<String>,
) -> impl IntoView {
    provide_context(Arc::new(OrderCtx {
        words: order.words,
        order_id: order.order_id,
        contact,
    }));
    order
        .shipments
        .into_iter()
        .map(|p| view! { <ShipmentCard parcel=p /> })
        .collect_view()
}

fn dir(rtl: bool) -> &'static str {
    if rtl {
        "rtl"
    } else {
        "ltr"
    }
}

/// The widget's body while loading: the skeleton.
#[component]
pub fn Loading(
    /// The buyer's language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <section class="wm-body" data-testid="waymark-widget" aria-busy="true">
            <Skeleton label=fallback(lang)[0] />
        </section>
    }
}

/// The widget's body once the edge answered (or could not): the order, or the error state in
/// the buyer's language.
#[component]
pub fn Loaded(
    /// The buyer's language.
    lang: Lang,
    /// The merchant's contact link.
    contact: Option<String>,
    /// The answer.
    loaded: Result<OrderView, data::LoadError>,
) -> impl IntoView {
    let body = match loaded {
        Ok(o) => Either::Left(view! { <Order order=o contact=contact /> }),
        Err(_) => Either::Right(view! { <ErrorState text=fallback(lang)[1] /> }),
    };
    view! { <section class="wm-body" data-testid="waymark-widget" aria-live="polite">{body}</section> }
}

/// Runs a widget in `container` (which becomes its root, `.wm`): the skeleton at once, in the
/// reserved height, and the answer when it lands, in the answer's language and direction.
pub fn start(container: HtmlElement, settings: Settings) {
    let Settings {
        edge,
        token,
        lang,
        tz,
        contact,
        theme,
        reserved,
    } = settings;
    // The root's attributes are set here once, not rendered twice (skeleton, then answer).
    let set = |k: &str, v: &str| {
        let _ = container.set_attribute(k, v);
    };
    set("class", "wm");
    set("data-theme", theme);
    set("lang", lang.tag());
    set("dir", dir(lang.dir() == Dir::Rtl));
    if reserved > 0 {
        set("style", &format!("min-height:{reserved}px"));
    }
    let skeleton = leptos::mount::mount_to(container.clone(), move || view! { <Loading lang /> });
    leptos::task::spawn_local(async move {
        let loaded = data::fetch(&edge, &token, lang, &tz).await;
        drop(skeleton);
        let _ = container.remove_attribute("style");
        if let Ok(o) = &loaded {
            let _ = container.set_attribute("lang", &o.words.lang);
            let _ = container.set_attribute("dir", dir(o.words.rtl()));
        }
        leptos::mount::mount_to(container, move || view! { <Loaded lang contact loaded /> })
            .forget();
    });
}
