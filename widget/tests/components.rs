//! Component tests in a real browser (wasm-bindgen-test, headless Chromium). The fixtures are
//! answers as the edge serves them, read through the same path as in production (the
//! browser's JSON, then serde-wasm-bindgen): the widget shows their strings as they are.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use waymark_shared::words::Lang;
use waymark_widget::components::shipment_card::ShipmentCard;
use waymark_widget::components::timeline_list::TimelineList;
use waymark_widget::components::{start, OrderCtx, Settings};
use waymark_widget::view::{EventView, ParcelView, Words};

wasm_bindgen_test_configure!(run_in_browser);

const WORDS: &str = r#"{"lang": "en", "dir": "ltr", "tz": "America/New_York", "history": "Tracking history",
  "show_less": "Show fewer updates", "contact": "Contact the store",
  "contact_subject": "Order 1042-A: question about my parcel", "eta_label": "Estimated delivery",
  "no_events": "No updates from the carrier yet.", "support_url": "https://edge.example/support/abc"}"#;

fn steps(now: usize) -> String {
    let names = [
        "Shipped",
        "Export customs",
        "International transit",
        "Import customs",
        "In your country",
        "Delivery",
    ];
    let steps: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let state = if i < now {
                "done"
            } else if i == now {
                "now"
            } else {
                "todo"
            };
            format!(r#"{{"phase": "p{i}", "label": "{n}", "state": "{state}"}}"#)
        })
        .collect();
    steps.join(",")
}

const EVENTS: &str = r#"[
  {"label": "Parcel with the carrier", "carrier_text": "Shipment picked up", "when": "1 Mar, 08:00", "at": "2026-03-01T00:00:00Z", "local_time": "Local time at the scan: 1 Mar, 08:00 UTC+08:00", "place": "Shenzhen, China"},
  {"label": "In import customs", "carrier_text": "Held <img src=x onerror=alert(1)> at <b>ISC</b>", "when": "6 Mar, 03:00", "at": "2026-03-06T08:00:00Z", "local_time": null, "place": "New York, NY, United States"},
  {"label": "In import customs", "carrier_text": "Import customs clearance started", "when": "6 Mar, 09:00", "at": "2026-03-06T14:00:00Z", "local_time": null, "place": null}
]"#;

fn in_customs() -> String {
    format!(
        r#"{{"carrier": "cainiao", "tracking_number": "LP1", "legs": [{{"tracking_number": "LP1"}}, {{"tracking_number": "9400"}}],
      "answer": {{"status": "in_transit", "status_label": "In transit", "headline": "Your parcel is on its way",
        "sentence": "Your parcel is in import customs in the United States and will be handed to the local carrier next; it should arrive 9–12 Mar.",
        "eta_text": "Expected 9–12 Mar", "eta_basis": "Typical time for this route", "delivered_text": null,
        "progress": {{"steps": [{}], "current": 3, "percent": 57, "valuetext": "Import customs: step 4 of 6", "now_label": "Now: Import customs"}},
        "exceptions": [], "events": {EVENTS}, "show_all": "Show all 3 updates", "stale_text": null, "parcel_label": null,
        "carrier_page": {{"label": "Track it on the Cainiao website", "url": "https://global.cainiao.com/detail.htm?mailNoList=LP1"}},
        "not_received": null}}}}"#,
        steps(3)
    )
}

fn delivered() -> String {
    format!(
        r#"{{"tracking_number": "LP2",
      "answer": {{"status": "delivered", "status_label": "Delivered", "headline": "Your parcel was delivered on 3 Mar",
        "sentence": "Your parcel was delivered in Brooklyn on 3 Mar.", "eta_text": null, "eta_basis": null,
        "delivered_text": "Delivered on 3 Mar",
        "progress": {{"steps": [{}], "current": 5, "percent": 100, "valuetext": "Delivery: step 6 of 6", "now_label": "Now: Delivery"}},
        "exceptions": [], "events": {EVENTS}, "show_all": "Show all 3 updates", "stale_text": null, "parcel_label": null,
        "carrier_page": {{"label": "Track it on the USPS website", "url": "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400"}},
        "not_received": {{"question": "Not received?", "help": "USPS recorded the delivery in Brooklyn on 3 Mar. If you cannot find it, tell the store within 14 days.", "claim_days": 14}}}}}}"#,
        steps(6)
    )
}

