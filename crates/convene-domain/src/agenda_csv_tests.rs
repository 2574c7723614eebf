use super::*;
use jiff::civil::date;

fn geneva(first: Date, last: Date) -> SessionDays {
    SessionDays { zone: TimeZone::get("Europe/Zurich").expect("zone"), first, last }
}

fn one_day() -> SessionDays {
    geneva(date(2023, 9, 20), date(2023, 9, 20))
}

fn known() -> Vec<Slug> {
    ["daren-tang", "jane-doe", "li-wei"].iter().map(|s| Slug::try_from(*s).expect("slug")).collect()
}

fn problems(csv: &str, days: &SessionDays) -> Vec<(u64, Option<&'static str>, RowProblem)> {
    match parse(csv.as_bytes(), days, &known()) {
        Ok(items) => panic!("expected errors, got {} items", items.len()),
        Err(errors) => errors.into_iter().map(|e| (e.line, e.column, e.problem)).collect(),
    }
}

const GOOD: &str = "\u{FEFF}start,end,kind,title,description,speakers\r\n\
    13:00,13:15,opening,Opening remarks,,daren-tang\r\n\
    13:15,14:30,panel,\"Generative AI, copyright\",\"Two lines\nof text\",jane-doe:moderator;li-wei\r\n\
    14:30,14:45,break,Coffee,,\r\n";

#[test]
fn a_good_file_becomes_drafts_in_the_sessions_zone() -> Result<(), Box<dyn std::error::Error>> {
    let items = parse(GOOD.as_bytes(), &one_day(), &known()).map_err(|e| format!("{e:?}"))?;
    assert_eq!(items.len(), 3);
    // 13:00 in Geneva in September is 11:00 UTC.
    assert_eq!(items[0].starts_at, "2023-09-20T11:00:00Z".parse()?);
    assert_eq!(items[1].title, "Generative AI, copyright");
    assert_eq!(items[1].description, "Two lines\nof text");
    assert_eq!(items[1].kind, AgendaKind::Panel);
    assert_eq!(
        items[1].people,
        vec![
            (Slug::try_from("jane-doe")?, SpeakerRole::Moderator),
            (Slug::try_from("li-wei")?, SpeakerRole::Speaker),
        ]
    );
    assert!(items[2].people.is_empty());
    Ok(())
}

