use super::*;

fn wipo() -> Vec<String> {
    vec!["wipo.int".to_owned()]
}

fn refusals(text: &str, lang: Option<Lang>) -> Vec<Refusal> {
    check(text, lang, &wipo()).refusals
}

/// The sentence from the real defaced page (shared/seed), with the spam in place of "metaverse".
const DEFACED: &str = "The seventh session looked at the opportunities and challenges of immersive \
    technologies for intellectual property, enabling the大地网投下载app下载, such as AI, \
    blockchain and extended reality.";

#[test]
fn the_real_defacement_is_refused_by_vocabulary_and_by_glued_script() {
    let r = refusals(DEFACED, Some(Lang::En));
    assert!(r.contains(&Refusal::SpamVocabulary { term: "网投".into() }), "{r:?}");
    assert!(r.contains(&Refusal::GluedScript { run: "大地网投下载".into() }), "{r:?}");
    // Without a declared language, the dominant script (Latin) stands in.
    assert!(refusals(DEFACED, None).iter().any(|r| r.code() == "glued-script"));
    // A zero-width space between the word and the spam does not hide the join.
    let sneaky = "enabling the\u{200B}大地网下载 and more";
    assert!(refusals(sneaky, Some(Lang::En)).iter().any(|r| r.code() == "glued-script"));
}

#[test]
fn real_multilingual_titles_and_descriptions_pass() {
    let fine = [
        (
            Lang::En,
            "WIPO Conversation on Intellectual Property and Frontier Technologies: the metaverse",
        ),
        (
            Lang::Fr,
            "Dialogue de l’OMPI sur la propriété intellectuelle et les technologies de pointe",
        ),
        (Lang::Es, "Diálogo de la OMPI sobre propiedad intelectual y tecnologías de vanguardia"),
        (
            Lang::Ru,
            "Диалог ВОИС по интеллектуальной собственности и передовым технологиям: ИИ и Web3",
        ),
        (Lang::Ar, "حوار الويبو بشأن الملكية الفكرية والتكنولوجيات الحديثة: الذكاء الاصطناعي"),
        (Lang::Zh, "产权组织知识产权与前沿技术对话：生成式AI与app下载统计"),
        (Lang::Zh, "第七届会议讨论了元宇宙（metaverse）带来的机遇与挑战。"),
        (Lang::En, "The Chinese term 知识产权 means intellectual property; “元宇宙” is metaverse."),
        (
            Lang::En,
            "Data: 120 countries (data: 2023). Opacity of AI; JavaScript: a panel on web standards.",
        ),
        (
            Lang::En,
            "Register at [the WIPO page](https://www.wipo.int/meetings/en/) and read \
             <https://www.wipo.int/about-ip/en/frontier_technologies/>.\n\n\
             ## Agenda\n\n- 13:00 Opening\n- 13:15 Panel: *generative AI* and **copyright**",
        ),
        (
            Lang::Fr,
            "Une réunion à l’hôtel « Casino » de Montreux ? Non : au siège de l’OMPI à Genève.",
        ),
    ];
    for (lang, text) in fine {
        let report = check(text, Some(lang), &wipo());
        assert!(report.is_acceptable(), "{lang}: {text}\n{:?}", report.refusals);
        assert!(report.flagged_links.is_empty(), "{text}: {:?}", report.flagged_links);
    }
}

#[test]
fn spam_vocabulary_is_refused_in_every_language() {
    for text in [
        "Best online casino bonus",
        "大地网投下载",
        "лучшие ставки на спорт",
        "apuestas deportivas hoy",
        "casino en ligne gratuit",
        "أفضل كازينو",
    ] {
        assert!(refusals(text, None).iter().any(|r| r.code() == "spam-vocabulary"), "{text}");
    }
}

