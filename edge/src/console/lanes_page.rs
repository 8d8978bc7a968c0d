//! The lanes page: each origin → destination lane and carrier of the merchant's own delivered
//! parcels, as a table (days per phase, p50 / p90; customs dwell; on-time share against the
//! first promise) and a chart drawn here as inline SVG — no chart library, no script.

use super::html::{page, table_start, Chrome, Ui};
use crate::api::evidence_page::escape;
use crate::proactive::lane_stats::{Lane, Spread};
use waymark_shared::words::console::ConsoleId;
use waymark_shared::words::Args;

/// Lanes drawn in the chart at most (the busiest).
const CHART_LANES: usize = 12;

fn name(l: &Lane) -> String {
    format!(
        "{} → {} · {}",
        l.origin.as_deref().unwrap_or("—"),
        l.destination.as_deref().unwrap_or("—"),
        l.carrier
    )
}

fn days(ui: &Ui, s: &Option<Spread>) -> String {
    match s {
        Some(s) => ui.say(
            ConsoleId::ConsoleDays,
            &Args::new()
                .text("p50", format!("{:.1}", s.p50))
                .text("p90", format!("{:.1}", s.p90)),
        ),
        None => "—".into(),
    }
}

/// The chart: one row per lane, a bar from p50 to p90 of door-to-door days with the median
/// marked, on a shared axis.
pub fn chart(ui: &Ui, lanes: &[Lane]) -> String {
    let shown: Vec<&Lane> = lanes
        .iter()
        .filter(|l| l.total.is_some())
        .take(CHART_LANES)
        .collect();
    if shown.is_empty() {
        return String::new();
    }
    let max = shown
        .iter()
        .filter_map(|l| l.total.map(|t| t.p90))
        .fold(1.0f64, f64::max)
        .ceil();
    let (label_w, plot_w, row_h, top) = (180.0, 420.0, 28.0, 8.0);
    let height = top + row_h * shown.len() as f64 + 30.0;
    let x = |d: f64| label_w + d / max * plot_w;
    let title = ui.t(ConsoleId::ConsoleLanesChart);
    let mut s = format!(
        r#"<figure class="chart scroll"><svg viewBox="0 0 {w} {height}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{title}</title>"#,
        w = label_w + plot_w + 20.0
    );
    for (i, l) in shown.iter().enumerate() {
        let t = l.total.expect("filtered");
        let y = top + row_h * i as f64;
        s.push_str(&format!(
            r#"<text x="{lx}" y="{ty}" text-anchor="end" class="label">{name}</text><rect x="{x0:.1}" y="{ry}" width="{w:.1}" height="12" rx="3" class="bar"><title>{name}: {range}</title></rect><line x1="{xm:.1}" x2="{xm:.1}" y1="{l0}" y2="{l1}" class="median"/>"#,
            lx = label_w - 8.0,
            ty = y + 16.0,
            name = escape(&name(l)),
            x0 = x(t.p50),
            ry = y + 6.0,
            w = (x(t.p90) - x(t.p50)).max(2.0),
            range = days(ui, &l.total),
            xm = x(t.p50),
            l0 = y + 3.0,
            l1 = y + 21.0,
        ));
    }
    let axis_y = top + row_h * shown.len() as f64 + 4.0;
    s.push_str(&format!(
        r#"<line x1="{label_w}" x2="{end}" y1="{axis_y}" y2="{axis_y}" class="axis"/>"#,
        end = label_w + plot_w
    ));
    let step = (max / 5.0).ceil().max(1.0);
    let mut d = 0.0;
    while d <= max {
        s.push_str(&format!(
            r#"<text x="{:.1}" y="{}" text-anchor="middle" class="tick">{d}</text>"#,
            x(d),
            axis_y + 18.0
        ));
        d += step;
    }
    // The unit under the lane names, clear of the ticks.
    s.push_str(&format!(
        r#"<text x="{}" y="{}" text-anchor="end" class="tick">{}</text></svg></figure>"#,
        label_w - 8.0,
        axis_y + 18.0,
        ui.t(ConsoleId::ConsoleDaysAxis)
    ));
    s
}

/// The whole page.
pub fn render(ui: &Ui, lanes: &[Lane], csrf: &str) -> String {
    let mut main = format!(
        r#"<h1>{}</h1><p class="muted">{}</p>"#,
        ui.t(ConsoleId::ConsoleLanesTitle),
        ui.t(ConsoleId::ConsoleLanesNote)
    );
    if lanes.is_empty() {
        main.push_str(&format!(
            r#"<p class="empty">{}</p>"#,
            ui.t(ConsoleId::ConsoleLanesEmpty)
        ));
    } else {
        main.push_str(&chart(ui, lanes));
        let heads = [
            ConsoleId::ConsoleColLane,
            ConsoleId::ConsoleColParcels,
            ConsoleId::ConsoleColDoor,
            ConsoleId::ConsoleColPickup,
            ConsoleId::ConsoleColExport,
            ConsoleId::ConsoleColLinehaul,
            ConsoleId::ConsoleColImport,
            ConsoleId::ConsoleColDelivery,
            ConsoleId::ConsoleColOntime,
        ];
        main.push_str(&table_start(ui, Some("lanes"), &heads));
        for l in lanes {
            let on_time = match l.on_time {
                (_, 0) => "—".to_string(),
                (on, of) => format!(
                    "{} ({:.0}%)",
                    ui.say(
                        ConsoleId::ConsoleOntimeShare,
                        &Args::new().number("on", on as i64).number("of", of as i64)
                    ),
                    on as f64 * 100.0 / of as f64
                ),
            };
            main.push_str(&format!(
                r#"<tr><th scope="row">{}</th><td>{}</td><td>{}</td>"#,
                escape(&name(l)),
                l.count,
                days(ui, &l.total)
            ));
            for p in &l.phases {
                main.push_str(&format!("<td>{}</td>", days(ui, p)));
            }
            main.push_str(&format!("<td>{on_time}</td></tr>"));
        }
        main.push_str("</tbody></table></div>");
    }
    page(
        ui,
        &ui.words.t(ConsoleId::ConsoleLanesTitle, ui.fmt),
        Chrome::SignedIn { csrf },
        &main,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proactive::lane_stats::Lane;
    use waymark_shared::words::console::ConsoleWords;
    use waymark_shared::words::{Lang, PlainFormatter};

    #[test]
    fn the_chart_draws_one_bar_per_lane_and_escapes_names() {
        let words = ConsoleWords::new(Lang::En);
        let fmt = PlainFormatter::utc(Lang::En);
        let ui = Ui {
            words: &words,
            fmt: &fmt,
        };
        let spread = Some(Spread {
            p50: 6.0,
            p90: 11.5,
            n: 40,
        });
        let lane = |carrier: &str| Lane {
            origin: Some("CN".into()),
            destination: Some("US".into()),
            carrier: carrier.into(),
            count: 40,
            total: spread,
            phases: [spread; 5],
            customs: spread,
            on_time: (30, 40),
        };
        let html = render(&ui, &[lane("cainiao"), lane("<b>x</b>")], "t");
        assert_eq!(html.matches(r#"class="bar""#).count(), 2);
        assert!(html.contains("6.0 / 11.5 d"));
        assert!(html.contains("30 of 40 (75%)"));
        assert!(!html.contains("<b>x</b>"), "carrier names are text");
        assert!(html.contains(r#"role="img""#));
    }
}
