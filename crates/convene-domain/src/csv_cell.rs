//! CSV cells that spreadsheets open safely: quoted when needed, formulas defused.
//!
//! API: [`field`]`(text)` writes one cell; [`undo_defuse`]`(cell)` reverses the defusing on
//! import, so an exported file reads back to the same text.

/// Characters that make a spreadsheet treat a cell as a formula (or hide one behind a tab).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV field, quoted when needed, and defused against spreadsheet formula injection by a
/// leading apostrophe, which spreadsheets take as "this is text".
pub fn field(s: &str) -> String {
    let s = if s.starts_with(FORMULA_STARTS) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// The text of a cell as [`field`] wrote it: the apostrophe before a formula character goes.
pub fn undo_defuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(field("France"), "France");
        assert_eq!(field("Korea, Republic of"), "\"Korea, Republic of\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(undo_defuse("'=HYPERLINK(1)"), "=HYPERLINK(1)");
        assert_eq!(undo_defuse("'quoted'"), "'quoted'", "an ordinary apostrophe stays");
    }
}
