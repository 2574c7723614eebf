//! Property-based fuzzing of every parser of outside input in the domain (issue 19, point 10):
//! the registration form, tokens and check-in codes, Markdown and the content checks, and
//! agenda CSV files. Inputs mix arbitrary Unicode and bytes with a dictionary of hostile
//! fragments (XSS payloads, controls, bidi overrides, CSV and URL syntax); each property says
//! what must hold for every input, not just that nothing panics. cargo-fuzz needs a nightly
//! toolchain these machines cannot fetch, so these run on stable for a fixed number of cases
//! (`PROPTEST_CASES` raises it for a longer run); failures are kept in
//! `tests/fuzz.proptest-regressions` and replayed first (docs/DECISIONS.md).

use convene_domain::agenda_csv::{self, SessionDays};
use convene_domain::markup_check::check;
use convene_domain::{
    AttendanceMode, Format, NewRegistration, Purpose, Question, QuestionKind, RegistrationInput,
    Slug, TokenKey, markup, offered_modes, token_id,
};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Fragments an attacker or a careless paste would bring.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "[x](javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "<a href=\"https://marker.invalid/\">x</a>",
    "<iframe src=//marker.invalid>",
    "<div style=\"display:none\">casino</div>",
    "\"><script>",
    "'-alert(1)-'",
    "{{ 7*7 }}",
    "\u{202E}",
    "\u{2066}",
    "\u{200B}",
    "\u{0}",
    "\r\n",
    "\t",
    "&#x6a;avascript:",
    "=cmd|' /C calc'!A0",
    "\",\"",
    "%00",
    "../../etc/passwd",
    "<!--",
    "]]>",
    "\u{FEFF}",
    "ﷺ",
    "👩🏽‍💻",
];

/// Text made of hostile fragments, arbitrary characters and plain words, in any order.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(HOSTILE).prop_map(str::to_owned),
        2 => any::<char>().prop_map(|c| c.to_string()),
        2 => "[a-z ]{1,12}",
        1 => "[0-9:.,-]{1,8}",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

fn config() -> ProptestConfig {
    let regressions = FileFailurePersistence::Direct("tests/fuzz.proptest-regressions");
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(512),
        failure_persistence: Some(Box::new(regressions)),
        ..ProptestConfig::default()
    }
}

/// No element or attribute in rendered HTML can run script or fetch from elsewhere. Text is
/// escaped (`<` becomes `&lt;`), so every `<` starts a tag the sanitiser let through.
fn assert_inert(html: &str) {
    let allowed = [
        "p",
        "/p",
        "a",
        "/a",
        "em",
        "/em",
        "strong",
        "/strong",
        "ul",
        "/ul",
        "ol",
        "/ol",
        "li",
        "/li",
        "br",
        "br/",
        "blockquote",
        "/blockquote",
        "code",
        "/code",
        "pre",
        "/pre",
        "h2",
        "/h2",
        "h3",
        "/h3",
        "h4",
        "/h4",
        "hr",
        "hr/",
        "del",
        "/del",
        "table",
        "/table",
        "thead",
        "/thead",
        "tbody",
        "/tbody",
        "tr",
        "/tr",
        "th",
        "/th",
        "td",
        "/td",
        "h1",
        "/h1",
        "h5",
        "/h5",
        "h6",
        "/h6",
        "sup",
        "/sup",
        "sub",
        "/sub",
    ];
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default().to_lowercase();
        let (name, mut rest) = tag.split_once(' ').unwrap_or((tag.as_str(), ""));
        assert!(allowed.contains(&name), "element <{name}> survived in {html:?}");
        // The sanitiser writes attributes as key="value"; read them that way.
        while let Some((key, after)) = rest.trim_start().split_once("=\"") {
            let (value, next) = after.split_once('"').unwrap_or((after, ""));
            assert!(["href", "rel", "title", "lang", "dir"].contains(&key), "{key} in {html:?}");
            let safe = ["https://", "http://", "mailto:", "#", "/"];
            assert!(
                key != "href" || safe.iter().any(|p| value.starts_with(p)),
                "link {value} in {html:?}"
            );
            rest = next;
        }
        assert!(rest.trim().is_empty() || rest.trim() == "/", "attribute {rest} in {html:?}");
    }
}

