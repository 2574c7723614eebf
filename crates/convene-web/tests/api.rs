//! The JSON API and its OpenAPI document, on both backends.

use convene_testing::{Backend, TestApp, both_backends};
use serde_json::Value;

both_backends!(
    sessions_are_listed_newest_first_with_their_links,
    a_session_resource_carries_what_clients_need,
    agenda_and_speakers_are_linked,
    api_errors_are_json,
    every_documented_path_answers,
    the_openapi_document_passes_an_independent_validator,
    closed_vocabularies_are_enums_and_reach_names_its_populations,
);

async fn session_id(app: &TestApp, number: u64) -> i64 {
    let list = app.json("/api/v1/sessions", 200).await;
    list["items"]
        .as_array()
        .and_then(|items| items.iter().find(|s| s["number"] == number))
        .and_then(|s| s["id"].as_i64())
        .expect("session in list")
}

async fn sessions_are_listed_newest_first_with_their_links(b: Backend) {
    let app = TestApp::demo(b).await;
    let list = app.json("/api/v1/sessions", 200).await;
    let numbers: Vec<u64> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|s| s["number"].as_u64())
        .collect();
    assert_eq!(numbers, (1..=13).rev().collect::<Vec<_>>());
    let filtered = app.json("/api/v1/sessions?topic=metaverse", 200).await;
    assert_eq!(filtered["items"].as_array().map(Vec::len), Some(1));
    let series = app.json("/api/v1/series", 200).await;
    let id = series["items"][0]["id"].as_i64().expect("series id");
    assert_eq!(series["items"][0]["slug"], "wipo-conversation");
    let of_series = app.json(&format!("/api/v1/series/{id}/sessions"), 200).await;
    assert_eq!(of_series["items"].as_array().map(Vec::len), Some(13));
    app.json(&format!("/api/v1/sessions?series={}", id + 1000), 200).await["items"]
        .as_array()
        .filter(|a| a.is_empty())
        .expect("no sessions for an unknown series");
}

async fn a_session_resource_carries_what_clients_need(b: Backend) {
    let app = TestApp::demo(b).await;
    let id = session_id(&app, 8).await;
    let s = app.json(&format!("/api/v1/sessions/{id}"), 200).await;
    assert_eq!(s["number"], 8);
    assert_eq!(s["title"], "IP and generative AI");
    assert_eq!(s["starts_at"], "2023-09-20T11:00:00Z");
    assert_eq!(s["ends_at"], "2023-09-21T15:00:00Z");
    assert_eq!(s["time_zone"], "Europe/Zurich");
    assert_eq!(s["format"], "hybrid");
    assert_eq!(s["html_url"], app.url("/series/wipo-conversation/sessions/8"));
    assert_eq!(s["ical_url"], app.url("/series/wipo-conversation/sessions/8/calendar.ics"));
    for key in ["starts_at", "ends_at"] {
        let v = s[key].as_str().expect("time");
        assert!(v.parse::<jiff::Timestamp>().is_ok(), "{key} is RFC 3339: {v}");
    }
    // The links work.
    for key in ["html_url", "ical_url", "agenda_url"] {
        let url = s[key].as_str().expect("url");
        let path = url.trim_start_matches(&app.url(""));
        assert_eq!(app.get(path).await.status(), 200, "{key}");
    }
}

async fn agenda_and_speakers_are_linked(b: Backend) {
    let app = TestApp::demo(b).await;
    let id = session_id(&app, 8).await;
    let agenda = app.json(&format!("/api/v1/sessions/{id}/agenda"), 200).await;
    let items = agenda["items"].as_array().expect("items");
    assert_eq!(items.len(), 12);
    let positions: Vec<u64> = items.iter().filter_map(|i| i["position"].as_u64()).collect();
    assert_eq!(positions, (1..=12).collect::<Vec<_>>());
    let panel = items.iter().find(|i| i["kind"] == "panel").expect("a panel");
    assert_eq!(panel["people"][0]["role"], "moderator");
    let speaker_url = panel["people"][0]["url"].as_str().expect("speaker url");
    let speaker: Value = app.json(speaker_url.trim_start_matches(&app.url("")), 200).await;
    assert!(
        speaker["appearances"]
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x["session_number"] == 8))
    );
    let all = app.json("/api/v1/speakers", 200).await;
    assert!(all["items"].as_array().is_some_and(|a| a.len() >= 10));
}

