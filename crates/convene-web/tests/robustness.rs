//! Malformed requests get a 4xx with a page, never a 5xx or a dropped connection.

use convene_testing::{Backend, TestApp, both_backends};

both_backends!(malformed_requests_never_break_the_server);

async fn malformed_requests_never_break_the_server(b: Backend) {
    let app = TestApp::demo(b).await;
    let long = "a".repeat(5000);
    let paths = [
        "/series/%FF%FE".to_owned(),
        "/series/wipo-conversation/sessions/-1".into(),
        "/series/wipo-conversation/sessions/99999999999999999999".into(),
        "/series/wipo-conversation/sessions/8/calendar.ics?lang=%00".into(),
        "/series/wipo-conversation/sessions/8?tz=..%2F..%2Fetc%2Fpasswd".into(),
        "/series/wipo-conversation/sessions/8?tz=%E2%80%AEUTC".into(),
        "/series/wipo-conversation?topic=a&topic=b".into(),
        "/series/wipo-conversation?topic=%25".into(),
        format!("/series/{long}"),
        format!("/speakers/{long}"),
        "/api/v1/sessions/99999999999999999999".into(),
        "/api/v1/sessions?series=1e9".into(),
        "/api/v1/sessions?series=-9223372036854775808".into(),
        "/static/..%2F..%2FCargo.toml".into(),
        "/static/style.css%00.css".into(),
        "/?lang=xx-YY&lang=ar".into(),
    ];
    for path in &paths {
        let res = app.get(path).await;
        let status = res.status().as_u16();
        assert!((200..500).contains(&status), "{path}: {status}");
        let body = res.text().await.expect("a body");
        assert!(!body.is_empty(), "{path}: empty body");
    }
    let headers: [(&str, &str); 4] = [
        ("accept-language", "*;q=abc, ,,;;, zz-ZZ-x-private;q=2"),
        ("cookie", "lang=; tz=Not/AZone; lang=%%; =;;"),
        ("if-none-match", "W/\"x\", *, \"\""),
        ("accept-language", &long),
    ];
    for (k, v) in headers {
        let res = app.get_with("/series/wipo-conversation/sessions/8", &[(k, v)]).await;
        assert_eq!(res.status(), 200, "{k}: {v:.40}");
    }
    // Still serving after all of that.
    assert_eq!(app.get("/readyz").await.status(), 200);
}
