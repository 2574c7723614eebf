//! The registrations-over-time curve: cumulative registrations by day.

use std::fmt::Write as _;

use super::{Labels, escape, num, open};

const W: f64 = 720.0;
const H: f64 = 260.0;
/// The plot's top edge, the line of `y_max_text`; the label sits above it.
const TOP: f64 = 28.0;
/// The plot's baseline; x labels sit below it.
const BOTTOM: f64 = H - 30.0;
/// Keeps the line's stroke and end points inside the viewBox.
const SIDE: f64 = 4.0;

/// A point of the cumulative registrations curve; x_label is a formatted date.
pub(crate) struct CurvePoint<'a> {
    /// The date of the point, formatted by the caller.
    pub x_label: &'a str,
    /// Registrations up to that date.
    pub value: u64,
}

/// An SVG of `points` as a line over a light area, time running from the start side: left to
/// right, or right to left with `rtl`. The top of the plot is the largest value, labelled
/// `y_max_text`; the first, last and three evenly spaced dates label the time axis.
pub(crate) fn curve(
    id: &str,
    labels: &Labels<'_>,
    points: &[CurvePoint<'_>],
    y_max_text: &str,
    rtl: bool,
) -> String {
    let x = |from_start: f64| if rtl { W - from_start } else { from_start };
    let n = points.len();
    let step = if n > 1 { (W - 2.0 * SIDE) / (n - 1) as f64 } else { 0.0 };
    // One point sits in the middle; several span the width.
    let px = |i: usize| if n == 1 { W / 2.0 } else { x(SIDE + step * i as f64) };
    let largest = points.iter().map(|p| p.value).max().unwrap_or(0).max(1) as f64;
    let py = |v: u64| BOTTOM - (v as f64 / largest) * (BOTTOM - TOP);

    let mut s = open(id, labels, W, H, "chart-curve", Some(rtl));
    let _ = write!(
        s,
        "<line class=\"grid\" x1=\"0\" y1=\"{top}\" x2=\"{w}\" y2=\"{top}\"/>\
         <line class=\"axis\" x1=\"0\" y1=\"{bottom}\" x2=\"{w}\" y2=\"{bottom}\"/>\
         <text class=\"y\" x=\"{}\" y=\"{}\" text-anchor=\"start\">{}</text>",
        num(x(0.0)),
        num(TOP - 8.0),
        escape(y_max_text),
        top = num(TOP),
        bottom = num(BOTTOM),
        w = num(W),
    );
    let coords: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{},{}", num(px(i)), num(py(p.value))))
        .collect();
    match n {
        0 => {}
        1 => {
            let _ = write!(
                s,
                "<circle class=\"dot\" cx=\"{}\" cy=\"{}\" r=\"4\"/>",
                num(px(0)),
                num(py(points[0].value))
            );
        }
        _ => {
            let _ = write!(
                s,
                "<path class=\"area\" d=\"M{},{}L{}L{},{}Z\"/><polyline class=\"line\" points=\"{}\"/>",
                num(px(0)),
                num(BOTTOM),
                coords.join("L"),
                num(px(n - 1)),
                num(BOTTOM),
                coords.join(" "),
            );
        }
    }
    for i in label_indices(n) {
        // Logical anchors under the root's `direction`: the first date grows inwards from the
        // start edge, the last from the end edge, the others centre on their point.
        let (at, anchor) = match i {
            _ if n == 1 => (px(0), "middle"),
            0 => (x(0.0), "start"),
            i if i == n - 1 => (x(W), "end"),
            i => (px(i), "middle"),
        };
        let _ = write!(
            s,
            "<text class=\"x\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            num(at),
            num(H - 10.0),
            escape(points[i].x_label),
        );
    }
    s.push_str("</svg>");
    s
}

/// The points whose dates label the time axis: first, last, and three evenly spaced between.
fn label_indices(n: usize) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let mut idx: Vec<usize> = (0..=4).map(|k| ((n - 1) * k + 2) / 4).collect();
    idx.dedup();
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: Labels<'static> = Labels { title: "Registrations", desc: "Over time" };

    fn points(n: usize) -> Vec<CurvePoint<'static>> {
        const DATES: [&str; 4] = ["1 May", "2 May", "3 May", "4 May"];
        (0..n).map(|i| CurvePoint { x_label: DATES[i % 4], value: (i * i) as u64 * 3 }).collect()
    }

    fn valid(svg: &str) {
        assert!(svg.ends_with("</svg>"));
        for bad in ["NaN", "inf", "--"] {
            assert!(!svg.contains(bad), "{bad} in {svg}");
        }
    }

    #[test]
    fn no_point_one_point_many_points() {
        let empty = curve("c", &LABELS, &[], "0", false);
        valid(&empty);
        assert!(!empty.contains("<polyline") && !empty.contains("class=\"x\""));
        let one = curve("c", &LABELS, &points(1), "0", false);
        valid(&one);
        assert!(one.contains("<circle") && one.contains(">1 May</text>"));
        let zero =
            [CurvePoint { x_label: "1 May", value: 0 }, CurvePoint { x_label: "2 May", value: 0 }];
        valid(&curve("c", &LABELS, &zero, "0", true));
        let many = curve("c", &LABELS, &points(40), "4,563", false);
        valid(&many);
        assert_eq!(many.matches("<polyline").count(), 1);
        assert_eq!(many.matches("class=\"x\"").count(), 5);
        assert!(many.contains(">4,563</text>"));
    }

    #[test]
    fn the_largest_value_reaches_the_top() {
        let svg = curve("c", &LABELS, &points(3), "12", false);
        // Values 0, 3, 12: the last point is at the top, the first on the baseline.
        assert!(svg.contains(&format!(
            "points=\"4,{} 360,{} 716,{}\"",
            num(BOTTOM),
            num(BOTTOM - (BOTTOM - TOP) / 4.0),
            num(TOP)
        )));
    }

    #[test]
    fn rtl_runs_time_from_the_right() {
        let ltr = curve("c", &LABELS, &points(3), "12", false);
        let rtl = curve("c", &LABELS, &points(3), "12", true);
        assert!(ltr.contains("points=\"4,") && rtl.contains("points=\"716,"));
        assert!(
            ltr.contains("<text class=\"y\" x=\"0\"")
                && rtl.contains("<text class=\"y\" x=\"720\"")
        );
        assert!(rtl.contains("direction=\"rtl\""));
    }

    #[test]
    fn axis_labels_are_spread_and_escaped() {
        assert_eq!(label_indices(0), Vec::<usize>::new());
        assert_eq!(label_indices(1), vec![0]);
        assert_eq!(label_indices(2), vec![0, 1]);
        assert_eq!(label_indices(9), vec![0, 2, 4, 6, 8]);
        let hostile = [CurvePoint { x_label: "<script>", value: 1 }];
        let svg = curve("c", &LABELS, &hostile, "<script>", false);
        assert!(!svg.contains("<script>") && svg.contains("&lt;script&gt;"));
    }
}