fn failed_attempt() -> String {
    r#"{"tracking_number": "9400111899223100000055",
      "answer": {"status": "failed_attempt", "status_label": "Delivery attempted", "headline": "The carrier could not deliver your parcel",
        "sentence": "USPS tried to deliver your parcel in Oakland but nobody was available; it will try again or leave a notice.",
        "eta_text": "Expected 5 Mar", "eta_basis": "The carrier's estimate", "delivered_text": null,
        "progress": {"steps": [{"phase": "origin", "label": "Shipped", "state": "done"}, {"phase": "destination", "label": "In your country", "state": "done"}, {"phase": "last_mile", "label": "Delivery", "state": "now"}], "current": 2, "percent": 75, "valuetext": "Delivery: step 3 of 3", "now_label": "Now: Delivery"},
        "exceptions": [{"kind": "awaiting_pickup", "title": "Waiting for you at the post office", "explanation": "USPS left a notice; the parcel waits at Oakland Main.", "action_kind": "collect", "action": "Collect it by 9 Mar", "deadline": "9 Mar", "hours": "Opening hours: Mon–Fri 9:00–17:00"},
                       {"kind": "failed_attempt", "title": "Delivery attempt failed", "explanation": "Nobody was available to receive it.", "action_kind": "arrange_redelivery", "action": "Arrange a new delivery with USPS", "deadline": "7 Mar", "hours": null}],
        "events": [], "show_all": "Show all 0 updates", "stale_text": "Last updated 4 Mar, 10:00; the carrier is not answering right now, so this may be behind.",
        "parcel_label": "Parcel 2 of 2", "carrier_page": null, "not_received": null}}"#
        .to_string()
}

fn parse<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(json).expect("fixture is JSON"))
        .expect("fixture has the view's shape")
}

fn ctx(contact: Option<&str>) -> OrderCtx {
    OrderCtx {
        words: parse::<Words>(WORDS),
        order_id: "1042-A".into(),
        contact: contact.map(str::to_string),
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A container `width` px wide, with the widget's stylesheet in the document.
fn container(width: u32) -> web_sys::HtmlElement {
    let document = document();
    if document.get_element_by_id("wm-css").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("wm-css");
        style.set_text_content(Some(waymark_widget::style::CSS));
        document.head().unwrap().append_child(&style).unwrap();
    }
    let div: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    div.set_attribute("style", &format!("width:{width}px"))
        .unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Mounts one parcel's card (inside the widget's root class, as in production).
fn card(parcel: &str, contact: Option<&str>, width: u32) -> web_sys::HtmlElement {
    let host = container(width);
    let parcel: ParcelView = parse(parcel);
    let ctx = ctx(contact);
    leptos::mount::mount_to(host.clone(), move || {
        provide_context(std::sync::Arc::new(ctx.clone()));
        view! { <div class="wm"><ShipmentCard parcel=parcel.clone() /></div> }
    })
    .forget();
    host
}

fn q(host: &web_sys::HtmlElement, sel: &str) -> Option<web_sys::HtmlElement> {
    host.query_selector(sel)
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn text(host: &web_sys::HtmlElement, sel: &str) -> Option<String> {
    q(host, sel).and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
fn delivered_parcel_says_when_it_was_delivered_not_an_estimate() {
    let host = card(&delivered(), Some("mailto:help@shop.example"), 700);
    let all = host.text_content().unwrap();
    assert!(
        !all.contains("Estimated delivery"),
        "no estimate once delivered: {all}"
    );
    assert!(q(&host, "[data-testid=waymark-eta]").is_none());
    assert_eq!(
        text(&host, "[data-testid=waymark-delivered]").as_deref(),
        Some("Delivered on 3 Mar")
    );
    // "Not received?": a closed disclosure with the help and the contact link.
    let nr: web_sys::HtmlDetailsElement = q(&host, "[data-testid=waymark-not-received]")
        .unwrap()
        .unchecked_into();
    assert!(!nr.open());
    assert_eq!(
        text(&host, ".wm-nr summary").as_deref(),
        Some("Not received?")
    );
    assert!(nr
        .text_content()
        .unwrap()
        .contains("tell the store within 14 days"));
    let link = q(&host, "[data-testid=waymark-nr-contact]").unwrap();
    assert!(link
        .get_attribute("href")
        .unwrap()
        .starts_with("mailto:help@shop.example?subject=Order%201042-A"));
    // Every step done, the bar full.
    assert_eq!(
        host.query_selector_all(".wm-step.done").unwrap().length(),
        6
    );
    assert_eq!(
        q(&host, "[role=progressbar]")
            .unwrap()
            .get_attribute("aria-valuenow")
            .as_deref(),
        Some("100")
    );
}

#[wasm_bindgen_test]
fn progress_bar_has_real_aria_values() {
    let host = card(&in_customs(), None, 700);
    let bar = q(&host, "[role=progressbar]").unwrap();
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("57"));
    assert_eq!(bar.get_attribute("aria-valuemax").as_deref(), Some("100"));
    assert_eq!(
        bar.get_attribute("aria-valuetext").as_deref(),
        Some("Import customs: step 4 of 6")
    );
    assert_eq!(
        bar.get_attribute("aria-label").as_deref(),
        Some("In transit")
    );
    assert_eq!(
        text(&host, ".wm-step.now .wm-phase").as_deref(),
        Some("Import customs")
    );
    assert_eq!(
        q(&host, ".wm-step.now")
            .unwrap()
            .get_attribute("aria-current")
            .as_deref(),
        Some("step")
    );
    let eta = text(&host, "[data-testid=waymark-eta]").unwrap();
    assert!(
        eta.contains("Estimated delivery")
            && eta.contains("Expected 9–12 Mar")
            && eta.contains("Typical time"),
        "{eta}"
    );
}

#[wasm_bindgen_test]
fn phase_labels_are_never_cut() {
    for width in [320, 360, 390, 600, 1280] {
        let host = card(&in_customs(), None, width);
        let labels = host.query_selector_all(".wm-phase").unwrap();
        for i in 0..labels.length() {
            let l: web_sys::HtmlElement = labels.item(i).unwrap().unchecked_into();
            assert!(
                l.scroll_width() <= l.client_width(),
                "{width}px: {:?} is cut",
                l.text_content()
            );
        }
        let now = q(&host, "[data-testid=waymark-now]").unwrap();
        let first: web_sys::HtmlElement = labels.item(0).unwrap().unchecked_into();
        if width < 520 {
            // Too narrow for six names: the current step by name instead.
            assert!(
                now.offset_height() > 0,
                "{width}px: the current step is named"
            );
            assert_eq!(first.offset_height(), 0);
        } else {
            assert_eq!(now.offset_height(), 0, "{width}px: the step names say it");
            assert!(first.offset_height() > 0);
        }
        host.remove();
    }
}

#[wasm_bindgen_test]
fn sentence_is_shown_whole_and_as_given() {
    let host = card(&in_customs(), None, 390);
    assert_eq!(
        text(&host, "[data-testid=waymark-sentence]").as_deref(),
        Some("Your parcel is in import customs in the United States and will be handed to the local carrier next; it should arrive 9–12 Mar.")
    );
    assert_eq!(
        text(&host, "[data-testid=waymark-status]").as_deref(),
        Some("In transit")
    );
}

/// Lets the reactive system run what a click scheduled.
async fn tick() {
    for _ in 0..5 {
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
            &wasm_bindgen::JsValue::NULL,
        ))
        .await
        .unwrap();
    }
}

