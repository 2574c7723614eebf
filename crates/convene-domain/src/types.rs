//! Small value types parsed from untrusted text in one `TryFrom`, tested beside the type.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Why a piece of text could not become a domain value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Not a slug: lowercase ASCII letters, digits and single hyphens, 1 to 80 characters.
    #[error("invalid slug")]
    Slug,
    /// Not an IANA time zone name known to the bundled time zone database.
    #[error("unknown time zone")]
    TimeZone,
    /// Not one of the values a closed list allows.
    #[error("unknown value {0:?}")]
    Unknown(String),
}

/// A URL-safe identifier: lowercase ASCII letters, digits and single inner hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for Slug {
    type Error = ParseError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let ok = (1..=80).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok { Ok(Self(s.to_owned())) } else { Err(ParseError::Slug) }
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An IANA time zone name (`Europe/Zurich`) that the bundled time zone database knows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct TimeZoneName(String);

impl TimeZoneName {
    /// The IANA name.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The zone's rules, for converting instants to civil time.
    pub fn zone(&self) -> jiff::tz::TimeZone {
        // Constructed only after a successful lookup, and the database is compiled in.
        jiff::tz::TimeZone::get(&self.0).unwrap_or(jiff::tz::TimeZone::UTC)
    }
}

impl TryFrom<&str> for TimeZoneName {
    type Error = ParseError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        if s.is_empty() || s.len() > 64 {
            return Err(ParseError::TimeZone);
        }
        let tz = jiff::tz::TimeZone::get(s).map_err(|_| ParseError::TimeZone)?;
        // Keep the canonical spelling the database reports, so `europe/zurich` is stored once.
        Ok(Self(tz.iana_name().unwrap_or(s).to_owned()))
    }
}

impl fmt::Display for TimeZoneName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Declares a closed list stored and exchanged as snake_case text.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stable text used in the database, URLs, the API and message ids.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
        }

        impl FromStr for $name {
            type Err = ParseError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok(Self::$variant),)+
                    other => Err(ParseError::Unknown(other.chars().take(40).collect())),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

text_enum! {
    /// How people take part in a session.
    Format {
        /// Everyone is in the room.
        InPerson => "in_person",
        /// Everyone joins remotely.
        Online => "online",
        /// In the room and online at once.
        Hybrid => "hybrid",
    }
}

text_enum! {
    /// Where a session stands in its lifecycle.
    SessionStatus {
        /// Being prepared; invisible to the public.
        Draft => "draft",
        /// Public, registration not open yet.
        Announced => "announced",
        /// Public and taking registrations.
        RegistrationOpen => "registration_open",
        /// Registration closed, session not started.
        RegistrationClosed => "registration_closed",
        /// Happening now.
        Live => "live",
        /// Over, material not yet published.
        Concluded => "concluded",
        /// Over, with its material published.
        Published => "published",
        /// Called off.
        Cancelled => "cancelled",
    }
}

impl SessionStatus {
    /// Whether visitors and the public API may see a session in this state.
    pub fn is_public(self) -> bool {
        self != Self::Draft
    }
}

text_enum! {
    /// How precisely a session's dates are known, which decides how they are shown.
    SchedulePrecision {
        /// Start and end times are known.
        Time => "time",
        /// Only the days are known.
        Day => "day",
        /// Only the month is known.
        Month => "month",
    }
}

text_enum! {
    /// What kind of slot an agenda item is.
    AgendaKind {
        /// Opening remarks.
        Opening => "opening",
        /// A keynote address.
        Keynote => "keynote",
        /// A presentation.
        Presentation => "presentation",
        /// A panel discussion.
        Panel => "panel",
        /// Questions and answers, open floor.
        Qa => "qa",
        /// A break.
        Break => "break",
        /// Closing remarks.
        Closing => "closing",
    }
}

text_enum! {
    /// What a person does in an agenda item.
    SpeakerRole {
        /// Moderates or chairs the item.
        Moderator => "moderator",
        /// Speaks, presents or sits on the panel.
        Speaker => "speaker",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_accepts_lowercase_words_joined_by_hyphens() {
        assert_eq!(
            Slug::try_from("generative-ai").map(|s| s.to_string()),
            Ok("generative-ai".into())
        );
        assert!(Slug::try_from("ai2").is_ok());
    }

    #[test]
    fn slug_refuses_everything_else() {
        for bad in ["", "Generative", "a b", "-a", "a-", "a--b", "é", "<script>", &"a".repeat(81)]
        {
            assert_eq!(Slug::try_from(bad), Err(ParseError::Slug), "{bad:?}");
        }
    }

    #[test]
    fn time_zone_is_checked_against_the_database() {
        assert_eq!(
            TimeZoneName::try_from("Europe/Zurich").map(|t| t.to_string()),
            Ok("Europe/Zurich".into())
        );
        assert_eq!(TimeZoneName::try_from("Mars/Olympus"), Err(ParseError::TimeZone));
        assert_eq!(TimeZoneName::try_from(""), Err(ParseError::TimeZone));
    }

    #[test]
    fn text_enums_round_trip_and_refuse_unknown_text() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>(), Ok(*f));
        }
        assert!("virtual".parse::<Format>().is_err());
        assert!("published".parse::<SessionStatus>().is_ok_and(SessionStatus::is_public));
        assert!(!SessionStatus::Draft.is_public());
    }

    /// Every value of every closed list goes to its text and back, and Display is that text.
    #[test]
    fn every_closed_list_round_trips() {
        macro_rules! round_trip {
            ($($t:ty),+ $(,)?) => {$(
                for v in <$t>::ALL {
                    assert_eq!(v.as_str().parse::<$t>(), Ok(*v), "{}", stringify!($t));
                    assert_eq!(v.to_string(), v.as_str());
                }
                assert!("".parse::<$t>().is_err(), "{}", stringify!($t));
            )+};
        }
        use crate::reach::Population;
        round_trip!(
            Format,
            SessionStatus,
            SchedulePrecision,
            AgendaKind,
            SpeakerRole,
            crate::StakeholderGroup,
            crate::AttendanceMode,
            crate::RegistrationStatus,
            crate::QuestionKind,
            crate::EmailKind,
            crate::Role,
            crate::UserStatus,
            crate::PasswordPurpose,
            crate::AccountEmailKind,
            crate::RegistrationPhase,
            Population,
        );
    }
}
