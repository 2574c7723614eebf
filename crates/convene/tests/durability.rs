//! A registration acknowledged to the user is never lost: the server is killed with SIGKILL in
//! the middle of a stream of registrations, and every one that got a success answer is in the
//! database afterwards, with its verification email queued.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use convene_storage::{DatabaseTarget, Store};
use tokio::sync::Mutex;

async fn kill_during_registrations(target: DatabaseTarget, data_dir: &std::path::Path) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_convene"));
    cmd.args(["demo", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data_dir)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "error")
        .env("CONVENE_REGISTRATION_PER_IP_PER_HOUR", "0")
        .env("CONVENE_WORKER", "false")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let DatabaseTarget::Postgres(url) = &target {
        cmd.env("DATABASE_URL", url);
    }
    let mut child = cmd.spawn().expect("spawn convene");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("first line");
    let base = first.trim().rsplit(' ').next().expect("url").trim_end_matches('/').to_owned();

    let client = reqwest::Client::new();
    let sessions: serde_json::Value = client
        .get(format!("{base}/api/v1/sessions"))
        .send()
        .await
        .expect("sessions")
        .json()
        .await
        .expect("json");
    let id = sessions["items"]
        .as_array()
        .and_then(|a| a.iter().find(|s| s["number"] == 13))
        .and_then(|s| s["id"].as_i64())
        .expect("session 13");
    let url = format!("{base}/api/v1/sessions/{id}/registrations");
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let next = Arc::new(AtomicUsize::new(0));
    let mut clients = tokio::task::JoinSet::new();
    for _ in 0..32 {
        let (client, url, acknowledged, next) =
            (client.clone(), url.clone(), Arc::clone(&acknowledged), Arc::clone(&next));
        clients.spawn(async move {
            loop {
                let n = next.fetch_add(1, Ordering::SeqCst);
                let email = format!("p{n}@example.org");
                let body = serde_json::json!({
                    "name": format!("Person {n}"), "email": email, "country": "IN",
                    "stakeholder_group": "individual", "attendance_mode": "online",
                    "language": "en", "consent": true
                });
                match client.post(&url).json(&body).send().await {
                    Ok(r) if r.status() == 202 => acknowledged.lock().await.push(email),
                    Ok(_) => {}
                    // The server is gone: this client is done.
                    Err(_) => return,
                }
            }
        });
    }
    // Kill while requests are in flight, once a good number have been answered.
    loop {
        if acknowledged.lock().await.len() >= 400 {
            break;
        }
        tokio::task::yield_now().await;
    }
    let pid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).expect("pid"));
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL).expect("kill -9");
    let _ = child.wait();
    while clients.join_next().await.is_some() {}
    drop(reader);
    let acknowledged = acknowledged.lock().await.clone();
    assert!(acknowledged.len() >= 400);

    // Restart on the same database: everything acknowledged is there.
    let store = Store::open_and_migrate(target, 2).await.expect("reopen");
    let stored: std::collections::HashMap<String, bool> =
        store.registrations().registration_keys(id).await.expect("keys").into_iter().collect();
    for email in &acknowledged {
        assert_eq!(stored.get(email), Some(&true), "{email} was acknowledged but is lost");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_keeps_every_acknowledged_registration_through_kill_9() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = DatabaseTarget::Sqlite(dir.path().join("convene.sqlite3"));
    kill_during_registrations(target, dir.path()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_keeps_every_acknowledged_registration_through_kill_9() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = convene_storage::testing::postgres().await;
    kill_during_registrations(db.target.clone(), dir.path()).await;
}
