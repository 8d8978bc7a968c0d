//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): the progress
//! bar's ARIA values, carrier markup rendered as text, the ETA's honest "not yet known".
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use waymark_shared::{Carrier, Event, Location, Phase, Shipment, Status};
use waymark_widget::components::eta_line::EtaLine;
use waymark_widget::components::progress_bar::ProgressBar;
use waymark_widget::components::timeline_list::TimelineList;
use waymark_widget::i18n::Lang;
use waymark_widget::progress::progress;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn parcel() -> Shipment {
    let at = Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap();
    let events = vec![
        Event::new(at, Status::InTransit, Carrier::Cainiao, "Picked up")
            .with_phase(Some(Phase::Origin))
            .with_location(Location::new(Some("Shenzhen"), None, None, Some("CN"))),
        Event::new(
            at + chrono::Duration::days(5),
            Status::InTransit,
            Carrier::Usps,
            "Held <img src=x onerror=alert(1)> at <b>ISC</b>",
        )
        .with_phase(Some(Phase::ImportCustoms))
        .with_location(Location::new(Some("New York"), None, None, Some("US"))),
    ];
    Shipment::from_events(Carrier::Cainiao, "LP1", events, at)
}

#[wasm_bindgen_test]
fn progress_bar_has_real_aria_values() {
    let host = container();
    let bar = progress(&parcel());
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <ProgressBar progress=bar.clone() lang=Lang::En /> },
    )
    .forget();
    let el = host.query_selector("[role=progressbar]").unwrap().unwrap();
    assert_eq!(el.get_attribute("aria-valuenow").as_deref(), Some("57"));
    assert_eq!(el.get_attribute("aria-valuemax").as_deref(), Some("100"));
    assert_eq!(
        el.get_attribute("aria-valuetext").as_deref(),
        Some("Import customs: step 4 of 6")
    );
    let now = host.query_selector(".wm-step.now span").unwrap().unwrap();
    assert_eq!(now.text_content().as_deref(), Some("Import customs"));
}

#[wasm_bindgen_test]
fn carrier_markup_is_text() {
    let host = container();
    let events = parcel().events;
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <TimelineList events=events.clone() lang=Lang::En /> },
    )
    .forget();
    assert!(
        host.query_selector("img").unwrap().is_none(),
        "no element injected"
    );
    assert!(host.query_selector("b").unwrap().is_none());
    assert!(host
        .text_content()
        .unwrap()
        .contains("Held <img src=x onerror=alert(1)> at <b>ISC</b>"));
    assert_eq!(host.query_selector_all("ol > li").unwrap().length(), 2);
}

#[wasm_bindgen_test]
fn unknown_eta_is_said_so_in_arabic() {
    let host = container();
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <EtaLine eta=None lang=Lang::Ar /> },
    )
    .forget();
    assert!(host.text_content().unwrap().contains("غير معروف بعد"));
}
