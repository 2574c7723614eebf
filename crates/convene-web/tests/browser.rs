//! The session page in real headless Chromium (Debian's, driven by playwright-core).
//! `scripts/test.sh` installs Chromium and the npm package; without them this test fails.

mod common;

use common::{Backend, TestApp};

both_backends!(visitor_sees_session_page_in_chromium, visitor_registers_with_the_keyboard);

async fn visitor_registers_with_the_keyboard(b: Backend) {
    let app = TestApp::demo(b).await;
    let stdout = run_script(&app, "registration.mjs").await;
    assert!(stdout.contains("2 passed, 0 failed"), "{stdout}");
    // The registration really happened: its verification email goes out.
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.take_mail()[0].to, "wanjiru@example.org");
}

/// Runs an e2e script against the app; returns its output, failing the test on failure.
async fn run_script(app: &TestApp, script: &str) -> String {
    let e2e = concat!(env!("CARGO_MANIFEST_DIR"), "/../../e2e");
    let shots = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/e2e");
    std::fs::create_dir_all(shots).expect("screenshot folder");
    let out = tokio::process::Command::new("node")
        .current_dir(e2e)
        .args([script, &app.url(""), shots])
        .output()
        .await
        .expect("node runs (scripts/test.sh installs the e2e dependencies)");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "browser checks failed:\n{stdout}\n{stderr}");
    stdout
}

async fn visitor_sees_session_page_in_chromium(b: Backend) {
    let app = TestApp::demo(b).await;
    let e2e = concat!(env!("CARGO_MANIFEST_DIR"), "/../../e2e");
    let shots = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/e2e");
    std::fs::create_dir_all(shots).expect("screenshot folder");
    let base = app.url("");
    let out = tokio::process::Command::new("node")
        .current_dir(e2e)
        .args(["session_page.mjs", &base, shots])
        .output()
        .await
        .expect("node runs (scripts/test.sh installs the e2e dependencies)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "browser checks failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("3 passed, 0 failed"), "{stdout}");
}
