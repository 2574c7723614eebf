//! Numbers as each language writes them (grouping, digits), with ICU4X's CLDR data.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_plurals::{PluralCategory, PluralRules};

use crate::Lang;

/// One formatter per interface language, built once.
static FORMATTERS: LazyLock<HashMap<Lang, DecimalFormatter>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .filter_map(|lang| {
            let locale: icu_locale_core::Locale = lang.code().parse().ok()?;
            let formatter = DecimalFormatter::try_new(locale.into(), Default::default()).ok()?;
            Some((lang, formatter))
        })
        .collect()
});

/// Cardinal plural rules per interface language, from CLDR.
static PLURALS: LazyLock<HashMap<Lang, PluralRules>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .filter_map(|lang| {
            let locale: icu_locale_core::Locale = lang.code().parse().ok()?;
            Some((lang, PluralRules::try_new_cardinal(locale.into()).ok()?))
        })
        .collect()
});

/// The CLDR plural category of `n` in `lang`, named as Fluent variant keys are (`one`, `few`,
/// `many`…). Fluent's own rules misplace large numbers in Arabic (162 is "many", not "other"),
/// so messages about counts select on this name instead of on the number.
pub fn plural_category(lang: Lang, n: u64) -> &'static str {
    match PLURALS.get(&lang).map(|r| r.category_for(n)) {
        Some(PluralCategory::Zero) => "zero",
        Some(PluralCategory::One) => "one",
        Some(PluralCategory::Two) => "two",
        Some(PluralCategory::Few) => "few",
        Some(PluralCategory::Many) => "many",
        _ => "other",
    }
}

/// `n` written the way `lang` writes whole numbers: 5,047 / 5 047 / ٥٬٠٤٧.
pub fn integer(lang: Lang, n: u64) -> String {
    match FORMATTERS.get(&lang) {
        Some(f) => f.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_digits_its_own_way() {
        assert_eq!(integer(Lang::En, 5_047), "5,047");
        assert_eq!(integer(Lang::Zh, 1_000_000), "1,000,000");
        assert_eq!(integer(Lang::Fr, 5_047), "5\u{202f}047");
        assert_eq!(integer(Lang::Ru, 5_047), "5\u{a0}047");
        assert_eq!(integer(Lang::Es, 5_047), "5047", "Spanish groups from five digits");
        assert_eq!(integer(Lang::Es, 10_796), "10.796");
        assert_eq!(integer(Lang::En, 0), "0");
        // CLDR's default for "ar" (no region) is Latin digits with Arabic grouping rules.
        assert_eq!(integer(Lang::Ar, 5_047), "5,047");
    }

    #[test]
    fn plural_categories_follow_cldr_for_large_numbers() {
        assert_eq!(plural_category(Lang::Ar, 162), "many");
        assert_eq!(plural_category(Lang::Ar, 5_047), "many");
        assert_eq!(plural_category(Lang::Ar, 103), "few");
        assert_eq!(plural_category(Lang::Ar, 100), "other");
        assert_eq!(plural_category(Lang::Ar, 2), "two");
        assert_eq!(plural_category(Lang::Ru, 101), "one");
        assert_eq!(plural_category(Lang::Ru, 162), "few");
        assert_eq!(plural_category(Lang::Ru, 5_047), "many");
        assert_eq!(plural_category(Lang::En, 1), "one");
        assert_eq!(plural_category(Lang::Zh, 1), "other");
    }
}
