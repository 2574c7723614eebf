//! Reach figures as visitors and exports see them: counted tallies turned into labelled tables
//! in a language, with every small cell hidden, then written as HTML, JSON or CSV.

pub(crate) mod charts;
pub(crate) mod charts_view;
pub(crate) mod load;

use convene_domain::reach::{
    Counts, Population, SeriesTally, SessionTally, Shown, countries_shown, cumulative,
};
use convene_domain::{AttendanceMode, Session, StakeholderGroup, countries};
use jiff::civil::Date;

use crate::i18n::{Lang, Tr};
use crate::{i18n::fmt, i18n::numbers};

/// A table of figures: rows with one value per column.
#[derive(Debug, Clone)]
pub struct Table {
    /// Stable id, used in URLs and JSON (`countries`).
    pub id: &'static str,
    /// Translated caption.
    pub caption: String,
    /// Column ids (JSON keys, CSV headers).
    pub columns: &'static [&'static str],
    /// Translated column headers.
    pub headers: Vec<String>,
    /// The rows.
    pub rows: Vec<Row>,
}

/// One row: a stable key, a translated label, and its values.
#[derive(Debug, Clone)]
pub struct Row {
    /// Stable key: a country code, a group, a date, a session number.
    pub key: String,
    /// Translated label.
    pub label: String,
    /// One value per column.
    pub values: Vec<Shown>,
    /// The values as the page prints them.
    pub texts: Vec<String>,
}

/// Figures of one scope (a series or a session), ready to render or export.
#[derive(Debug, Clone)]
pub struct Figures {
    /// The threshold below which cells are hidden (0: nothing hidden, organisers only).
    pub min_cell: u64,
    /// Whom the figures count.
    pub population: Population,
    /// The message id of the note saying whom the figures count.
    pub note_id: &'static str,
    /// Number of people counted.
    pub people: Shown,
    /// People recorded as attending (for a series: attendances at sessions that count them).
    pub attendees: Shown,
    /// Verified registrants holding a place or waiting for one (for a series: registrations
    /// at sessions that still count registrants).
    pub registrants: Shown,
    /// Number of countries with at least `min_cell` people (the small-number rule).
    pub countries: u64,
    /// Records that are synthetic demo data.
    pub synthetic: u64,
    /// The one-line summary ("5,047 attendees from 162 countries").
    pub headline: String,
    /// Every table, summary first.
    pub tables: Vec<Table>,
    /// Cumulative registrations by day (session scope only), for the curve.
    pub curve: Vec<(String, u64)>,
}

/// Builds tables in one language with one privacy threshold.
pub struct Builder<'a> {
    t: Tr<'a>,
    min_cell: u64,
}

impl<'a> Builder<'a> {
    /// A builder for `t`'s language hiding cells below `min_cell`.
    pub fn new(t: Tr<'a>, min_cell: u64) -> Self {
        Self { t, min_cell }
    }

    fn lang(&self) -> Lang {
        self.t.lang
    }

    /// A figure about people: hidden when small.
    fn people(&self, n: u64) -> Shown {
        Shown::publish(n, self.min_cell)
    }

    /// A figure as the page prints it.
    pub fn text(&self, shown: Shown) -> String {
        match shown {
            Shown::Count(n) => numbers::integer(self.lang(), n),
            Shown::FewerThan(k) => {
                self.t.arg("reach-fewer-than", "k", &numbers::integer(self.lang(), k))
            }
        }
    }

    fn row(&self, key: impl Into<String>, label: String, values: Vec<Shown>) -> Row {
        let texts = values.iter().map(|v| self.text(*v)).collect();
        Row { key: key.into(), label, values, texts }
    }

