//! Horizontal bar chart: participants by stakeholder group, region or country.

use std::fmt::Write as _;

use super::{Cell, Labels, escape, fit, num, open, text_width};

/// Width of the viewBox; the stylesheet caps the chart near this many pixels so that text
/// keeps its size on wide screens.
const W: f64 = 720.0;
/// Font size the stylesheet gives chart text, in viewBox units: the body's 16px, since the
/// stylesheet never draws a bar chart below 1:1 (a phone scrolls it instead).
const FONT: f64 = 16.0;
const ROW: f64 = 26.0;
const BAR: f64 = 18.0;
const PAD: f64 = 4.0;
const GAP: f64 = 8.0;
/// A suppressed bar stays visible however small its bound is next to the largest count.
const MIN_SUPPRESSED: f64 = 6.0;

/// A bar: translated label, value, and the value as the page prints it ("1,234", "fewer than 5").
pub(crate) struct BarRow<'a> {
    /// What the bar counts (a country, a group).
    pub label: &'a str,
    /// Its figure.
    pub cell: Cell,
    /// The figure as printed beside the bar.
    pub text: &'a str,
}

/// An SVG of one horizontal bar per row, in the order given, longest for the largest count.
/// With `rtl` labels sit on the right and bars grow leftwards.
pub(crate) fn bar_chart(id: &str, labels: &Labels<'_>, rows: &[BarRow<'_>], rtl: bool) -> String {
    let label_w = rows.iter().map(|r| text_width(r.label) * FONT).fold(0.0, f64::max);
    let label_w = label_w.clamp(40.0, W * 0.4);
    // Room for a bar and the text at its end; the scale is the largest at which every row's
    // pair fits, so a long "fewer than 5" beside a short bar does not shrink the others.
    let room = W - label_w - GAP;
    let value_w = |r: &BarRow<'_>| (text_width(r.text) * FONT + 2.0 * GAP).min(room * 0.5);
    let scale = rows
        .iter()
        .filter(|r| r.cell.magnitude() > 0)
        .map(|r| (room - value_w(r)) / r.cell.magnitude() as f64)
        .fold(f64::INFINITY, f64::min);
    let scale = if scale.is_finite() { scale } else { 0.0 };
    let bar_max = room - GAP;
    // Mirrored once here: everything below places itself from the start side.
    let x = |from_start: f64| if rtl { W - from_start } else { from_start };

    let h = if rows.is_empty() { ROW } else { PAD * 2.0 + ROW * rows.len() as f64 };
    let mut s = open(id, labels, W, h, "chart-bar", Some(rtl));
    for (i, row) in rows.iter().enumerate() {
        let top = PAD + ROW * i as f64;
        let mid = num(top + ROW / 2.0);
        let (len, class) = match row.cell {
            Cell::Count(n) => (n as f64 * scale, "bar"),
            Cell::FewerThan(k) => ((k as f64 * scale).max(MIN_SUPPRESSED), "bar suppressed"),
        };
        let len = len.min(bar_max);
        let bar_start = label_w + GAP;
        let rect_x = if rtl { x(bar_start + len) } else { x(bar_start) };
        let (label, cut) = fit(row.label, label_w, FONT);
        let label = escape(&label);
        // Text anchors are logical: the root's `direction` makes "end" the side facing the bars.
        let _ = write!(
            s,
            "<text class=\"l\" x=\"{}\" y=\"{mid}\" dy=\".35em\" text-anchor=\"end\">",
            num(x(label_w)),
        );
        if cut {
            let _ = write!(s, "<title>{}</title>", escape(row.label));
        }
        let _ = write!(
            s,
            "{label}</text><rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\
             <text class=\"v\" x=\"{}\" y=\"{mid}\" dy=\".35em\" text-anchor=\"start\">{}</text>",
            num(rect_x),
            num(top + (ROW - BAR) / 2.0),
            num(len),
            num(BAR),
            num(x(bar_start + len + 4.0)),
            escape(row.text),
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: Labels<'static> = Labels { title: "By group", desc: "Participants by group" };

    fn attr(el: &str, name: &str) -> f64 {
        let key = format!(" {name}=\"");
        let start = el.find(&key).map(|i| i + key.len()).expect("attribute present");
        let end = el[start..].find('"').expect("attribute closed") + start;
        el[start..end].parse().expect("a number")
    }

    fn elements<'a>(svg: &'a str, tag: &str) -> Vec<&'a str> {
        svg.match_indices(&format!("<{tag} "))
            .map(|(i, _)| {
                let end = svg[i..].find('>').expect("element closed");
                &svg[i..=i + end]
            })
            .collect()
    }

    fn rows() -> Vec<BarRow<'static>> {
        vec![
            BarRow { label: "Civil society", cell: Cell::Count(200), text: "200" },
            BarRow { label: "Government", cell: Cell::Count(100), text: "100" },
            BarRow { label: "Academia", cell: Cell::Count(50), text: "50" },
            BarRow { label: "Technical", cell: Cell::FewerThan(5), text: "fewer than 5" },
        ]
    }

    #[test]
    fn one_bar_per_row_proportional_to_its_count() {
        let svg = bar_chart("g", &LABELS, &rows(), false);
        let bars = elements(&svg, "rect");
        assert_eq!(bars.len(), 4);
        let widths: Vec<f64> = bars.iter().map(|b| attr(b, "width")).collect();
        assert!((widths[0] / widths[1] - 2.0).abs() < 0.01, "{widths:?}");
        assert!((widths[0] / widths[2] - 4.0).abs() < 0.01, "{widths:?}");
        // Height grows with the rows.
        let more =
            bar_chart("g", &LABELS, &rows().into_iter().chain(rows()).collect::<Vec<_>>(), false);
        assert!(
            more.contains("viewBox=\"0 0 720 216\"") && svg.contains("viewBox=\"0 0 720 112\"")
        );
    }

    #[test]
    fn suppressed_cells_draw_a_short_marked_bar_and_their_text() {
        let svg = bar_chart("g", &LABELS, &rows(), false);
        let bars = elements(&svg, "rect");
        assert!(bars[3].contains("class=\"bar suppressed\""));
        assert!(
            attr(bars[3], "width") >= MIN_SUPPRESSED
                && attr(bars[3], "width") < attr(bars[2], "width")
        );
        assert!(svg.contains(">fewer than 5</text>"));
        // Only suppressed cells: still finite, still drawn.
        let alone = [BarRow { label: "A", cell: Cell::FewerThan(5), text: "<5" }];
        let svg = bar_chart("g", &LABELS, &alone, false);
        assert!(svg.contains("suppressed") && svg.contains("&lt;5") && !svg.contains("NaN"));
    }

    #[test]
    fn hostile_labels_are_escaped() {
        let hostile = [BarRow {
            label: "<script>alert('x')</script>",
            cell: Cell::Count(3),
            text: "\"3\" & <b>",
        }];
        let labels = Labels { title: "<script>", desc: "</desc><script>" };
        let svg = bar_chart("g", &labels, &hostile, false);
        assert!(!svg.contains("<script") && !svg.contains("<b>"));
        assert!(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(svg.contains("&quot;3&quot; &amp; &lt;b&gt;"));
    }

    #[test]
    fn rtl_mirrors_labels_and_bars() {
        let ltr = bar_chart("g", &LABELS, &rows(), false);
        let rtl = bar_chart("g", &LABELS, &rows(), true);
        assert!(ltr.contains("direction=\"ltr\"") && rtl.contains("direction=\"rtl\""));
        let (lt, rt) = (elements(&ltr, "text"), elements(&rtl, "text"));
        // Labels: at the left in LTR, at the right in RTL, mirror images of each other.
        assert!(attr(lt[0], "x") < W / 2.0 && attr(rt[0], "x") > W / 2.0);
        assert!((attr(lt[0], "x") + attr(rt[0], "x") - W).abs() < 0.11);
        let (lb, rb) = (elements(&ltr, "rect"), elements(&rtl, "rect"));
        for (l, r) in lb.iter().zip(&rb) {
            assert_eq!(attr(l, "width"), attr(r, "width"));
            // The RTL bar ends where the LTR one starts, mirrored.
            assert!((attr(r, "x") + attr(r, "width") - (W - attr(l, "x"))).abs() < 0.11);
        }
        // Values sit past the bar's end: right of it in LTR, left of it in RTL.
        assert!(attr(lt[1], "x") > attr(lb[0], "x") + attr(lb[0], "width"));
        assert!(attr(rt[1], "x") < attr(rb[0], "x"));
    }

    #[test]
    fn empty_and_zero_rows_stay_valid() {
        let svg = bar_chart("g", &LABELS, &[], false);
        assert!(svg.ends_with("</svg>") && !svg.contains("<rect"));
        let zero = [BarRow { label: "None", cell: Cell::Count(0), text: "0" }];
        let svg = bar_chart("g", &LABELS, &zero, true);
        assert!(!svg.contains("NaN") && !svg.contains("inf") && svg.contains("width=\"0\""));
    }

    #[test]
    fn long_labels_are_cut_with_the_full_label_in_a_title() {
        let long = "The United Kingdom of Great Britain and Northern Ireland and beyond";
        let svg = bar_chart(
            "g",
            &LABELS,
            &[BarRow { label: long, cell: Cell::Count(1), text: "1" }],
            false,
        );
        assert!(svg.contains(&format!("<title>{long}</title>")) && svg.contains('…'));
    }
}
