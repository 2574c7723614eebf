//! A corpus of XSS payloads through every stored text field, read back in real Chromium
//! (issue 19, point 10). The content is loaded without the editors' content checks on
//! purpose: escaping and sanitising must hold on their own, whatever got stored (an import,
//! an older version, a check that missed). Registrants' fields go through the real form.
//! `e2e/xss.mjs` fails on any dialog, any request to the marker host, and any element or
//! attribute in the DOM that could run script; this test checks the payloads were shown.

use convene_domain::{NewQuestion, QuestionKind, Role, SecretToken, demo};
use convene_storage::SessionLifetime;
use convene_testing::flow::{FORM, fields, last_to, link, submit};
use convene_testing::{Backend, Page, TestApp, both_backends, now};
use jiff::SignedDuration;

both_backends!(stored_payloads_stay_text_on_every_page);

/// Payloads, each carrying its own marker word so the script can tell it was shown as text.
const CORPUS: &[&str] = &[
    "<script>alert('XSS01')</script>",
    "<img src=\"https://marker.invalid/XSS02.png\" onerror=\"alert('XSS02')\">",
    "\"><svg onload=alert('XSS03')>",
    "'><iframe src=\"https://marker.invalid/XSS04\"></iframe>",
    "</textarea><script>alert('XSS05')</script>",
    "</title><script>alert('XSS06')</script>",
    "javascript:alert('XSS07')",
    "[XSS08](javascript:alert(8))",
    "<a href=\"javascript:alert('XSS09')\">XSS09</a>",
    "<details open ontoggle=alert('XSS10')>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('XSS11')>",
    "<style>@import 'https://marker.invalid/XSS12.css';</style>",
    "<link rel=stylesheet href=https://marker.invalid/XSS13.css>",
    "<object data=\"https://marker.invalid/XSS14\"></object>",
    "{{ 7*7 }} ${alert('XSS15')} {% raw %}",
    "<base href=\"https://marker.invalid/XSS16/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://marker.invalid/XSS17\">",
    "<form action=\"https://marker.invalid/XSS18\"><button>XSS18</button></form>",
    "<img src=x:alert(XSS19) onerror=eval(src)>",
    "\"onmouseover=\"alert('XSS20')",
    "<body onload=alert('XSS21')>",
    "<input autofocus onfocus=alert('XSS22')>",
    "<video><source onerror=\"alert('XSS23')\">",
    "![XSS24](https://marker.invalid/XSS24.png)",
    "<noscript><p title=\"</noscript><img src=x onerror=alert('XSS25')>\">",
    "<svg><animate onbegin=alert('XSS26') attributeName=x dur=1s>",
];

fn payload(i: usize) -> String {
    CORPUS[i % CORPUS.len()].to_owned()
}

async fn stored_payloads_stay_text_on_every_page(b: Backend) {
    let app = TestApp::empty(b).await;
    let mut content = demo::wipo_conversation(now());
    let mut n = 0;
    let mut next = || {
        n += 1;
        payload(n)
    };
    content.series.title = format!("Series {}", next());
    content.series.description = next();
    for (_, name) in &mut content.topics {
        *name = next();
    }
    for s in &mut content.speakers {
        (s.name, s.affiliation, s.bio) = (next(), next(), next());
    }
    for s in &mut content.sessions {
        (s.title, s.summary, s.venue) = (next(), next(), Some(next()));
        for item in &mut s.agenda {
            (item.title, item.description) = (next(), next());
        }
        if let Some(r) = s.registration.as_mut() {
            r.questions = vec![NewQuestion {
                kind: QuestionKind::Text,
                label: next(),
                choices: Vec::new(),
                required: false,
            }];
        }
    }
    assert!(n > 2 * CORPUS.len(), "every payload is used in several fields ({n})");
    app.load(content).await;

    // Registrants type payloads into every field of the real form; what the form accepts is
    // shown to them, to organisers and (when listed publicly) to visitors.
    let form = Page::parse(&app.page(FORM, 200).await);
    let question = form.attr("input[name^=q], textarea[name^=q]", "name").expect("question");
    let mut manage = String::new();
    for (i, text) in CORPUS.iter().enumerate() {
        let email = format!("xss{i}@example.org");
        let mut all = fields(&email, "online");
        all.retain(|(k, _)| !["name", "organisation"].contains(k));
        all.extend([("name", *text), ("organisation", *text), ("accessibility", *text)]);
        all.extend([("list_publicly", "yes"), (question.as_str(), *text)]);
        let res = submit(&app, FORM, &[], &all).await;
        assert_eq!(res.status().as_u16(), 303, "payload {i} is ordinary text to the form");
        app.run_jobs().await;
        let mail = app.take_mail();
        let mail = last_to(&mail, &email);
        for body in [&mail.html, &mail.text] {
            assert!(!body.contains("<script") && !body.contains("onerror="), "email: {body}");
        }
        let verify = link(&mail.text, "/verify/");
        let res = app.get(&verify).await;
        manage = res.headers()["location"].to_str().expect("location").to_owned();
        app.run_jobs().await;
        app.take_mail();
    }

    let (token, session_id) = (organiser(&app).await, session_13(&app).await);
    let speaker = app.store.content().speakers().await.expect("speakers")[0].clone();
    let mut pages: Vec<String> = [
        "/",
        "/sessions",
        "/series/wipo-conversation",
        "/series/wipo-conversation/sessions/13",
        "/series/wipo-conversation/sessions/2",
        "/speakers",
        FORM,
        "/admin",
        "/admin/sessions",
        "/admin/speakers",
        "/admin/registrations",
        "/admin/audit",
    ]
    .iter()
    .map(|p| (*p).to_owned())
    .collect();
    pages.extend([
        format!("/speakers/{}", speaker.slug),
        format!("/admin/speakers/{}", speaker.id),
        format!("/admin/sessions/{session_id}"),
        format!("/admin/sessions/{session_id}/registrations"),
        format!("/admin/revisions?subject=session:{session_id}"),
        manage,
    ]);
    let fixture = serde_json::json!({ "token": token.as_str(), "pages": pages });
    let stdout = app.run_browser_script("xss.mjs", &fixture.to_string()).await;
    assert!(stdout.contains(&format!("{} passed, 0 failed", pages.len())), "{stdout}");
    // The script reports how many payload markers each page showed as text: the corpus
    // really reached the pages it was meant for.
    for page in ["/series/wipo-conversation/sessions/13 shows", "/admin/sessions/", "/manage/"] {
        let line = stdout.lines().find(|l| l.contains(page)).unwrap_or_else(|| panic!("{page}"));
        let shown: usize = line.rsplit(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        assert!(shown >= 2, "{line}");
    }
}

/// A signed-in administrator's session token, made in storage as the sign-in form would.
async fn organiser(app: &TestApp) -> SecretToken {
    let user = convene_testing::flow::account(app, "admin@example.org", Role::Admin).await;
    let token = SecretToken::from_bytes(rand::random());
    let life = SessionLifetime {
        idle: SignedDuration::from_hours(2),
        absolute: SignedDuration::from_hours(12),
    };
    let accounts = app.store.accounts();
    accounts.start_session(user.id, &token, None, app.clock.now(), life).await.expect("session");
    token
}

async fn session_13(app: &TestApp) -> i64 {
    let sessions = app.store.content().sessions(None, None).await.expect("sessions");
    sessions.iter().find(|s| s.number == 13).expect("session 13").id
}