    fn table(&self, id: &'static str, columns: &'static [&'static str], rows: Vec<Row>) -> Table {
        Table {
            id,
            caption: self.t.t(&format!("reach-table-{id}")),
            columns,
            headers: columns.iter().map(|c| self.t.t(&format!("reach-column-{c}"))).collect(),
            rows,
        }
    }

    /// The sentence summing up `people` of a population from `countries` countries.
    pub fn headline(&self, population: &str, people: Shown, countries: u64) -> String {
        let lang = self.lang();
        // "fewer than 5 attendees" takes the plural form of 5.
        let count = match people {
            Shown::Count(n) | Shown::FewerThan(n) => n,
        };
        let who = self.t.args(
            &format!("reach-n-{population}"),
            &[
                ("count", numbers::plural_category(lang, count).into()),
                ("n", self.text(people).into()),
            ],
        );
        let places = self.t.args(
            "reach-n-countries",
            &[
                ("count", numbers::plural_category(lang, countries).into()),
                ("n", numbers::integer(lang, countries).into()),
            ],
        );
        self.t.args("reach-headline", &[("people", who.into()), ("countries", places.into())])
    }

    /// One session's figures.
    pub fn session(&self, tally: &SessionTally) -> Figures {
        let summary = [
            ("registrations", tally.registrations),
            ("confirmed", tally.confirmed),
            ("waitlisted", tally.waitlisted),
            ("pending", tally.pending),
            ("cancelled", tally.cancelled),
            ("attended", tally.attended),
            ("attended_in_person", tally.attended_in_person),
            ("attended_online", tally.attended_online),
        ]
        .into_iter()
        .map(|(key, n)| {
            self.row(key, self.t.t(&format!("reach-figure-{key}")), vec![self.people(n)])
        })
        .chain(std::iter::once(self.row(
            "countries",
            self.t.t("reach-figure-countries"),
            vec![Shown::Count(tally.countries(self.min_cell))],
        )))
        .collect();
        let running = cumulative(&tally.daily);
        let curve_rows = running
            .iter()
            .map(|(day, n)| {
                self.row(day_key(*day), day_label(&self.t, *day), vec![self.people(*n)])
            })
            .collect();
        // The chart draws counts, so it starts where the running total may be shown.
        let curve = running
            .iter()
            .filter(|(_, n)| *n >= self.min_cell)
            .map(|(day, n)| (day_label(&self.t, *day), *n))
            .collect();
        let people = self.people(tally.people);
        let mut tables = vec![self.table("summary", &["count"], summary)];
        tables.extend(self.breakdowns(
            &tally.by_country,
            &tally.by_group,
            &tally.by_mode,
            &tally.by_language,
        ));
        tables.push(self.table("curve", &["cumulative"], curve_rows));
        Figures {
            min_cell: self.min_cell,
            population: tally.population,
            note_id: match tally.population {
                Population::Registrants => "reach-population-registrants",
                Population::Attendees => "reach-population-attendees",
            },
            people,
            attendees: self.people(tally.attended),
            registrants: self.people(tally.confirmed + tally.waitlisted),
            countries: tally.countries(self.min_cell),
            synthetic: tally.synthetic,
            headline: self.headline(
                tally.population.as_str(),
                people,
                tally.countries(self.min_cell),
            ),
            tables,
            curve,
        }
    }

    /// A series' figures; `sessions` gives each counted session's title.
    pub fn series(&self, tally: &SeriesTally, sessions: &[Session]) -> Figures {
        let summary = vec![
            self.row("people", self.t.t("reach-figure-people"), vec![self.people(tally.people)]),
            self.row(
                "participations",
                self.t.t("reach-figure-participations"),
                vec![self.people(tally.participations())],
            ),
            self.row(
                "countries",
                self.t.t("reach-figure-countries"),
                vec![Shown::Count(tally.countries(self.min_cell))],
            ),
            self.row(
                "sessions",
                self.t.t("reach-figure-sessions"),
                vec![Shown::Count(tally.sessions.len() as u64)],
            ),
        ];
        let lines = tally
            .sessions
            .iter()
            .map(|line| {
                let title = sessions
                    .iter()
                    .find(|s| s.id == line.session_id)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                let label = format!(
                    "{}: {title}",
                    self.t.arg("session-number", "number", &line.number.to_string())
                );
                let values = vec![
                    self.people(line.people),
                    Shown::Count(countries_shown(&line.by_country, self.min_cell)),
                    self.people(line.new_people),
                ];
                self.row(line.number.to_string(), label, values)
            })
            .collect();
        let mut tables = vec![
            self.table("summary", &["count"], summary),
            self.table("sessions", &["people", "countries", "new_people"], lines),
        ];
        tables.extend(self.breakdowns(
            &tally.by_country,
            &tally.by_group,
            &tally.by_mode,
            &tally.by_language,
        ));
        let people = self.people(tally.people);
        let counted = |population: Population| {
            self.people(
                tally
                    .sessions
                    .iter()
                    .filter(|l| l.population == population)
                    .map(|l| l.people)
                    .sum(),
            )
        };
        Figures {
            min_cell: self.min_cell,
            population: Population::Attendees,
            attendees: counted(Population::Attendees),
            registrants: counted(Population::Registrants),
            note_id: "reach-population-series",
            people,
            countries: tally.countries(self.min_cell),
            synthetic: tally.sessions.iter().map(|l| l.synthetic).sum(),
            headline: self.headline("participants", people, tally.countries(self.min_cell)),
            tables,
            curve: Vec::new(),
        }
    }

    /// Tables by country, region, stakeholder group, mode and language.
    fn breakdowns(
        &self,
        country: &Counts,
        group: &Counts,
        mode: &Counts,
        language: &Counts,
    ) -> Vec<Table> {
        let lang = self.lang();
        let mut by_country: Vec<Row> = country
            .iter()
            .map(|(code, n)| {
                let name = countries()
                    .iter()
                    .find(|c| c.code == code)
                    .map_or_else(|| code.clone(), |c| c.name(lang).to_owned());
                self.row(code.clone(), name, vec![self.people(*n)])
            })
            .collect();
        by_country.sort_by(by_count_then_label);
        let regions = convene_domain::reach::by_region(country);
        let mut by_region: Vec<Row> = regions
            .iter()
            .map(|(r, n)| {
                let id = format!("region-{}", r.to_lowercase());
                self.row(r.clone(), self.t.t(&id), vec![self.people(*n)])
            })
            .collect();
        by_region.sort_by(by_count_then_label);
        let fixed = |counts: &Counts, keys: Vec<&'static str>, prefix: &str| -> Vec<Row> {
            keys.into_iter()
                .map(|k| {
                    let n = counts.get(k).copied().unwrap_or(0);
                    self.row(k, self.t.t(&format!("{prefix}{k}")), vec![self.people(n)])
                })
                .collect()
        };
        vec![
            self.table("countries", &["count"], by_country),
            self.table("regions", &["count"], by_region),
            self.table(
                "groups",
                &["count"],
                fixed(group, StakeholderGroup::ALL.iter().map(|g| g.as_str()).collect(), "group-"),
            ),
            self.table(
                "modes",
                &["count"],
                fixed(mode, AttendanceMode::ALL.iter().map(|m| m.as_str()).collect(), "mode-"),
            ),
            self.table(
                "languages",
                &["count"],
                fixed(language, Lang::ALL.iter().map(|l| l.code()).collect(), "language-"),
            ),
        ]
    }
}

