use super::*;
use crate::i18n::Catalogue;
use jiff::civil::date;

/// Full date, weekday heading, month, same-month, same-year and cross-year ranges.
fn samples(t: &Tr<'_>) -> [String; 6] {
    [
        date_full(t, date(2023, 9, 20)),
        date_weekday(t, date(2023, 9, 20)),
        date_month(t, date(2023, 9, 20)),
        date_range(t, date(2023, 9, 20), date(2023, 9, 21)),
        date_range(t, date(2020, 7, 30), date(2020, 8, 2)),
        date_range(t, date(2020, 12, 30), date(2021, 1, 2)),
    ]
}

#[test]
fn each_language_writes_dates_as_cldr_does() -> Result<(), Box<dyn std::error::Error>> {
    let c = Catalogue::load()?;
    let expect = |lang, want: [&str; 6]| assert_eq!(samples(&c.tr(lang)), want.map(String::from));
    expect(
        Lang::En,
        [
            "September 20, 2023",
            "Wednesday, September 20",
            "September 2023",
            "September 20–21, 2023",
            "July 30 – August 2, 2020",
            "December 30, 2020 – January 2, 2021",
        ],
    );
    expect(
        Lang::Fr,
        [
            "20 septembre 2023",
            "mercredi 20 septembre",
            "septembre 2023",
            "20–21 septembre 2023",
            "30 juillet – 2 août 2020",
            "30 décembre 2020 – 2 janvier 2021",
        ],
    );
    // Russian: genitive months in dates, the nominative when the month stands alone, and a
    // narrow no-break space before "г." (year) as CLDR writes it.
    expect(
        Lang::Ru,
        [
            "20 сентября 2023\u{202f}г.",
            "среда, 20 сентября",
            "сентябрь 2023\u{202f}г.",
            "20–21 сентября 2023\u{202f}г.",
            "30 июля – 2 августа 2020\u{202f}г.",
            "30 декабря 2020\u{202f}г. – 2 января 2021\u{202f}г.",
        ],
    );
    expect(
        Lang::Es,
        [
            "20 de septiembre de 2023",
            "miércoles, 20 de septiembre",
            "septiembre de 2023",
            "20–21 de septiembre de 2023",
            "30 de julio – 2 de agosto de 2020",
            "30 de diciembre de 2020 – 2 de enero de 2021",
        ],
    );
    // Chinese writes the year first, so a range keeps it on the first date.
    expect(
        Lang::Zh,
        [
            "2023年9月20日",
            "9月20日星期三",
            "2023年9月",
            "2023年9月20–21日",
            "2020年7月30日 – 8月2日",
            "2020年12月30日至2021年1月2日",
        ],
    );
    expect(
        Lang::Ar,
        [
            "20 سبتمبر 2023",
            "الأربعاء، 20 سبتمبر",
            "سبتمبر 2023",
            "20–21 سبتمبر 2023",
            "30 يوليو – 2 أغسطس 2020",
            "30 ديسمبر 2020 – 2 يناير 2021",
        ],
    );
    Ok(())
}

#[test]
fn timed_spans_use_the_24_hour_clock() -> Result<(), Box<dyn std::error::Error>> {
    let c = Catalogue::load()?;
    let (en, ru) = (c.tr(Lang::En), c.tr(Lang::Ru));
    let zurich = TimeZone::get("Europe/Zurich")?;
    let start: Timestamp = "2025-04-23T08:00:00Z".parse()?;
    let next_day: Timestamp = "2025-04-24T16:00:00Z".parse()?;
    let same_day: Timestamp = "2025-04-23T15:00:00Z".parse()?;
    assert_eq!(
        timed_span(&en, start, next_day, &zurich),
        "April 23, 2025, 10:00 – April 24, 2025, 18:00"
    );
    assert_eq!(timed_span(&en, start, same_day, &zurich), "April 23, 2025, 10:00–17:00");
    assert_eq!(timed_span(&ru, start, same_day, &zurich), "23 апреля 2025\u{202f}г., 10:00–17:00");
    assert_eq!(date_range(&en, date(2023, 9, 20), date(2023, 9, 20)), "September 20, 2023");
    assert_eq!(zone_abbreviation(&zurich, start), "CEST");
    Ok(())
}
