//! The world map of participants by country: a choropleth in logarithmic buckets over
//! Natural Earth 1:110m (`data/world-110m.tsv`, see `data/README.md`).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::LazyLock;

use super::{Cell, Labels, escape, fit, num, open, text_width};

/// `# viewBox 0 0 W H`, then `CC<TAB>path data` per shape; `--` marks land with no ISO code.
const DATA: &str = include_str!("../../../data/world-110m.tsv");
/// Room under the map for the legend.
const LEGEND_H: f64 = 56.0;
/// Font size the stylesheet gives the map's text, in viewBox units.
const FONT: f64 = 18.0;
/// Colour classes m1..m5 above m0, "no participants".
const BUCKETS: usize = 5;

/// The parsed asset: the viewBox size and each shape's code and path data.
struct Shapes {
    w: f64,
    h: f64,
    shapes: Vec<(&'static str, &'static str)>,
}

static SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let mut lines = DATA.lines();
    let header = lines.next().and_then(|l| l.strip_prefix("# viewBox 0 0 ")).unwrap_or("");
    let mut size = header.split(' ').filter_map(|v| v.parse::<f64>().ok());
    let (w, h) = (size.next().unwrap_or(1000.0), size.next().unwrap_or(440.0));
    let shapes = lines.filter_map(|l| l.split_once('\t')).collect();
    Shapes { w, h, shapes }
});

/// A country on the map.
pub(crate) struct MapCountry<'a> {
    /// Its ISO 3166-1 alpha-2 code, as in `countries.tsv`.
    pub code: &'a str,
    /// Its name, translated.
    pub name: &'a str,
    /// Its figure.
    pub cell: Cell,
    /// The figure as the page prints it.
    pub text: &'a str,
}

/// Legend texts, translated by the caller: `range(lo, hi)` gives e.g. "10–99" (`lo` may equal
/// `hi`), `none` "no participants".
pub(crate) struct MapLegend<'a> {
    /// The label of countries without participants.
    pub none: &'a str,
    /// The label of a bucket holding `lo` to `hi` participants, both included.
    pub range: &'a dyn Fn(u64, u64) -> String,
}