#[test]
fn injected_scripts_are_refused_even_when_obfuscated() {
    let codes = |t: &str| refusals(t, Some(Lang::En)).iter().map(Refusal::code).collect::<Vec<_>>();
    assert_eq!(
        refusals("Hi <SCRIPT>alert(1)</script>", None),
        vec![Refusal::ActiveTag { tag: "script".into() }]
    );
    assert!(codes("<iframe src=https://x.example>").contains(&"active-tag"));
    assert!(codes("<style>body{}</style>").contains(&"active-tag"));
    assert_eq!(
        refusals("<img src=x onerror=alert(1)>", None),
        vec![Refusal::EventHandler { attribute: "onerror".into() }]
    );
    assert!(codes("[x](javascript:alert(1))").contains(&"script-url"));
    assert!(codes("<a href=\"java\tscript:alert(1)\">x</a>").contains(&"script-url"));
    assert!(codes("<a href='&#106;avascript&colon;alert(1)'>x</a>").contains(&"script-url"));
    assert!(codes("[x](data:text/html;base64,PHNjcmlwdD4=)").contains(&"script-url"));
    assert!(codes("<a href=\"vbscript:msgbox\">x</a>").contains(&"script-url"));
}

#[test]
fn hidden_text_is_refused_whichever_way_it_is_hidden() {
    let how = |t: &str| {
        refusals(t, Some(Lang::En))
            .into_iter()
            .filter_map(|r| match r {
                Refusal::HiddenText { how } => Some(how),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(how("<span style=\"display: none\">x</span>"), vec![HiddenHow::DisplayNone]);
    assert_eq!(how("<span style='visibility:hidden'>x</span>"), vec![HiddenHow::Invisible]);
    assert_eq!(how("<span style=\"font-size:0px\">x</span>"), vec![HiddenHow::ZeroFontSize]);
    assert_eq!(how("<span style=\"opacity: 0.0\">x</span>"), vec![HiddenHow::ZeroOpacity]);
    assert_eq!(
        how("<div style=\"position:absolute;left:-9999px\">x</div>"),
        vec![HiddenHow::OffScreen]
    );
    assert_eq!(how("<p hidden>x</p>"), vec![HiddenHow::HiddenAttribute]);
    assert_eq!(how("<p aria-hidden=\"true\">x</p>"), vec![HiddenHow::AriaHidden]);
    assert_eq!(
        how("<span style=\"color:#fff;background-color:#fff\">x</span>"),
        vec![HiddenHow::SameColour]
    );
    assert_eq!(how("spam\u{200B}\u{200B}\u{200B}here"), vec![HiddenHow::ZeroWidth]);
    // Visible styling and a single joiner (emoji) are fine.
    assert!(how("<span style=\"font-size:0.9em;opacity:0.8;left:-2px\">x</span>").is_empty());
    assert!(how("family 👨\u{200D}👩\u{200D}👧").is_empty());
}

#[test]
fn links_outside_the_allow_list_are_flagged_not_refused() {
    let report = check(
        "See [WIPO](https://www.wipo.int/x), [partner](https://example.org/a) and http://ompi.int.evil.example/p.",
        Some(Lang::En),
        &wipo(),
    );
    assert!(report.is_acceptable(), "{:?}", report.refusals);
    let hosts: Vec<_> = report.flagged_links.iter().map(|f| f.host.as_str()).collect();
    assert_eq!(hosts, vec!["example.org", "ompi.int.evil.example"]);
    assert_eq!(report.flagged_links[0].url, "https://example.org/a");
    // An allow-list entry does not allow hosts that merely end with the same letters.
    let r = check("https://notwipo.int/", None, &wipo());
    assert_eq!(r.flagged_links.len(), 1);
}

#[test]
fn link_spam_is_refused() {
    let farm: String =
        (0..6).map(|i| format!("[cheap](https://s{i}.example/) ")).collect::<Vec<_>>().concat();
    let r = refusals(&farm, Some(Lang::En));
    let codes: Vec<_> = r.iter().map(Refusal::code).collect();
    assert!(codes.contains(&"too-many-links"), "{r:?}");
    assert!(codes.contains(&"too-many-hosts"), "{r:?}");
    assert!(r.contains(&Refusal::RepeatedAnchor { text: "cheap".into(), times: 6 }), "{r:?}");
    // Three different links in a real paragraph are fine.
    let ok = "Read the [report](https://www.wipo.int/a), the [summary](https://www.wipo.int/b) and \
              the [recording](https://www.wipo.int/c) of the fifth session, which looked at \
              generative AI, copyright and the data used for training models.";
    assert!(refusals(ok, Some(Lang::En)).is_empty());
}
