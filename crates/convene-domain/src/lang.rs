//! The six languages of the product: the interface, the texts of records and the emails.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::types::ParseError;

/// A language of the product: the UN's six official languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Arabic, written right to left.
    Ar,
    /// Chinese (Simplified).
    Zh,
    /// English, the reference catalogue.
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, in the order the switcher shows them (UN order).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 code used in URLs, cookies, `lang` attributes and the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The same as [`Lang::code`], named like the other closed lists' stored text.
    pub fn as_str(self) -> &'static str {
        self.code()
    }

    /// `rtl` for Arabic, `ltr` otherwise.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// The language for a code, exactly (`fr`), or by its primary subtag (`fr-CH`, `FR`):
    /// lenient, for what browsers and people send. Stored values use the strict `FromStr`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

// Ordered by code, so maps keyed by language (`Texts`, stored revisions) keep the alphabetical
// order they had when the keys were text.
impl Ord for Lang {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.code().cmp(other.code())
    }
}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl FromStr for Lang {
    type Err = ParseError;

    /// Exactly one of the six codes, as stored and exchanged.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| ParseError::Unknown(s.chars().take(40).collect()))
    }
}

impl TryFrom<&str> for Lang {
    type Error = ParseError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_round_trips_through_its_code() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(Lang::try_from(lang.to_string().as_str()), Ok(lang));
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn order_is_the_codes_order() {
        let mut by_code = Lang::ALL;
        by_code.sort();
        let codes: Vec<_> = by_code.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["ar", "en", "es", "fr", "ru", "zh"]);
    }

    #[test]
    fn serde_uses_the_code() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&lang).expect("serialises");
            assert_eq!(json, format!("\"{}\"", lang.code()));
            assert_eq!(serde_json::from_str::<Lang>(&json).ok(), Some(lang));
        }
    }

    #[test]
    fn strict_parsing_refuses_what_the_lenient_one_accepts() {
        for loose in ["fr-CH", "FR", "zh_Hans"] {
            assert!(loose.parse::<Lang>().is_err(), "{loose}");
            assert!(Lang::from_code(loose).is_some(), "{loose}");
        }
        for bad in ["", "de", "english"] {
            assert!(bad.parse::<Lang>().is_err(), "{bad}");
            assert_eq!(Lang::from_code(bad), None, "{bad}");
        }
    }
}