/// An SVG world map, each country coloured by its bucket of participants, named with its
/// figure in a tooltip, and a legend below. Countries too small for the 1:110m map (Singapore,
/// Malta…) and unknown codes are not drawn; the table beside the map lists them.
pub(crate) fn world_map(
    id: &str,
    labels: &Labels<'_>,
    countries: &[MapCountry<'_>],
    legend: &MapLegend<'_>,
) -> String {
    let map = &*SHAPES;
    let mut by_code: HashMap<&str, &MapCountry<'_>> = HashMap::with_capacity(countries.len());
    // "--" marks the asset's land without an ISO code; no caller's row may colour it.
    for c in countries.iter().filter(|c| c.code != "--") {
        by_code.entry(c.code).or_insert(c);
    }
    let max_count = countries
        .iter()
        .filter_map(|c| match c.cell {
            Cell::Count(n) => Some(n),
            Cell::FewerThan(_) => None,
        })
        .max()
        .unwrap_or(0);
    let max_k = countries
        .iter()
        .filter_map(|c| match c.cell {
            Cell::FewerThan(k) => Some(k),
            Cell::Count(_) => None,
        })
        .max()
        .unwrap_or(0);
    let bounds = bounds(max_count, max_k);

    let mut s = open(id, labels, map.w, map.h + LEGEND_H, "chart-map", None);
    s.reserve(DATA.len() + countries.len() * 64);
    for (code, d) in &map.shapes {
        match by_code.get(code) {
            Some(c) => {
                let _ = write!(
                    s,
                    "<path class=\"m{}\" d=\"{d}\"><title>{}: {}</title></path>",
                    class_of(c.cell, &bounds),
                    escape(c.name),
                    escape(c.text),
                );
            }
            None => {
                let _ = write!(s, "<path class=\"m0\" d=\"{d}\"/>");
            }
        }
    }
    draw_legend(&mut s, map, &bounds, max_count.max(max_k.saturating_sub(1)), legend);
    s.push_str("</svg>");
    s
}

/// The lower bounds of the buckets, lowest first: 1, then up to four "nice" numbers (1, 2, 5,
/// 10, 20, 50…) near evenly spaced on a log scale up to the largest figure. The second bound is
/// at least `max_k`, so that the lowest bucket, where suppressed cells go, holds every value
/// they may hide. Empty when no country has participants.
fn bounds(max_count: u64, max_k: u64) -> Vec<u64> {
    let top = max_count.max(max_k.saturating_sub(1));
    if top == 0 {
        return Vec::new();
    }
    let nice = |ideal: f64| {
        let decade = 10f64.powf(ideal.log10().floor());
        [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * decade)
            .min_by(|a, b| {
                let da = (a.log10() - ideal.log10()).abs();
                let db = (b.log10() - ideal.log10()).abs();
                da.total_cmp(&db)
            })
            .unwrap_or(1.0)
            .round() as u64
    };
    let mut out = vec![1];
    let mut dropped = false;
    for i in 1..BUCKETS {
        let b = nice((top as f64).powf(i as f64 / BUCKETS as f64));
        if b > 1 && b <= top && b < max_k {
            dropped = true;
        } else if b > 1 && b <= top {
            out.push(b);
        }
    }
    if dropped && max_k <= top {
        out.push(max_k);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The colour class of a cell: 0 for none, else its bucket's, spread over m1..m5 so that
/// fewer buckets still span the palette; suppressed cells take the lowest bucket.
fn class_of(cell: Cell, bounds: &[u64]) -> usize {
    let bucket = match cell {
        Cell::Count(0) => return 0,
        Cell::FewerThan(_) => 0,
        Cell::Count(n) => bounds.iter().rposition(|&b| b <= n).unwrap_or(0),
    };
    spread(bucket, bounds.len())
}

/// The class number, 1..=5, of bucket `i` out of `n`.
fn spread(i: usize, n: usize) -> usize {
    if n <= 1 { 1 } else { 1 + (i * (BUCKETS - 1) + (n - 1) / 2) / (n - 1) }
}

/// Swatches in a row under the map, "none" apart from the buckets, each with its text centred
/// below it: centred text reads the same in either direction, so the map needs no `rtl`.
fn draw_legend(s: &mut String, map: &Shapes, bounds: &[u64], top: u64, legend: &MapLegend<'_>) {
    const SEP: f64 = 24.0;
    let slot_for = |t: &str| (text_width(t) * FONT + 12.0).max(100.0);
    let mut items = vec![(0, legend.none.to_owned())];
    for (i, &lo) in bounds.iter().enumerate() {
        let hi = bounds.get(i + 1).map_or(top, |next| next - 1);
        items.push((spread(i, bounds.len()), (legend.range)(lo, hi)));
    }
    // The buckets share one width, so that they read as one scale.
    let none_slot = slot_for(&items[0].1);
    let bucket_slot = items[1..].iter().map(|(_, t)| slot_for(t)).fold(0.0, f64::max);
    let buckets = bounds.len() as f64;
    let mut total = none_slot + if bounds.is_empty() { 0.0 } else { SEP + bucket_slot * buckets };
    let shrink = (map.w / total).min(1.0);
    total *= shrink;
    let mut x = (map.w - total) / 2.0;
    let y = map.h + 10.0;
    s.push_str("<g class=\"legend\">");
    for (n, (class, text)) in items.iter().enumerate() {
        let slot = if n == 0 { none_slot } else { bucket_slot } * shrink;
        let (text, _) = fit(text, slot - 4.0, FONT);
        let _ = write!(
            s,
            "<rect class=\"m{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            num(x + 1.0),
            num(y),
            num(slot - 2.0),
            num(x + slot / 2.0),
            num(y + 36.0),
            escape(&text),
        );
        x += slot + if n == 0 { SEP * shrink } else { 0.0 };
    }
    s.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: Labels<'static> = Labels { title: "Where participants come from", desc: "A map" };

    fn range(lo: u64, hi: u64) -> String {
        if lo == hi { lo.to_string() } else { format!("{lo}–{hi}") }
    }

    fn render(countries: &[MapCountry<'_>]) -> String {
        world_map("m", &LABELS, countries, &MapLegend { none: "no participants", range: &range })
    }

    fn country(code: &'static str, cell: Cell) -> MapCountry<'static> {
        MapCountry { code, name: code, cell, text: "x" }
    }

    #[test]
    fn the_asset_is_well_formed() {
        assert_eq!((SHAPES.w, SHAPES.h), (1000.0, 440.0));
        assert!(SHAPES.shapes.len() > 170);
        let countries = include_str!("../../../../convene-domain/data/countries.tsv");
        for (code, d) in &SHAPES.shapes {
            assert!(*code == "--" || countries.contains(&format!("\n{code}\t")), "{code}");
            assert!(d.starts_with('M') && d.ends_with('z') && !d.contains('"'), "{code}");
        }
        assert!(!SHAPES.shapes.iter().any(|(c, _)| *c == "AQ"), "Antarctica is left out");
    }

    #[test]
    fn every_shape_is_drawn_exactly_once() {
        let svg = render(&[country("FR", Cell::Count(3)), country("BR", Cell::FewerThan(5))]);
        assert_eq!(svg.matches("<path ").count(), SHAPES.shapes.len());
        for (code, d) in &SHAPES.shapes {
            assert_eq!(svg.matches(&format!(" d=\"{d}\"")).count(), 1, "{code}");
        }
        assert!(svg.contains("role=\"img\"") && svg.contains("<title id=\"m-t\">"));
        assert!(!svg.contains("style") && !svg.contains("width=\"1000\""));
    }

    #[test]
    fn buckets_follow_the_data() {
        assert_eq!(bounds(0, 0), Vec::<u64>::new());
        assert_eq!(bounds(1, 0), vec![1]);
        assert_eq!(bounds(10_000, 0), vec![1, 5, 50, 200, 2000]);
        assert_eq!(bounds(100, 0), vec![1, 2, 5, 20, 50]);
        // The lowest bucket holds everything a "fewer than 5" may hide.
        assert_eq!(bounds(100, 5), vec![1, 5, 20, 50]);
        assert_eq!(bounds(1000, 10), vec![1, 10, 20, 50, 200]);
        assert_eq!(bounds(0, 5), vec![1]);
        let b = bounds(10_000, 5);
        let classes: Vec<usize> = [0, 1, 4, 5, 49, 50, 199, 200, 10_000]
            .iter()
            .map(|&n| class_of(Cell::Count(n), &b))
            .collect();
        assert_eq!(classes, vec![0, 1, 1, 2, 2, 3, 3, 4, 5]);
        assert_eq!(class_of(Cell::FewerThan(5), &b), 1);
        // Fewer buckets still span the palette.
        assert_eq!((1..=3).map(|i| spread(i - 1, 3)).collect::<Vec<_>>(), vec![1, 3, 5]);
        assert_eq!(class_of(Cell::Count(2), &bounds(2, 0)), 5);
    }

    #[test]
    fn countries_are_coloured_titled_and_escaped() {
        let svg = render(&[
            MapCountry {
                code: "FR",
                name: "France <script>",
                cell: Cell::Count(10_000),
                text: "10,000",
            },
            MapCountry {
                code: "BR",
                name: "Brazil",
                cell: Cell::FewerThan(5),
                text: "fewer than 5",
            },
            MapCountry { code: "CH", name: "Switzerland", cell: Cell::Count(0), text: "0" },
        ]);
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("<title>France &lt;script&gt;: 10,000</title>"));
        let fr = svg.find("France").expect("France drawn");
        assert!(svg[..fr].rfind("<path class=\"m5\"") > svg[..fr].rfind("</path>"));
        let br = svg.find("<title>Brazil: fewer than 5").expect("Brazil drawn");
        assert!(svg[..br].rfind("<path class=\"m1\"") > svg[..br].rfind("</path>"));
        assert!(svg.contains("<title>Switzerland: 0</title>"));
        // The legend: none, then one swatch per bucket with the caller's range texts.
        assert!(svg.contains(">no participants</text>") && svg.contains(">1–4</text>"));
        assert!(svg.contains(">2000–10000</text>"));
        assert_eq!(svg.matches("<rect ").count(), 1 + bounds(10_000, 5).len());
    }

    #[test]
    fn unknown_and_unmapped_codes_are_ignored() {
        let svg = render(&[
            country("SG", Cell::Count(40)),
            country("ZZ", Cell::Count(7)),
            country("", Cell::Count(1)),
        ]);
        assert_eq!(svg.matches("<path ").count(), SHAPES.shapes.len());
        assert!(!svg.contains("<title>SG") && !svg.contains("<title>ZZ"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn a_full_map_stays_small() {
        let codes: Vec<&str> =
            SHAPES.shapes.iter().map(|(c, _)| *c).filter(|c| *c != "--").collect();
        let texts: Vec<String> = (0..codes.len()).map(|i| format!("{}", i * 37 % 5000)).collect();
        let names: Vec<String> = codes.iter().map(|c| format!("Country named {c}")).collect();
        let countries: Vec<MapCountry<'_>> = (0..160.min(codes.len()))
            .map(|i| MapCountry {
                code: codes[i],
                name: &names[i],
                cell: if i % 7 == 0 {
                    Cell::FewerThan(5)
                } else {
                    Cell::Count((i * 37 % 5000) as u64)
                },
                text: &texts[i],
            })
            .collect();
        let svg = render(&countries);
        assert_eq!(svg.matches("<title>").count(), 160);
        assert!(svg.len() < 60_000, "{} bytes", svg.len());
    }
}
