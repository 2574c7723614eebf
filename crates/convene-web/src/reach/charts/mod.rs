//! Server-rendered SVG charts for the reach statistics: bars, a cumulative curve and a world
//! map. Pure functions from figures to markup; no script, and no `style` attribute or element,
//! because the Content-Security-Policy allows only our stylesheet: every colour is a class
//! styled in `static/style.css` (the `/* Charts */` block).
//!
//! Each SVG is `role="img"` named by its `<title>` and `<desc>`: the page prints the same
//! figures in a table, which is what assistive technology reads.

mod bar;
mod curve;
mod map;

pub(crate) use bar::{BarRow, bar_chart};
pub(crate) use curve::{CurvePoint, curve};
pub(crate) use map::{MapCountry, MapLegend, world_map};

use std::fmt::Write as _;

/// One figure: a count, or a cell hidden for privacy ("fewer than k").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cell {
    /// The number of participants.
    Count(u64),
    /// Suppressed: between 1 and k − 1 participants.
    FewerThan(u64),
}

impl Cell {
    /// The number a chart scales by: the count, or the bound of a suppressed cell.
    fn magnitude(self) -> u64 {
        match self {
            Cell::Count(n) | Cell::FewerThan(n) => n,
        }
    }
}

/// Already-translated texts naming a chart.
pub(crate) struct Labels<'a> {
    /// The chart's accessible name, in its `<title>`.
    pub title: &'a str,
    /// A sentence describing it, in its `<desc>`.
    pub desc: &'a str,
}

/// `s` made safe for SVG text and attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate to one decimal, without a trailing ".0"; never `NaN` or `inf`, which would
/// make the browser drop the element.
fn num(v: f64) -> String {
    let v = if v.is_finite() { (v * 10.0).round() / 10.0 } else { 0.0 };
    // -0.0 would print as "-0".
    let v = if v == 0.0 { 0.0 } else { v };
    if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v:.1}") }
}

/// Roughly how wide `s` renders at a font size of 1: the server cannot measure text, and
/// labels are sized from this. Chinese and other wide scripts take a full em per character.
fn text_width(s: &str) -> f64 {
    s.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF => 1.0,
            0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 => 1.0,
            _ => 0.6,
        })
        .sum()
}

/// `s` cut with an ellipsis so that it fits `max` at font size `font`, and whether it was cut.
fn fit(s: &str, max: f64, font: f64) -> (String, bool) {
    if text_width(s) * font <= max {
        return (s.to_owned(), false);
    }
    let mut out = String::new();
    let mut width = 1.0 * font;
    for c in s.chars() {
        let w = text_width(c.encode_utf8(&mut [0; 4])) * font;
        if width + w > max {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    (out, true)
}

/// The opening of a chart: the root element, sized by its viewBox alone (CSS makes it fluid),
/// and its title and description. `rtl` sets `direction` explicitly, so that text anchors mean
/// the same whatever the page around the SVG says; `None` leaves it to the page.
fn open(id: &str, labels: &Labels<'_>, w: f64, h: f64, kind: &str, rtl: Option<bool>) -> String {
    let id = escape(id);
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" \
         aria-labelledby=\"{id}-t {id}-d\" class=\"chart {kind}\"",
        num(w),
        num(h),
    );
    match rtl {
        Some(true) => s.push_str(" direction=\"rtl\""),
        Some(false) => s.push_str(" direction=\"ltr\""),
        None => {}
    }
    let _ = write!(
        s,
        "><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        escape(labels.title),
        escape(labels.desc),
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn numbers_are_short_and_finite() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(f64::INFINITY), "0");
    }

    #[test]
    fn open_names_the_chart_and_escapes_it() {
        let labels = Labels { title: "<script>alert(1)</script>", desc: "a \"b\"" };
        let s = open("c\"x", &labels, 100.0, 50.0, "chart-bar", Some(true));
        assert!(!s.contains("<script>"));
        assert!(s.contains("aria-labelledby=\"c&quot;x-t c&quot;x-d\""));
        assert!(s.contains("direction=\"rtl\""));
        assert!(!s.contains("width=") && !s.contains("style"));
    }

    #[test]
    fn long_labels_are_cut_to_fit() {
        let (short, cut) = fit("Chile", 100.0, 14.0);
        assert_eq!((short.as_str(), cut), ("Chile", false));
        let (long, cut) = fit(&"x".repeat(100), 100.0, 14.0);
        assert!(cut && long.ends_with('…') && text_width(&long) * 14.0 <= 100.0 + 14.0);
        assert!(text_width("中国") > text_width("ab"));
    }
}
