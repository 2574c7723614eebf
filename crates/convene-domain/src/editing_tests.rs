//! Tests of the editing forms and the lifecycle.
use super::*;
use crate::{NewQuestion, QuestionKind, RegistrationSettingsDraft, parse_question};

fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn session_form() -> Vec<(String, String)> {
    form(&[
        ("number", "14"),
        ("language", "en"),
        ("title", "IP and Quantum Computing"),
        ("summary", "What **quantum** changes."),
        ("starts_on", "2027-03-10"),
        ("starts_time", "13:00"),
        ("ends_on", "2027-03-10"),
        ("ends_time", "17:00"),
        ("time_zone", "Europe/Zurich"),
        ("precision", "time"),
        ("format", "hybrid"),
        ("venue", "WIPO, Geneva"),
        ("title_fr", "PI et informatique quantique"),
    ])
}

#[test]
fn session_form_becomes_a_draft_in_its_zone_with_translations() {
    let d = SessionDraft::parse(session_form().as_slice()).expect("valid");
    assert_eq!(d.number, 14);
    assert_eq!(d.starts_at.to_string(), "2027-03-10T12:00:00Z");
    assert_eq!(d.texts["title"][&Lang::Fr], "PI et informatique quantique");
    assert_eq!(d.texts["title"][&Lang::En], "IP and Quantum Computing");
    assert!(!d.texts["summary"].contains_key(&Lang::Fr), "empty translations are absent");
}

#[test]
fn session_form_reports_every_bad_field() {
    let mut f = session_form();
    for (k, v) in [
        ("number", "x"),
        ("title", " "),
        ("ends_time", "11:00"),
        ("format", "virtual"),
        ("time_zone", "Mars/Base"),
    ] {
        f.retain(|(n, _)| n != k);
        f.push((k.into(), v.into()));
    }
    let errors = SessionDraft::parse(f.as_slice()).expect_err("invalid");
    let fields: Vec<_> = errors.0.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fields, ["number", "title", "time_zone", "format"]);
    let mut f = session_form();
    f.retain(|(n, _)| n != "ends_time");
    f.push(("ends_time".into(), "12:59".into()));
    assert_eq!(
        SessionDraft::parse(f.as_slice()).expect_err("ends first").get("ends_on"),
        Some(&FieldError::EndBeforeStart)
    );
}

#[test]
fn in_person_sessions_need_a_venue() {
    let mut f = session_form();
    f.retain(|(n, _)| n != "venue");
    assert_eq!(
        SessionDraft::parse(f.as_slice()).expect_err("no venue").get("venue"),
        Some(&FieldError::Required)
    );
    f.retain(|(n, _)| n != "format");
    f.push(("format".into(), "online".into()));
    assert!(SessionDraft::parse(f.as_slice()).is_ok());
}

#[test]
fn people_are_read_with_roles_once_each() {
    let p = parse_people("ana-perez, li-wei:moderator; ana-perez").expect("valid");
    assert_eq!(p.len(), 2);
    assert_eq!(p[1].1, crate::SpeakerRole::Moderator);
    assert_eq!(parse_people("Ana Perez"), Err(FieldError::UnknownSpeaker));
    assert_eq!(parse_people("ana:chair"), Err(FieldError::UnknownSpeaker));
}

#[test]
fn registration_settings_are_read_in_the_session_zone() {
    let zone = TimeZoneName::try_from("Europe/Zurich").expect("zone");
    let f = form(&[
        ("takes_registrations", "yes"),
        ("opens_on", "2027-01-10"),
        ("closes_on", "2027-03-09"),
        ("closes_time", "18:00"),
        ("capacity_in_person", "120"),
        ("join_fr", "https://meet.example.org/fr"),
        ("join_ar", "javascript:alert(1)"),
    ]);
    let e = RegistrationSettingsDraft::parse(f.as_slice(), &zone).expect_err("bad link");
    assert_eq!(e.get("join_ar"), Some(&FieldError::InvalidUrl));
    let f: Vec<_> = f.into_iter().filter(|(k, _)| k != "join_ar").collect();
    let d = RegistrationSettingsDraft::parse(f.as_slice(), &zone).expect("valid");
    let w = d.window.expect("window");
    assert_eq!(w.closes_at.to_string(), "2027-03-09T17:00:00Z");
    assert_eq!((w.capacity_in_person, w.capacity_online), (Some(120), None));
    assert_eq!(d.join_links.len(), 1);
    let none = RegistrationSettingsDraft::parse(form(&[]).as_slice(), &zone).expect("none");
    assert_eq!(none.window, None);
}

#[test]
fn lifecycle_moves_forward_and_guards_registrations() {
    use SessionStatus::*;
    assert_eq!(transition(Draft, Announced, 0), Ok(()));
    assert_eq!(transition(Draft, Published, 0), Err(LifecycleError::NotNext));
    assert_eq!(transition(Announced, Draft, 3), Err(LifecycleError::HasRegistrations));
    assert_eq!(transition(RegistrationOpen, Cancelled, 300), Ok(()));
    assert_eq!(transition(Cancelled, Announced, 0), Err(LifecycleError::NotNext));
    assert_eq!(check_delete(1), Err(LifecycleError::HasRegistrations));
    assert_eq!(check_delete(0), Ok(()));
}

#[test]
fn a_choice_question_needs_two_choices() {
    let f = form(&[
        ("question_label", "Which day?"),
        ("question_kind", "choice"),
        ("question_choices", "Day 1\n"),
    ]);
    assert_eq!(
        parse_question(f.as_slice()).expect_err("one choice").get("question_choices"),
        Some(&FieldError::TooFewChoices)
    );
    let f = form(&[
        ("question_label", "Which day?"),
        ("question_kind", "choice"),
        ("question_choices", "Day 1\n\n Day 2 \n"),
        ("question_required", "yes"),
    ]);
    let q: NewQuestion = parse_question(f.as_slice()).expect("valid");
    assert_eq!((q.kind, q.choices.len(), q.required), (QuestionKind::Choice, 2, true));
    let f = form(&[("question_kind", "essay")]);
    let e = parse_question(f.as_slice()).expect_err("invalid");
    assert_eq!(e.get("question_label"), Some(&FieldError::Required));
    assert_eq!(e.get("question_kind"), Some(&FieldError::UnknownChoice));
}

#[test]
fn topics_are_slugs_with_an_optional_name_to_create() {
    let t =
        parse_topics("generative-ai, quantum = Quantum computing, generative-ai").expect("valid");
    assert_eq!(t.len(), 2);
    assert_eq!(t[1].1.as_deref(), Some("Quantum computing"));
    assert_eq!(parse_topics("Generative AI"), Err(FieldError::UnknownTopic));
    assert_eq!(parse_topics(""), Ok(vec![]));
}
