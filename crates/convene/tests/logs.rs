//! Logs as an operator reads them from a file or a journal: plain text, no terminal colours.

use std::process::{Command, Stdio};

#[test]
fn logs_written_to_a_file_carry_no_colour_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["migrate", "--data-dir"])
        .arg(dir.path())
        .env_remove("DATABASE_URL")
        .env_remove("CONVENE_CONFIG")
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .output()
        .expect("run convene");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("database ready"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "colour codes in a log file: {stderr:?}");
}
