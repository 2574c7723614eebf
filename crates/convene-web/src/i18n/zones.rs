//! Time zones offered as suggestions in the "my time zone" field (any IANA name is accepted).

/// Common zones across the regions the forum's participants come from.
pub const COMMON: &[&str] = &[
    "Africa/Cairo",
    "Africa/Johannesburg",
    "Africa/Lagos",
    "Africa/Nairobi",
    "America/Bogota",
    "America/Los_Angeles",
    "America/Mexico_City",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Toronto",
    "Asia/Dubai",
    "Asia/Jakarta",
    "Asia/Kolkata",
    "Asia/Riyadh",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Moscow",
    "Europe/Paris",
    "Europe/Zurich",
    "Pacific/Auckland",
    "UTC",
];

/// The zone a mistyped name most likely meant: `Lagos` or `lagos` → `Africa/Lagos`,
/// `New York` → `America/New_York`, `Asia/Tokio` → `Asia/Tokyo`. A city (the name's last
/// part) matched exactly is preferred, then the closest name within two edits; nothing when
/// no zone is close.
pub fn suggest(typed: &str) -> Option<String> {
    let wanted = normalise(typed);
    if wanted.is_empty() || wanted.len() > 64 {
        return None;
    }
    let names: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.as_str().to_owned())
        // Only the geographic regions: legacy aliases (`US/Eastern`, `Mexico/General`,
        // `Etc/GMT+3`) are not names to recommend.
        .filter(|n| REGIONS.iter().any(|r| n.strip_prefix(r).is_some_and(|c| c.starts_with('/'))))
        .collect();
    let city = |n: &str| normalise(n.rsplit('/').next().unwrap_or(n));
    let in_common = |n: &str| COMMON.contains(&n);
    // An exact city, the common zones first (Asia/Kolkata before Asia/Calcutta).
    let mut exact: Vec<&String> = names.iter().filter(|n| city(n) == wanted).collect();
    exact.sort_by_key(|n| (!in_common(n), n.len()));
    if let Some(n) = exact.first() {
        return Some((*n).clone());
    }
    let mut best: Option<(usize, bool, &String)> = None;
    for n in &names {
        let d = distance(&wanted, &normalise(n)).min(distance(&wanted, &city(n)));
        let candidate = (d, !in_common(n), n);
        if d <= 2 && best.as_ref().is_none_or(|b| (candidate.0, candidate.1) < (b.0, b.1)) {
            best = Some(candidate);
        }
    }
    best.map(|(_, _, n)| n.clone())
}

/// The regions of the time zone database's geographic names.
const REGIONS: &[&str] = &[
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
];

/// Lower case, with spaces and hyphens as the database's underscores.
fn normalise(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c.to_ascii_lowercase() })
        .collect()
}

/// Levenshtein distance between two short names.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn mistyped_zones_get_the_zone_they_meant() {
        assert_eq!(suggest("Lagos").as_deref(), Some("Africa/Lagos"));
        assert_eq!(suggest("new york").as_deref(), Some("America/New_York"));
        assert_eq!(suggest("Asia/Tokio").as_deref(), Some("Asia/Tokyo"));
        assert_eq!(suggest("Geneva").as_deref(), None, "no zone is named after Geneva");
        assert_eq!(suggest("Mars/Olympus"), None);
    }
}