proptest! {
    #![proptest_config(config())]

    /// Markdown from editors renders to inert HTML, and the content checks answer for any text.
    #[test]
    fn markdown_renders_inert_and_checks_never_panic(text in hostile_text()) {
        assert_inert(&markup::render(&text));
        let plain = markup::plain(&text);
        prop_assert!(!plain.contains('<') || text.contains('<') || text.contains("&lt"));
        let _ = check(&text, None, &[]);
        let _ = check(&text, Some(convene_domain::Lang::Ar), &["wipo.int".to_owned()]);
    }

    /// What the registration form accepts has no control or reordering characters and keeps
    /// within its limits, whatever was sent; what it refuses names the field.
    #[test]
    fn registration_form_accepts_only_clean_text(
        name in hostile_text(),
        organisation in hostile_text(),
        accessibility in hostile_text(),
        email in prop_oneof!["[a-z]{1,8}@[a-z]{1,8}\\.org", hostile_text()],
        country in prop_oneof!["[A-Za-z]{2}", hostile_text()],
        answer in hostile_text(),
    ) {
        let input = RegistrationInput {
            name, email, country, organisation, accessibility,
            stakeholder_group: "individual".into(),
            attendance_mode: "online".into(),
            language: "fr".into(),
            consent: true,
            answers: vec![(7, answer)],
            ..Default::default()
        };
        let question = Question {
            id: 7, kind: QuestionKind::Text, label: "Why?".into(), choices: Vec::new(), required: false,
        };
        match NewRegistration::parse(&input, &[question], offered_modes(Format::Hybrid)) {
            Ok(r) => {
                // Only the multi-line field keeps line breaks (browsers send CRLF) and tabs.
                let texts = [
                    (Some(r.name.as_str()), ""),
                    (r.organisation.as_deref(), ""),
                    (r.accessibility.as_deref(), "\r\n\t"),
                ];
                for (text, breaks) in texts.into_iter().filter_map(|(t, b)| Some((t?, b))) {
                    let bad = |c: char| c.is_control() && !breaks.contains(c);
                    prop_assert!(!text.chars().any(bad), "{text:?}");
                    prop_assert!(!text.chars().any(|c| ('\u{202A}'..='\u{202E}').contains(&c)
                        || ('\u{2066}'..='\u{2069}').contains(&c)), "{text:?}");
                }
                prop_assert!(!r.name.trim().is_empty());
                prop_assert_eq!(r.mode, AttendanceMode::Online);
            }
            Err(errors) => prop_assert!(!errors.0.is_empty()),
        }
    }

    /// A token or check-in code has one spelling: anything else names no registration, and
    /// nothing but the signed value verifies.
    #[test]
    fn tokens_have_one_spelling(id in 1_i64..1_000_000_000, junk in hostile_text(), nonce in "[a-z0-9]{8}") {
        let key = TokenKey::new([9; 32]);
        let token = key.registration_token(Purpose::Manage, id, &nonce);
        prop_assert_eq!(token_id(&token), Some(id));
        prop_assert!(key.check_registration_token(Purpose::Manage, &token, id, &nonce));
        for other in [format!("0{token}"), format!("+{token}"), format!("{token}{junk}x"), format!("{junk}{token}")] {
            if other != token {
                prop_assert!(!key.check_registration_token(Purpose::Manage, &other, id, &nonce), "{other}");
            }
        }
        let _ = token_id(&junk);
        prop_assert!(!key.check_registration_token(Purpose::Manage, &junk, id, &nonce));
        prop_assert!(!key.check_checkin_code(&junk, id, &nonce));
    }

    /// Any bytes as an agenda file: a list of drafts within the session's days, or errors that
    /// each name a line; never a panic.
    #[test]
    fn agenda_files_parse_or_say_where(
        body in proptest::collection::vec(any::<u8>(), 0..400),
        rows in proptest::collection::vec((hostile_text(), "[0-2][0-9]:[0-5][0-9]"), 0..5),
    ) {
        let days = SessionDays {
            zone: jiff::tz::TimeZone::UTC,
            first: jiff::civil::date(2026, 12, 20),
            last: jiff::civil::date(2026, 12, 21),
        };
        let speakers: Vec<Slug> = vec!["ada".try_into().expect("slug")];
        let mut csv = String::from("date,start,end,kind,title,description,speakers\n");
        for (title, time) in &rows {
            let quoted = title.replace('"', "\"\"");
            csv.push_str(&format!("2026-12-20,{time},23:59,talk,\"{quoted}\",,ada\n"));
        }
        for input in [body, csv.into_bytes()] {
            match agenda_csv::parse(&input, &days, &speakers) {
                Ok(items) => {
                    for item in &items {
                        prop_assert!(item.starts_at <= item.ends_at);
                        prop_assert!(!item.title.trim().is_empty());
                    }
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    prop_assert!(errors.iter().all(|e| e.line >= 1), "{errors:?}");
                }
            }
        }
    }
}
