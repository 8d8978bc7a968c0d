//! The progress bar over the phases that apply to this parcel.

use crate::i18n::{fill, Lang};
use crate::progress::Progress;
use leptos::prelude::*;

/// A real `progressbar` with values; each step is named, the current one highlighted.
#[component]
pub fn ProgressBar(
    /// The steps and the current one.
    progress: Progress,
    /// The buyer's language.
    lang: Lang,
) -> impl IntoView {
    let t = lang.texts();
    let total = progress.steps.len();
    let label = t.history;
    let current = progress.current;
    let valuetext = match current {
        Some(i) => fill(
            t.progress,
            &[
                ("phase", t.phase(progress.steps[i])),
                ("n", &(i + 1).to_string()),
                ("total", &total.to_string()),
            ],
        ),
        None => t.status(waymark_shared::Status::Pending).to_string(),
    };
    let steps = progress
        .steps
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let class = match current {
                Some(c) if i < c => "wm-step done",
                Some(c) if i == c => "wm-step now",
                _ => "wm-step",
            };
            view! { <li class=class aria-current=(current == Some(i)).then_some("step")><i></i><span>{t.phase(*p)}</span></li> }
        })
        .collect_view();
    view! {
        <div role="progressbar" aria-label=label aria-valuemin="0" aria-valuemax="100" aria-valuenow=progress.percent.to_string() aria-valuetext=valuetext data-testid="waymark-progress">
            <ol class="wm-bar">{steps}</ol>
        </div>
    }
}
