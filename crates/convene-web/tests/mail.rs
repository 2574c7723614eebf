//! Registration emails over real SMTP (aiosmtpd, `scripts/smtp_sink.py`), through an outage:
//! the server is down while people register, comes back, and every email arrives exactly once.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use convene_jobs::{SmtpSender, Transport, parse_sent};
use convene_testing::{Backend, TestApp, both_backends, test_registration_config};
use tokio::io::{AsyncBufReadExt, BufReader};

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

async fn start_sink(port: u16, dir: &Path) -> tokio::process::Child {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/smtp_sink.py");
    let mut child = tokio::process::Command::new("python3")
        .arg(script)
        .args(["--port", &port.to_string(), "--dir"])
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start scripts/smtp_sink.py (run scripts/setup.sh for aiosmtpd)");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("stdout");
    tokio::time::timeout(Duration::from_secs(60), BufReader::new(stdout).read_line(&mut line))
        .await
        .expect("the sink says ready")
        .expect("read");
    assert_eq!(line.trim(), "ready", "smtp_sink.py did not start: is aiosmtpd installed?");
    child
}

fn received(dir: &Path) -> Vec<convene_jobs::SentEmail> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("sink dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    files.iter().filter_map(|p| parse_sent(&std::fs::read(p).expect("read"))).collect()
}

async fn every_email_arrives_exactly_once_after_an_outage(b: Backend) {
    let port = free_port();
    let smtp = SmtpSender::from_url(&format!("smtp://127.0.0.1:{port}")).expect("url");
    let app =
        TestApp::with_transport(b, test_registration_config(), Some(Transport::Smtp(smtp))).await;
    app.load(convene_domain::demo::wipo_conversation(convene_testing::now())).await;
    let sessions = app.store.content().sessions(None, None).await.expect("sessions");
    let id = sessions.iter().find(|s| s.number == 13).expect("13").id;
    let path = format!("/api/v1/sessions/{id}/registrations");
    // The mail server is down while five people register.
    for (i, lang) in ["ar", "zh", "en", "fr", "ru"].iter().enumerate() {
        let body = serde_json::json!({
            "name": format!("Person {i}"), "email": format!("p{i}@example.org"), "country": "EG",
            "stakeholder_group": "media", "attendance_mode": "online", "language": lang,
            "consent": true
        });
        assert_eq!(app.post_json(&path, &body).await.status().as_u16(), 202);
    }
    assert_eq!(app.run_jobs().await, 5, "five attempts, all failed");
    // Back up: after the retry delay every message goes out, once.
    let dir = tempfile::tempdir().expect("dir");
    let _sink = start_sink(port, dir.path()).await;
    assert_eq!(app.run_jobs().await, 0, "nothing is retried before its time");
    app.advance(jiff::SignedDuration::from_secs(31));
    assert_eq!(app.run_jobs().await, 5);
    app.advance(jiff::SignedDuration::from_hours(2));
    assert_eq!(app.run_jobs().await, 0, "nothing is sent twice");
    let mail = received(dir.path());
    assert_eq!(mail.len(), 5);
    let mut ids: Vec<_> = mail.iter().map(|m| m.message_id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 5, "five distinct messages");
    let arabic = mail.iter().find(|m| m.to.contains("p0@")).expect("p0");
    assert!(arabic.html.contains("dir=\"rtl\""), "Arabic HTML email is right to left");
    assert!(arabic.raw.contains("Content-Language: ar"));
}

both_backends!(every_email_arrives_exactly_once_after_an_outage);
