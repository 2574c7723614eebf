//! Every language has every message, and templates contain no untranslated text.

use std::collections::BTreeSet;

use convene_web::{Catalogue, Lang};

#[test]
fn every_language_has_exactly_the_reference_messages() {
    let reference: BTreeSet<String> = Catalogue::message_ids(Lang::En).into_iter().collect();
    assert!(reference.len() > 100, "the English catalogue parses");
    for lang in Lang::ALL {
        let ids: BTreeSet<String> = Catalogue::message_ids(lang).into_iter().collect();
        let missing: Vec<_> = reference.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&reference).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            lang.code()
        );
    }
    Catalogue::load().expect("every catalogue loads");
}

#[test]
fn plural_forms_follow_each_language() {
    let c = Catalogue::load().expect("catalogues");
    let en = c.tr(Lang::En);
    assert_eq!(en.count("archive-count", 0), "No sessions");
    assert_eq!(en.count("archive-count", 1), "One session");
    assert_eq!(en.count("archive-count", 13), "13 sessions");
    let ru = c.tr(Lang::Ru);
    assert_ne!(
        ru.count("archive-count", 2),
        ru.count("archive-count", 5),
        "Russian few and many differ"
    );
    let ar = c.tr(Lang::Ar);
    assert_ne!(
        ar.count("archive-count", 2),
        ar.count("archive-count", 3),
        "Arabic dual and few differ"
    );
}

/// Text outside template tags and expressions must be punctuation or markup only.
#[test]
fn templates_hold_no_untranslated_text() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
    let mut offenders = vec![];
    for entry in std::fs::read_dir(dir).expect("templates folder") {
        let path = entry.expect("entry").path();
        let source = std::fs::read_to_string(&path).expect("template");
        for (n, line) in strip_code(&source).lines().enumerate() {
            let words: String = line.chars().filter(|c| c.is_alphabetic()).collect();
            if !words.is_empty() {
                offenders.push(format!("{}:{}: {line}", path.display(), n + 1));
            }
        }
    }
    assert!(offenders.is_empty(), "untranslated text:\n{}", offenders.join("\n"));
}

/// Removes `{{ }}`, `{% %}`, `{# #}` and HTML tags (with their attributes), keeping line breaks.
fn strip_code(source: &str) -> String {
    let mut out = String::new();
    let mut rest = source;
    while !rest.is_empty() {
        let next =
            ["{{", "{%", "{#", "<"].iter().filter_map(|m| rest.find(m).map(|i| (i, *m))).min();
        let Some((i, open)) = next else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..i]);
        let close = match open {
            "{{" => "}}",
            "{%" => "%}",
            "{#" => "#}",
            _ => ">",
        };
        let after = &rest[i + open.len()..];
        let end = after.find(close).map_or(after.len(), |j| j + close.len());
        out.extend(after[..end].chars().filter(|c| *c == '\n'));
        rest = &after[end..];
    }
    out
}

#[test]
fn the_check_catches_hard_coded_text() {
    assert_eq!(strip_code("<p>{{ t.t(\"x\") }}</p>").trim(), "");
    assert!(strip_code("<p>Register now</p>").contains("Register now"));
    assert!(strip_code("<a title=\"x\">{% if a %}Hello{% endif %}</a>").contains("Hello"));
}
