//! insta snapshots that are the same on every run and on both databases: what differs between
//! runs (tokens, ports, fingerprinted asset names) is redacted by filters. Times are not: every
//! test runs on the fixed clock of [`crate::now`], so the dates a page shows are part of what
//! it must keep showing.

/// The redactions every snapshot gets.
pub const FILTERS: &[(&str, &str)] = &[
    // The test server's port.
    (r"127\.0\.0\.1:\d+", "[host]"),
    // Registration links: signed with a key made per database.
    (r#"/(manage|verify)/[^\s"'<>()?/\]]+"#, "/$1/[token]"),
    (r#"/admin/set-password/[^\s"'<>()?/\]]+"#, "/admin/set-password/[token]"),
    // Badge codes: the registration id and letters from the same key.
    (r"\b\d+-[A-HJ-NP-Z2-9]{10}\b", "[checkin-code]"),
    // Assets are named after a hash of their content.
    (r"\.[0-9a-f]{12}\.(css|js)\b", ".[hash].$1"),
];

/// insta settings with [`FILTERS`] and any `extra` ones (regex, replacement).
pub fn settings(extra: &[(&str, &str)]) -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    for (regex, replacement) in FILTERS.iter().chain(extra) {
        s.add_filter(regex, *replacement);
    }
    s.set_prepend_module_to_snapshot(true);
    s
}

/// `insta::assert_snapshot!(name, value)` with the [`FILTERS`] (and optional extra filters)
/// applied. Call it after the last `.await` that produced the value: insta's settings are
/// per thread.
#[macro_export]
macro_rules! assert_redacted_snapshot {
    ($name:expr, $value:expr $(,)?) => {
        $crate::snapshot::settings(&[]).bind(|| $crate::insta::assert_snapshot!($name, $value))
    };
    ($name:expr, $value:expr, $extra:expr $(,)?) => {
        $crate::snapshot::settings($extra).bind(|| $crate::insta::assert_snapshot!($name, $value))
    };
}
