//! A date formatted by ICU4X, with where its day, month and year are, to compose ranges.

use std::fmt;

use writeable::{Part, PartsWrite, Writeable};

/// A formatted date and the byte spans of its fields.
#[derive(Debug, Default)]
pub(crate) struct FormattedParts {
    text: String,
    spans: Vec<(usize, usize, Part)>,
}

impl fmt::Write for FormattedParts {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text.push_str(s);
        Ok(())
    }
}

impl PartsWrite for FormattedParts {
    type SubPartsWrite = Self;

    fn with_part(
        &mut self,
        part: Part,
        mut f: impl FnMut(&mut Self::SubPartsWrite) -> fmt::Result,
    ) -> fmt::Result {
        let start = self.text.len();
        f(self)?;
        self.spans.push((start, self.text.len(), part));
        Ok(())
    }
}

impl FormattedParts {
    /// Formats `w`, keeping its parts.
    pub(crate) fn of(w: &impl Writeable) -> Self {
        let mut out = Self::default();
        // Writing to a String cannot fail.
        let _ = w.write_to_parts(&mut out);
        out
    }

    fn span(&self, part: Part) -> Option<(usize, usize)> {
        self.spans.iter().find(|(_, _, p)| *p == part).map(|(s, e, _)| (*s, *e))
    }

    fn field(&self, part: Part) -> Option<&str> {
        self.span(part).map(|(s, e)| &self.text[s..e])
    }

    /// `September 20–21, 2023` from `self` (the 20th) and `last` (the 21st) of one month:
    /// the day becomes a span of days, the rest is written once.
    pub(crate) fn same_month_range(&self, last: &Self) -> Option<String> {
        let (s, e) = self.span(icu_datetime::parts::DAY)?;
        let last_day = last.field(icu_datetime::parts::DAY)?;
        Some(format!("{}{}–{last_day}{}", &self.text[..s], &self.text[s..e], &self.text[e..]))
    }

    /// `July 30 – August 2, 2020`: the year is written once, on the side the language puts it
    /// (`2020年7月30日 – 8月2日` in Chinese).
    pub(crate) fn same_year_range(&self, last: &Self) -> Option<String> {
        use icu_datetime::parts::{DAY, MONTH, YEAR};
        let (year_start, _) = self.span(YEAR)?;
        let (month_start, month_end) = self.span(MONTH)?;
        let (day_start, day_end) = self.span(DAY)?;
        if year_start < month_start.min(day_start) {
            // Year first: keep the first date whole, drop the year from the last one.
            let (m, d) = (last.span(MONTH)?.0, last.span(DAY)?.0);
            Some(format!("{} – {}", self.text, &last.text[m.min(d)..]))
        } else {
            // Year last: drop it (and what follows the day and month) from the first date.
            Some(format!("{} – {}", &self.text[..month_end.max(day_end)], last.text))
        }
    }
}
