//! The charts of a reach page, drawn from the same public figures as its tables, so a chart
//! never shows what the table beside it hides.

use convene_domain::reach::Shown;

use crate::i18n::Tr;
use crate::reach::charts::{self, BarRow, Cell, CurvePoint, Labels, MapCountry, MapLegend};
use crate::reach::{Figures, Table};

/// SVG charts by the id of the table they illustrate.
pub struct Charts {
    by_table: Vec<(&'static str, String)>,
}

impl Charts {
    /// The map, the bar charts and the registration curve of `figures`, in `t`'s language.
    pub fn new(t: &Tr<'_>, figures: &Figures) -> Self {
        let rtl = t.lang.dir() == "rtl";
        let mut by_table = Vec::new();
        if let Some(table) = figures.table("countries").filter(|t| !t.rows.is_empty()) {
            by_table.push(("countries", map(t, table)));
        }
        for id in ["regions", "groups", "sessions"] {
            if let Some(table) = figures.table(id).filter(|t| !t.rows.is_empty()) {
                by_table.push((id, bars(t, table, rtl)));
            }
        }
        if figures.curve.len() > 1 {
            by_table.push(("curve", curve(t, figures, rtl)));
        }
        Self { by_table }
    }

    /// The chart for a table, if it has one.
    pub fn for_table(&self, id: &str) -> Option<&str> {
        self.by_table.iter().find(|(t, _)| *t == id).map(|(_, svg)| svg.as_str())
    }
}

fn cell(s: Shown) -> Cell {
    match s {
        Shown::Count(n) => Cell::Count(n),
        Shown::FewerThan(k) => Cell::FewerThan(k),
    }
}

fn labels<'a>(title: &'a str, desc: &'a str) -> Labels<'a> {
    Labels { title, desc }
}

fn map(t: &Tr<'_>, table: &Table) -> String {
    let countries: Vec<MapCountry<'_>> = table
        .rows
        .iter()
        .map(|r| MapCountry {
            code: &r.key,
            name: &r.label,
            cell: cell(r.values[0]),
            text: &r.texts[0],
        })
        .collect();
    let lang = t.lang;
    let range = move |lo: u64, hi: u64| {
        let (lo, hi) =
            (crate::i18n::numbers::integer(lang, lo), crate::i18n::numbers::integer(lang, hi));
        if lo == hi {
            lo
        } else {
            t.args("reach-legend-range", &[("lo", lo.into()), ("hi", hi.into())])
        }
    };
    let none = t.t("reach-legend-none");
    let (title, desc) = (t.t("reach-map-title"), t.t("reach-map-desc"));
    charts::world_map(
        "map",
        &labels(&title, &desc),
        &countries,
        &MapLegend { none: &none, range: &range },
    )
}

fn bars(t: &Tr<'_>, table: &Table, rtl: bool) -> String {
    let rows: Vec<BarRow<'_>> = table
        .rows
        .iter()
        .map(|r| BarRow { label: &r.label, cell: cell(r.values[0]), text: &r.texts[0] })
        .collect();
    let desc = t.t("reach-chart-desc");
    charts::bar_chart(&format!("chart-{}", table.id), &labels(&table.caption, &desc), &rows, rtl)
}

fn curve(t: &Tr<'_>, figures: &Figures, rtl: bool) -> String {
    let points: Vec<CurvePoint<'_>> =
        figures.curve.iter().map(|(label, n)| CurvePoint { x_label: label, value: *n }).collect();
    let max = figures.curve.last().map_or(0, |(_, n)| *n);
    let (title, desc) = (t.t("reach-table-curve"), t.t("reach-chart-desc"));
    charts::curve(
        "chart-curve",
        &labels(&title, &desc),
        &points,
        &crate::i18n::numbers::integer(t.lang, max),
        rtl,
    )
}