#[wasm_bindgen_test]
async fn carrier_markup_is_text_and_the_local_time_is_on_demand() {
    let host = container(700);
    let events: Vec<EventView> = parse(EVENTS);
    let ctx = ctx(None);
    leptos::mount::mount_to(host.clone(), move || {
        provide_context(std::sync::Arc::new(ctx.clone()));
        view! { <div class="wm"><TimelineList events=events.clone() show_all="Show all 3 updates".to_string() /></div> }
    })
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
    // Newest first, behind "show all" (a card's height does not depend on its carrier).
    let rows = host.query_selector_all("ol > li").unwrap();
    assert_eq!(rows.length(), 3);
    let shown = |i| {
        rows.item(i)
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>()
            .offset_height()
            > 0
    };
    assert!(!shown(0) && !shown(2));
    assert_eq!(
        text(&host, "li .wm-label").as_deref(),
        Some("In import customs")
    );
    let more = q(&host, ".wm-more").unwrap();
    let visible = |b: &web_sys::HtmlElement| {
        let spans = b.query_selector_all("span").unwrap();
        (0..spans.length())
            .map(|i| {
                spans
                    .item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::HtmlElement>()
            })
            .find(|s| s.offset_height() > 0)
            .and_then(|s| s.text_content())
    };
    assert_eq!(visible(&more).as_deref(), Some("Show all 3 updates"));
    assert_eq!(
        more.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    more.click();
    tick().await;
    assert!(shown(0) && shown(1) && shown(2));
    assert_eq!(visible(&more).as_deref(), Some("Show fewer updates"));
    assert_eq!(
        text(&host, ".wm-history h3").as_deref(),
        Some("Tracking history")
    );
    // The oldest scan has its local time behind its time button.
    let when = q(&host, "li:last-child .wm-when").unwrap();
    let local = q(&host, "li:last-child .wm-localtime").unwrap();
    assert_eq!(local.offset_height(), 0);
    when.click();
    tick().await;
    assert!(local.offset_height() > 0);
    assert_eq!(
        local.text_content().as_deref(),
        Some("Local time at the scan: 1 Mar, 08:00 UTC+08:00")
    );
    assert_eq!(when.get_attribute("aria-expanded").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
fn links_carrier_page_and_contact_on_every_parcel() {
    let host = card(&in_customs(), Some("https://shop.example/help"), 700);
    let carrier = q(&host, "[data-testid=waymark-carrier]").unwrap();
    assert_eq!(
        carrier.text_content().as_deref(),
        Some("Track it on the Cainiao website")
    );
    assert_eq!(carrier.get_attribute("target").as_deref(), Some("_blank"));
    let contact = q(&host, "[data-testid=waymark-contact]").unwrap();
    assert_eq!(contact.text_content().as_deref(), Some("Contact the store"));
    assert_eq!(
        contact.get_attribute("href").as_deref(),
        Some("https://shop.example/help?order=1042-A&tracking=LP1%2C9400&status=In%20transit&support=https%3A%2F%2Fedge.example%2Fsupport%2Fabc")
    );
    assert!(
        q(&host, "[data-testid=waymark-not-received]").is_none(),
        "only once delivered"
    );
    // A store link the widget may not use is no link at all.
    let host = card(&in_customs(), Some("javascript:alert(1)"), 700);
    assert!(q(&host, "[data-testid=waymark-contact]").is_none());
    assert!(q(&host, "a[href^=javascript]").is_none());
}

#[wasm_bindgen_test]
fn exceptions_say_what_happened_what_to_do_by_when_and_the_hours() {
    let host = card(&failed_attempt(), Some("mailto:help@shop.example"), 390);
    let notices = host
        .query_selector_all("[data-testid=waymark-exception]")
        .unwrap();
    assert_eq!(notices.length(), 2);
    let first = notices.item(0).unwrap().text_content().unwrap();
    for part in [
        "Waiting for you at the post office",
        "the parcel waits at Oakland Main",
        "Collect it by 9 Mar",
        "Opening hours: Mon–Fri",
    ] {
        assert!(first.contains(part), "{part} in {first}");
    }
    assert_eq!(
        first.matches("9 Mar").count(),
        1,
        "the deadline said once: {first}"
    );
    let second = notices.item(1).unwrap().text_content().unwrap();
    assert!(
        second.contains("Arrange a new delivery with USPS") && second.contains("7 Mar"),
        "{second}"
    );
    assert!(text(&host, "[data-testid=waymark-stale]")
        .unwrap()
        .starts_with("Last updated 4 Mar"));
    assert_eq!(
        text(&host, ".wm-parcel > h3").as_deref(),
        Some("Parcel 2 of 2")
    );
    assert_eq!(
        text(&host, ".wm-muted:last-child").as_deref(),
        Some("No updates from the carrier yet.")
    );
    assert!(
        q(&host, "[data-testid=waymark-contact]").is_some(),
        "contact without a carrier page"
    );
    assert!(q(&host, "[data-testid=waymark-carrier]").is_none());
}

#[wasm_bindgen_test]
async fn skeleton_keeps_the_reserved_height_then_the_content_takes_its_own() {
    let host = container(390);
    let settings = Settings {
        edge: "http://127.0.0.1:9".into(),
        token: String::new(),
        lang: Lang::Ar,
        tz: "Asia/Dubai".into(),
        contact: None,
        theme: "dark",
        reserved: 333,
    };
    let inner: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.append_child(&inner).unwrap();
    start(inner, settings);
    let root = q(&host, ".wm").unwrap();
    assert!(
        (root.offset_height() - 333).abs() <= 1,
        "the skeleton fills the reservation: {}",
        root.offset_height()
    );
    assert!(q(&host, "[data-testid=waymark-loading]").is_some());
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ar"));
    // No token: the error state in the buyer's language (the widget's only own words), as
    // tall as it is.
    for _ in 0..20 {
        if q(&host, "[data-testid=waymark-error]").is_some() {
            break;
        }
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
            &wasm_bindgen::JsValue::NULL,
        ))
        .await
        .unwrap();
    }
    let error = text(&host, "[data-testid=waymark-error]").expect("error state shown");
    assert_eq!(error, waymark_shared::words::fallback(Lang::Ar)[1]);
    assert!(
        q(&host, "[data-testid=waymark-loading]").is_none(),
        "the skeleton is gone"
    );
    let root = q(&host, ".wm").unwrap();
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    assert!(
        root.offset_height() < 120,
        "no band under the error: {}",
        root.offset_height()
    );
}