/// Larger counts first, then by label; hidden counts sort as equals, so the order of the
/// rows never tells which hidden cell is larger.
fn by_count_then_label(a: &Row, b: &Row) -> std::cmp::Ordering {
    let n = |r: &Row| r.values[0].count().unwrap_or(0);
    n(b).cmp(&n(a)).then_with(|| a.label.cmp(&b.label))
}

fn day_date(day: i64) -> Date {
    let epoch = Date::constant(1970, 1, 1);
    epoch.checked_add(jiff::Span::new().days(day)).unwrap_or(epoch)
}

fn day_key(day: i64) -> String {
    day_date(day).to_string()
}

fn day_label(t: &Tr<'_>, day: i64) -> String {
    fmt::date_full(t, day_date(day))
}

impl Figures {
    /// A table by id.
    pub fn table(&self, id: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }
}

impl Table {
    /// The table as CSV (RFC 4180): `key,label,<columns>`, hidden cells written `<5`.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("key,label");
        for c in self.columns {
            out.push(',');
            out.push_str(c);
        }
        out.push_str("\r\n");
        for r in &self.rows {
            out.push_str(&csv_field(&r.key));
            out.push(',');
            out.push_str(&csv_field(&r.label));
            for v in &r.values {
                out.push(',');
                out.push_str(&v.to_string());
            }
            out.push_str("\r\n");
        }
        out
    }
}

/// A CSV field, quoted when needed, and defused against spreadsheet formula injection.
pub(crate) fn csv_field(s: &str) -> String {
    convene_domain::csv_cell::field(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv_field("France"), "France");
        assert_eq!(csv_field("Korea, Republic of"), "\"Korea, Republic of\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }

    #[test]
    fn day_keys_are_iso_dates() {
        assert_eq!(day_key(0), "1970-01-01");
        assert_eq!(day_key(19_620), "2023-09-20");
    }
}