async fn api_errors_are_json(b: Backend) {
    let app = TestApp::demo(b).await;
    let e = app.json("/api/v1/sessions/999999", 404).await;
    assert_eq!(e["error"]["code"], "not_found");
    assert!(e["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    let e = app.json("/api/v1/sessions/abc", 400).await;
    assert_eq!(e["error"]["code"], "invalid_path");
    let e = app.json("/api/v1/sessions?series=x", 400).await;
    assert_eq!(e["error"]["code"], "invalid_query");
    let res = app.get_with("/api/v1/speakers/0", &[("accept-language", "fr")]).await;
    assert_eq!(res.status(), 404);
    let e: Value = res.json().await.expect("json");
    assert!(
        e["error"]["message"].as_str().is_some_and(|m| m.starts_with("Aucune page ne correspond")),
        "{e}"
    );
    assert_ne!(
        e["error"]["message"],
        app.json("/api/v1/speakers/0", 404).await["error"]["message"],
        "messages follow the language"
    );
}

async fn every_documented_path_answers(b: Backend) {
    let app = TestApp::demo(b).await;
    let doc = app.json("/api/openapi.json", 200).await;
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    let paths = doc["paths"].as_object().expect("paths");
    assert_eq!(paths.len(), 11, "{:?}", paths.keys().collect::<Vec<_>>());
    let session = session_id(&app, 8).await;
    let series = app.json("/api/v1/series", 200).await["items"][0]["id"].as_i64().expect("id");
    let speaker = app.json("/api/v1/speakers", 200).await["items"][0]["id"].as_i64().expect("id");
    // Every GET answers; the one POST (registration) has its own tests.
    for path in paths.keys().filter(|p| paths[*p]["get"].is_object()) {
        let concrete = if path.starts_with("/api/v1/series") {
            path.replace("{id}", &series.to_string())
        } else if path.starts_with("/api/v1/speakers") {
            path.replace("{id}", &speaker.to_string())
        } else {
            path.replace("{id}", &session.to_string())
        };
        assert_eq!(app.get(&concrete).await.status(), 200, "{concrete}");
        assert!(paths[path]["get"]["responses"]["200"].is_object(), "{path} documents its 200");
    }
    for schema in ["SessionDto", "AgendaItemDto", "SpeakerDto", "ErrorBody"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
    let required =
        doc["components"]["schemas"]["SessionDto"]["required"].as_array().expect("required");
    for field in
        ["number", "title", "starts_at", "ends_at", "time_zone", "format", "html_url", "ical_url"]
    {
        assert!(required.iter().any(|r| r == field), "{field} is required");
    }
}

/// openapi-spec-validator (PyPI, installed by `scripts/setup.sh`) checks the document against
/// OpenAPI 3.1 and its JSON Schema dialect, independently of the library that wrote it.
async fn the_openapi_document_passes_an_independent_validator(b: Backend) {
    let app = TestApp::demo(b).await;
    let doc = app.json("/api/openapi.json", 200).await;
    assert_eq!(doc["openapi"], "3.1.0");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");
    let out = tokio::process::Command::new("python3")
        .args(["-m", "openapi_spec_validator", "--schema", "3.1", "--validation-errors", "all"])
        .arg(&file)
        .output()
        .await
        .expect("run python3 (scripts/setup.sh installs openapi-spec-validator)");
    let report =
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!report.contains("No module named"), "run scripts/setup.sh: {report}");
    assert!(out.status.success(), "the validator reports errors:\n{report}");
    // Each operation has its own id, so generated clients get distinct method names.
    let mut ids: Vec<&str> = doc["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|p| p.as_object().into_iter().flat_map(|ops| ops.values()))
        .filter_map(|op| op["operationId"].as_str())
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate operationId in {ids:?}");
    for query in ["/api/v1/sessions", "/api/v1/reach"] {
        for p in doc["paths"][query]["get"]["parameters"].as_array().expect("parameters") {
            assert_eq!(p["in"], "query", "{query}: {p}");
        }
    }
}

async fn closed_vocabularies_are_enums_and_reach_names_its_populations(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let doc = app.json("/api/openapi.json", 200).await;
    let schemas = &doc["components"]["schemas"];
    let request = &schemas["RegistrationRequest"]["properties"];
    let values = |v: &Value| -> Vec<String> {
        v["enum"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect()
    };
    assert_eq!(values(&request["language"]), ["ar", "zh", "en", "fr", "ru", "es"]);
    assert_eq!(values(&request["attendance_mode"]), ["in_person", "online"]);
    assert!(values(&request["stakeholder_group"]).contains(&"member_state".to_owned()));
    assert!(
        values(&schemas["SessionDto"]["properties"]["status"]).contains(&"published".to_owned())
    );
    assert!(!values(&schemas["SessionDto"]["properties"]["status"]).contains(&"draft".to_owned()));
    assert_eq!(request["answers"]["propertyNames"]["type"], "string");
    assert_ne!(request["answers"]["propertyNames"]["type"], "integer");
    for field in ["attendees", "registrants"] {
        assert!(schemas["ReachDto"]["properties"][field].is_object(), "{field}");
    }
    // Session 13 takes registrations; the demo gives it registrants and no attendees yet.
    let id = session_id(&app, 13).await;
    let reach = app.json(&format!("/api/v1/sessions/{id}/reach"), 200).await;
    assert_eq!(reach["population"], "registrants");
    assert_eq!(reach["registrants"], reach["people"], "{reach}");
    assert!(reach["attendees"].is_object(), "{reach}");
    let series = app.json("/api/v1/reach", 200).await;
    assert!(series["attendees"]["count"].as_u64().is_some_and(|n| n > 0), "{series}");
}