#[test]
fn export_round_trips_with_parse_and_defuses_formulas() -> Result<(), Box<dyn std::error::Error>> {
    let days = geneva(date(2023, 9, 20), date(2023, 9, 21));
    let csv = "kind,title,start,end,speakers\n\
        keynote,=HYPERLINK(\"x\"),2023-09-20 13:00,13:30,daren-tang\n\
        closing,-Closing remarks-,2023-09-21 16:00,2023-09-22 00:00,jane-doe:moderator\n";
    let items = parse(csv.as_bytes(), &days, &known()).map_err(|e| format!("{e:?}"))?;
    let exported = export(&items, &days);
    assert!(exported.starts_with("start,end,kind,title,description,speakers\r\n"));
    assert!(exported.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{exported}");
    assert!(exported.contains(",'-Closing remarks-,"), "{exported}");
    assert!(exported.contains("2023-09-20 13:00,13:30,keynote"), "{exported}");
    let again = parse(exported.as_bytes(), &days, &known()).map_err(|e| format!("{e:?}"))?;
    assert_eq!(format!("{items:?}"), format!("{again:?}"));
    assert_eq!(again[0].title, "=HYPERLINK(\"x\")");
    // A one-day session exports bare times, and those read back too.
    let single = parse(GOOD.as_bytes(), &one_day(), &known()).map_err(|e| format!("{e:?}"))?;
    let text = export(&single, &one_day());
    assert!(text.contains("\r\n13:00,13:15,opening,Opening remarks,,daren-tang\r\n"), "{text}");
    let back = parse(text.as_bytes(), &one_day(), &known()).map_err(|e| format!("{e:?}"))?;
    assert_eq!(format!("{single:?}"), format!("{back:?}"));
    Ok(())
}

#[test]
fn every_bad_field_of_every_row_is_reported() {
    let csv = "start,end,kind,title,description,speakers\n\
        13:00,12:00,workshop,,,nobody\n\
        1pm,14:00,panel,Fine title,,jane-doe:chair\n\
        2023-09-21 10:00,11:00,panel,Next day,,\n\
        15:00,16:00,panel,A,,\n\
        15:30,15:45,qa,B,,\n";
    let found = problems(csv, &one_day());
    assert_eq!(
        found,
        vec![
            (2, Some("kind"), RowProblem::UnknownKind { value: "workshop".into() }),
            (2, Some("title"), RowProblem::TitleEmpty),
            (2, Some("speakers"), RowProblem::UnknownSpeaker { slug: "nobody".into() }),
            (3, Some("start"), RowProblem::BadTime { value: "1pm".into() }),
            (3, Some("speakers"), RowProblem::BadSpeaker { value: "jane-doe:chair".into() }),
            (4, Some("start"), RowProblem::OutsideSession),
            (6, Some("start"), RowProblem::Overlap { other_line: 5 }),
        ]
    );
    let reversed = "start,end,kind,title\n13:00,12:00,panel,Backwards\n";
    assert_eq!(problems(reversed, &one_day()), vec![(2, Some("end"), RowProblem::EndBeforeStart)]);
}

#[test]
fn file_level_problems_are_reported() {
    let days = one_day();
    assert_eq!(problems("", &days), vec![(1, None, RowProblem::Empty)]);
    assert_eq!(
        problems("\u{FEFF}start,end,kind,title\n", &days),
        vec![(1, None, RowProblem::Empty)]
    );
    assert_eq!(
        problems("start,finish,title,room\n", &days),
        vec![
            (1, None, RowProblem::UnknownColumn { name: "finish".into() }),
            (1, None, RowProblem::UnknownColumn { name: "room".into() }),
            (1, None, RowProblem::MissingColumn { name: "end" }),
            (1, None, RowProblem::MissingColumn { name: "kind" }),
        ]
    );
    assert_eq!(
        problems("start,end,kind,title\n13:00,14:00,panel\n", &days),
        vec![(2, None, RowProblem::Malformed)]
    );
    let latin1 = b"start,end,kind,title\n13:00,14:00,panel,Caf\xe9\n";
    let errors = parse(latin1, &days, &known()).err().unwrap_or_default();
    assert_eq!(errors, vec![RowError { line: 2, column: None, problem: RowProblem::NotUtf8 }]);
    let long = format!("start,end,kind,title\n13:00,14:00,panel,{}\n", "x".repeat(MAX_TITLE + 1));
    assert_eq!(
        problems(&long, &days),
        vec![(2, Some("title"), RowProblem::TitleTooLong { max: MAX_TITLE })]
    );
}

#[test]
fn session_days_are_local_and_midnight_ends_add_no_day() -> Result<(), Box<dyn std::error::Error>> {
    let session = |start: &str, end: &str| -> Result<Session, Box<dyn std::error::Error>> {
        Ok(Session {
            id: 1,
            series_id: 1,
            number: 8,
            title: "Session 8".into(),
            summary: String::new(),
            topics: vec![],
            starts_at: start.parse()?,
            ends_at: end.parse()?,
            time_zone: crate::TimeZoneName::try_from("Europe/Zurich")?,
            precision: crate::SchedulePrecision::Day,
            format: crate::Format::Hybrid,
            venue: None,
            status: crate::SessionStatus::Published,
            is_demo: false,
            updated_at: start.parse()?,
            language: crate::Lang::En,
        })
    };
    // Day precision: 20 and 21 September, ending at midnight local (22:00 UTC).
    let days = SessionDays::of(&session("2023-09-19T22:00:00Z", "2023-09-21T22:00:00Z")?);
    assert_eq!((days.first, days.last), (date(2023, 9, 20), date(2023, 9, 21)));
    // Timed: 13:00 on the 20th to 17:00 on the 21st, Geneva time.
    let days = SessionDays::of(&session("2023-09-20T11:00:00Z", "2023-09-21T15:00:00Z")?);
    assert_eq!((days.first, days.last), (date(2023, 9, 20), date(2023, 9, 21)));
    Ok(())
}
