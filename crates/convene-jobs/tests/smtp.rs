//! Sends real mail over SMTP to `scripts/smtp_sink.py` (aiosmtpd) and reads what arrived.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use convene_jobs::{
    Envelope, OutgoingEmail, SendError, SentEmail, SmtpSender, Transport, build_message, parse_sent,
};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// A running sink; killed when dropped so a failing test leaves no server behind.
struct Sink {
    _child: Child,
    dir: tempfile::TempDir,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/smtp_sink.py")
}

/// A missing aiosmtpd must fail the suite, not skip it, or CI would pass without SMTP tests.
fn require_aiosmtpd() {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    assert!(ok, "python3 cannot import aiosmtpd: run scripts/setup.sh to install it");
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port");
    listener.local_addr().expect("local addr").port()
}

async fn start_sink(port: u16, extra: &[&str]) -> Sink {
    require_aiosmtpd();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new("python3")
        .arg(script())
        .args(["--port", &port.to_string(), "--dir"])
        .arg(dir.path())
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start python3 scripts/smtp_sink.py");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut line = String::new();
    // A guard against a wedged interpreter, not a wait: the sink says ready when listening.
    tokio::time::timeout(Duration::from_secs(60), BufReader::new(stdout).read_line(&mut line))
        .await
        .expect("smtp_sink did not say ready within 60 s")
        .expect("read smtp_sink stdout");
    assert_eq!(line.trim(), "ready", "smtp_sink did not start (see its stderr above)");
    Sink { _child: child, dir }
}

fn smtp(port: u16) -> Transport {
    Transport::Smtp(SmtpSender::from_url(&format!("smtp://127.0.0.1:{port}")).expect("valid URL"))
}

fn message(n: u32, to: &str, subject: &str) -> lettre::Message {
    let env = Envelope {
        from: "Convene <no-reply@example.org>".to_owned(),
        message_id: format!("job-{n}.test@example.org"),
        date: jiff::Timestamp::now(),
    };
    let email = OutgoingEmail {
        to: to.to_owned(),
        to_name: Some("Ада 李".to_owned()),
        subject: subject.to_owned(),
        text: format!("Message {n}"),
        html: format!("<p>Message {n}</p>"),
        lang: "ar".to_owned(),
        attachments: Vec::new(),
    };
    build_message(&env, &email).expect("message builds")
}

/// Everything the sink stored, in arrival order (its names start with a monotonic clock).
fn received(dir: &Path) -> Vec<SentEmail> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("sink dir")
        .map(|entry| entry.expect("dir entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| parse_sent(&std::fs::read(path).expect("read .eml")).expect("parses"))
        .collect()
}

#[tokio::test]
async fn messages_arrive_with_ids_and_decoded_subjects() {
    let port = free_port();
    let sink = start_sink(port, &[]).await;
    let transport = smtp(port);
    let subjects = ["Welcome to the conference", "تذكير: جلستك تبدأ غدًا", "会议日程已更新"];
    for (n, subject) in (1..).zip(subjects) {
        transport.send(&message(n, "ada@example.org", subject)).await.expect("sent");
    }

    let got = received(sink.dir.path());
    let ids: Vec<&str> = got.iter().map(|m| m.message_id.as_str()).collect();
    assert_eq!(ids, ["job-1.test@example.org", "job-2.test@example.org", "job-3.test@example.org"]);
    let got_subjects: Vec<&str> = got.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(got_subjects, subjects);
    assert!(got.iter().all(|m| m.to == "ada@example.org"));
    assert_eq!(got[1].text.trim_end(), "Message 2");
}

#[tokio::test]
async fn outage_is_transient_and_the_retry_arrives_once() {
    let port = free_port();
    let transport = smtp(port);
    let mail = message(42, "ada@example.org", "Retried");
    match transport.send(&mail).await {
        Err(SendError::Transient(_)) => {}
        other => panic!("expected a transient error with nothing listening, got {other:?}"),
    }

    let sink = start_sink(port, &[]).await;
    transport.send(&mail).await.expect("sent once the server is up");
    let got = received(sink.dir.path());
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].message_id, "job-42.test@example.org");
}

#[tokio::test]
async fn rejected_recipient_is_permanent() {
    let port = free_port();
    let sink = start_sink(port, &["--reject-rcpt", "bounce"]).await;
    let transport = smtp(port);
    match transport.send(&message(7, "bounce@example.org", "Nope")).await {
        Err(SendError::Permanent(reason)) => assert!(reason.contains("550"), "{reason}"),
        other => panic!("expected a permanent error for a 550, got {other:?}"),
    }
    transport.send(&message(8, "ada@example.org", "Fine")).await.expect("others still go");
    let ids: Vec<String> = received(sink.dir.path()).into_iter().map(|m| m.message_id).collect();
    assert_eq!(ids, ["job-8.test@example.org"]);
}
