//! The progress bar over the phases that apply to this parcel.

use crate::view::Progress;
use leptos::prelude::*;

/// A real `progressbar` with values. Each step is named under its segment, the names wrapping
/// rather than cut; where the widget is too narrow for them it names the current step alone
/// (`now_label`) under the bar instead.
#[component]
pub fn ProgressBar(
    /// The steps and values.
    progress: Progress,
    /// The bar's accessible name (the status label).
    label: String,
) -> impl IntoView {
    let Progress {
        steps,
        percent,
        valuetext,
        now_label,
    } = progress;
    let steps = steps
        .into_iter()
        .map(|s| {
            let (class, current) = match s.state.as_str() {
                "done" => ("wm-step done", None),
                "now" => ("wm-step now", Some("step")),
                _ => ("wm-step", None),
            };
            view! { <li class=class aria-current=current><i></i><span class="wm-phase">{s.label}</span></li> }
        })
        .collect_view();
    view! {
        <div role="progressbar" aria-label=label aria-valuemin="0" aria-valuemax="100" aria-valuenow=percent.to_string() aria-valuetext=valuetext data-testid="waymark-progress">
            <ol class="wm-bar">{steps}</ol>
            {now_label.map(|n| view! { <p class="wm-now" data-testid="waymark-now">{n}</p> })}
        </div>
    }
}
