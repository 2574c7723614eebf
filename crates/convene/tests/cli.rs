//! The binary as an operator meets it: help, migrate, demo, errors, graceful shutdown.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use convene_storage::DatabaseTarget;
use convene_testing::{Backend, TestApp, assert_redacted_snapshot, both_backends};

fn convene() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_convene"));
    c.env_remove("DATABASE_URL")
        .env_remove("CONVENE_DATA_DIR")
        .env_remove("CONVENE_CONFIG")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    c
}

fn output(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = convene().args(args).envs(env.iter().copied()).output().expect("run convene");
    use std::os::unix::process::ExitStatusExt;
    (
        out.status.code().unwrap_or_else(|| -out.status.signal().unwrap_or(1000)),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The subcommands a help text lists, but `help`.
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_owned)
        .collect()
}

/// Every subcommand, found by walking the help texts, has help; a new one adds a snapshot.
#[test]
fn every_subcommand_has_help() {
    let mut todo = vec![Vec::<String>::new()];
    let mut seen = Vec::new();
    while let Some(path) = todo.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let (code, stdout, stderr) = output(&args, &[]);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        for sub in subcommands(&stdout) {
            todo.push(path.iter().cloned().chain([sub]).collect());
        }
        let name = if path.is_empty() { "help".to_owned() } else { path.join("_") };
        insta::assert_snapshot!(format!("help_{name}"), stdout);
        seen.push(name);
    }
    assert!(seen.contains(&"admin_list-users".to_owned()), "the walk reaches nested commands");
}

#[test]
fn migrate_creates_the_sqlite_database_in_the_data_dir() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("nested/data");
    let (code, _, stderr) = output(&["migrate", "--data-dir", data.to_str().expect("utf-8")], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(data.join("convene.sqlite3").is_file());
    // Again: nothing pending, still fine. CONVENE_DATA_DIR works like --data-dir.
    let (code, _, _) = output(&["migrate"], &[("CONVENE_DATA_DIR", data.to_str().expect("utf-8"))]);
    assert_eq!(code, 0);
}

#[tokio::test]
async fn migrate_works_on_postgres() {
    let db = convene_storage::testing::postgres().await;
    let DatabaseTarget::Postgres(url) = &db.target else { unreachable!("postgres target") };
    let (code, _, stderr) = output(&["migrate"], &[("DATABASE_URL", url)]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn an_unreachable_database_is_one_line_naming_it() {
    let (code, _, stderr) =
        output(&["migrate"], &[("DATABASE_URL", "postgres://convene:s3cret@127.0.0.1:1/convene")]);
    assert_ne!(code, 0);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cannot open database postgres://convene:***@127.0.0.1:1/convene"),
        "{stderr}"
    );
    assert!(!stderr.contains("s3cret"), "passwords never reach output");
}

#[test]
fn an_unusable_data_dir_is_one_line_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").expect("write");
    let (code, _, stderr) = output(&["migrate", "--data-dir", file.to_str().expect("utf-8")], &[]);
    assert_ne!(code, 0);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&file.join("convene.sqlite3").display().to_string()), "{stderr}");
}

#[test]
fn a_config_file_and_environment_configure_the_instance() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("convene.toml");
    std::fs::write(&config, "bogus_key = 1\n").expect("write");
    let (code, _, stderr) = output(&["--config", config.to_str().expect("utf-8"), "migrate"], &[]);
    assert_ne!(code, 0);
    assert!(stderr.contains("bogus_key"), "unknown settings are named: {stderr}");
    let data = dir.path().join("from-toml");
    std::fs::write(&config, format!("data_dir = {:?}\n", data.display().to_string()))
        .expect("write");
    let (code, _, stderr) = output(&["--config", config.to_str().expect("utf-8"), "migrate"], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(data.join("convene.sqlite3").is_file());
}

/// `convene demo` prints the address, serves the demo, and stops cleanly on SIGTERM.
#[test]
fn demo_serves_and_shuts_down_gracefully() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = convene()
        .args(["demo", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn demo");
    let stdout = child.stdout.take().expect("stdout");
    // Kept open until the end: a closed pipe would kill the server on its next line.
    let mut reader = BufReader::new(stdout);
    let mut first = String::new();
    reader.read_line(&mut first).expect("first line");
    assert!(
        first.starts_with("convene is running with demo data: open http://127.0.0.1:"),
        "{first}"
    );
    let base = first.trim().rsplit(' ').next().expect("url").trim_end_matches('/').to_owned();
    // Issue 13, point 17: the banner names the email folder, so it exists before any email.
    assert!(dir.path().join("outbox").is_dir(), "outbox/ created at start");

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        let page = reqwest::get(format!("{base}/series/wipo-conversation/sessions/13"))
            .await
            .expect("get");
        assert_eq!(page.status(), 200);
        let body = page.text().await.expect("body");
        assert!(body.contains("IP and AI agents"), "the upcoming demo session is served");
        let ready = reqwest::get(format!("{base}/readyz")).await.expect("get");
        assert_eq!(ready.status(), 200);
    });
    assert!(dir.path().join("convene.sqlite3").is_file(), "data lives in the data dir");
    // Issue 13, point 12: the banner's command works as printed, in another terminal with no
    // configuration: its link names the port this demo really serves, its account is made in
    // the demo's database (no warning about a new one).
    let mut banner = String::new();
    while !banner.starts_with("back office:") {
        banner.clear();
        assert!(reader.read_line(&mut banner).expect("banner line") > 0, "no back-office line");
    }
    let command = banner
        .split_once("(first account: ")
        .and_then(|(_, c)| c.trim().strip_suffix(')'))
        .unwrap_or_else(|| panic!("{banner}"));
    let words: Vec<&str> = command.split(' ').collect();
    let (env, rest): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.contains('='));
    assert_eq!(rest[0], "convene", "{command}");
    let mut run = convene();
    run.env_remove("CONVENE_BASE_URL").env_remove("DATABASE_URL").args(&rest[1..]);
    for pair in env {
        let (k, v) = pair.split_once('=').expect("NAME=value");
        run.env(k, v);
    }
    let done = run.output().expect("run the banner's command");
    let (out, err) = (String::from_utf8_lossy(&done.stdout), String::from_utf8_lossy(&done.stderr));
    assert!(done.status.success(), "{command}: {err}");
    assert!(out.contains(&format!("{base}/admin/set-password/")), "{out}");
    assert!(!err.contains("warning"), "{err}");

    let pid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).expect("pid"));
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).expect("signal");
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(Instant::now() < deadline, "convene did not stop after SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "graceful shutdown exits 0: {status:?}");
    drop(reader);

    // A restart keeps the data and does not load the demo twice.
    let (code, _, stderr) =
        output(&["migrate", "--data-dir", dir.path().to_str().expect("utf-8")], &[]);
    assert_eq!(code, 0, "{stderr}");
}

/// Organisers set registration windows, join links and questions from the command line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_settings_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = DatabaseTarget::Sqlite(dir.path().join("convene.sqlite3"));
    let store = convene_storage::Store::open_and_migrate(target, 2).await.expect("open");
    let now = jiff::Timestamp::now();
    store
        .content()
        .insert_series_content(convene_domain::demo::wipo_conversation(now), now)
        .await
        .expect("demo");
    let d = dir.path().to_str().expect("utf-8");
    let at = ["--series", "wipo-conversation", "--session", "13", "--data-dir", d];
    let run = |args: &[&str]| {
        let mut all = vec!["registration"];
        all.extend_from_slice(args);
        all.extend_from_slice(&at);
        output(&all, &[])
    };
    let (code, out, err) = run(&[
        "open",
        "--opens",
        "2026-11-01T00:00:00Z",
        "--closes",
        "2030-01-01T00:00:00Z",
        "--in-person",
        "5",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.trim(),
        "registration for session 13 opens 2026-11-01T00:00:00Z, closes 2030-01-01T00:00:00Z"
    );
    let (code, out, _) =
        run(&["join-link", "--channel", "en", "--url", "https://meet.example.org/13-en"]);
    assert_eq!((code, out.trim()), (0, "join link for channel en of session 13 set"));
    let (code, out, err) = run(&[
        "question", "--kind", "choice", "--label", "Track", "--choice", "A", "--choice", "B",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("question "), "{out}");
    let sessions = store.content().sessions(None, None).await.expect("sessions");
    let id = sessions.iter().find(|s| s.number == 13).expect("13").id;
    let ctx = store.registrations().registration_context(id).await.expect("context");
    assert_eq!(ctx.window.and_then(|w| w.capacity_in_person), Some(5));
    assert_eq!(ctx.questions.len(), 3, "two demo questions and the new one");
    assert_eq!(ctx.questions[2].choices, ["A", "B"]);
    // Bad input: one line, exit 1, nothing changed.
    let (code, _, err) =
        run(&["open", "--opens", "2030-01-01T00:00:00Z", "--closes", "2026-01-01T00:00:00Z"]);
    assert_eq!((code, err.trim()), (1, "convene: error: --closes must be after --opens"));
    let (code, _, err) = run(&["join-link", "--channel", "de", "--url", "https://x.example"]);
    assert_eq!(code, 1);
    assert!(err.contains("--channel must be"), "{err}");
    let (code, _, err) = output(
        &[
            "registration",
            "join-link",
            "--series",
            "wipo-conversation",
            "--session",
            "99",
            "--channel",
            "en",
            "--url",
            "https://x.example",
            "--data-dir",
            d,
        ],
        &[],
    );
    assert_eq!(
        (code, err.trim()),
        (1, "convene: error: no session 99 in series wipo-conversation")
    );
}

/// `convene stats` prints the reach figures the pages publish, exact ones with `--full`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_prints_reach_from_the_records() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = DatabaseTarget::Sqlite(dir.path().join("convene.sqlite3"));
    let store = convene_storage::Store::open_and_migrate(target, 2).await.expect("open");
    let now = jiff::Timestamp::now();
    store
        .content()
        .insert_series_content(convene_domain::demo::wipo_conversation(now), now)
        .await
        .expect("demo");
    let series = store.content().list_series().await.expect("series");
    let plans = convene_domain::synthetic::DEMO_PLANS;
    store.reach().load_synthetic(series[0].id, &plans, 2019, 1).await.expect("participants");
    let d = dir.path().to_str().expect("utf-8");
    let (code, out, err) =
        output(&["stats", "--session", "8", "--table", "summary", "--data-dir", d], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("5,047 attendees from 162 countries\n"), "{out}");
    assert!(out.contains("Attended online") && out.contains("Registrations received"));
    let (_, fr, _) = output(&["stats", "--session", "7", "--lang", "fr", "--data-dir", d], &[]);
    assert!(fr.starts_with("3\u{202f}700 personnes inscrites venant de 144 pays"), "{fr}");
    // Public CSV hides small cells; --full shows organisers the exact figure. The demo gives
    // each of a session's countries at least 5 people, so that the published count of
    // countries (which counts only such countries) is the one the session published.
    let csv = |full: bool| {
        let mut args = vec!["stats", "--session", "8", "--format", "csv", "--table", "countries"];
        if full {
            args.push("--full");
        }
        args.extend_from_slice(&["--data-dir", d]);
        output(&args, &[]).1
    };
    let (public, full) = (csv(false), csv(true));
    assert!(public.starts_with("key,label,count\r\n"));
    assert!(!public.contains("<5") && !full.contains("<5"));
    assert_eq!(public, full, "nothing to hide in the demo's countries");
    assert_eq!(public.lines().count(), 163, "a header and 162 countries");
    let (_, json, _) = output(&["stats", "--format", "json", "--data-dir", d], &[]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["countries"], 162);
    let (code, _, err) = output(&["stats", "--session", "99", "--data-dir", d], &[]);
    assert_eq!(code, 1);
    assert_eq!(err.trim(), "convene: error: series wipo-conversation has no session 99");
}

/// Issue 13, point 12: a command meant for an existing database that finds none says on stderr
/// that it made a new one, once.
#[test]
fn a_command_that_creates_a_new_database_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_str().expect("utf-8");
    let (code, _, err) = output(&["admin", "list-users", "--data-dir", d], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("convene: warning:") && err.contains("a new database was created"));
    assert!(err.contains("convene.sqlite3") && err.contains("--data-dir"), "{err}");
    let (code, _, err) = output(&["admin", "list-users", "--data-dir", d], &[]);
    assert_eq!(code, 0);
    assert!(!err.contains("warning"), "the second time the database exists: {err}");
    let other = tempfile::tempdir().expect("tempdir");
    let o = other.path().to_str().expect("utf-8");
    let (_, _, err) = output(&["migrate", "--data-dir", o], &[]);
    assert!(!err.contains("warning"), "migrate is meant to create it: {err}");
}

/// The first administrator is made from the command line: a one-time link, never a password.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_create_user_prints_a_one_time_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_str().expect("utf-8");
    let base = [("CONVENE_BASE_URL", "https://convene.example.org/")];
    let (code, out, err) = output(
        &["admin", "create-user", "--email", "Ana@Example.org", "--role", "admin", "--data-dir", d],
        &base,
    );
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("account created: Ana@Example.org (admin)"));
    assert_eq!(lines.next(), Some("set-password link (works once, for 72 hours):"));
    let link = lines.next().expect("link");
    let token = link
        .strip_prefix("https://convene.example.org/admin/set-password/")
        .unwrap_or_else(|| panic!("{link}"));
    let (code, _, err) = output(
        &[
            "admin",
            "create-user",
            "--email",
            "ana@example.org",
            "--role",
            "editor",
            "--data-dir",
            d,
        ],
        &[],
    );
    assert_eq!(code, 1);
    assert!(err.contains("an account for ana@example.org exists already"), "{err}");
    let (code, _, err) = output(
        &["admin", "create-user", "--email", "bo@example.org", "--role", "root", "--data-dir", d],
        &[],
    );
    assert_eq!(
        (code, err.trim()),
        (1, "convene: error: --role must be admin, editor, moderator or checkin")
    );
    let (code, out, _) =
        output(&["admin", "password-link", "--email", "ANA@example.org", "--data-dir", d], &[]);
    assert_eq!(code, 0);
    assert!(out.contains("/admin/set-password/") && !out.contains(token), "a new link: {out}");
    let (code, out, _) = output(&["admin", "list-users", "--data-dir", d], &[]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "1\tAna@Example.org\tadmin\tinvited");
    // Both links work until one is used.
    let target = DatabaseTarget::Sqlite(dir.path().join("convene.sqlite3"));
    let store = convene_storage::Store::open(target, 1).await.expect("open");
    let token = convene_domain::SecretToken::try_from(token).expect("token");
    let user = store.accounts().password_link(&token, jiff::Timestamp::now()).await.expect("query");
    assert_eq!(user.map(|u| u.role), Some(convene_domain::Role::Admin));
}

both_backends!(outputs_are_the_same_on_both_databases);

/// What an operator reads, as snapshots asserted on both databases: statistics of a past demo
/// session (a past one, as `stats` counts with the real clock), account commands and errors.
async fn outputs_are_the_same_on_both_databases(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let data = tempfile::tempdir().expect("tempdir");
    let d = data.path().to_str().expect("utf-8").to_owned();
    let mut env = vec![("CONVENE_BASE_URL", "https://convene.example.org/".to_owned())];
    match app.database() {
        DatabaseTarget::Postgres(url) => env.push(("DATABASE_URL", url.clone())),
        DatabaseTarget::Sqlite(path) => env.push(("DATABASE_URL", path.display().to_string())),
    }
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let s8 = ["--session", "8"];
    let runs: Vec<(&str, Vec<&str>)> = vec![
        ("stats_session", [&["stats"][..], &s8].concat()),
        ("stats_session_ar", [&["stats"][..], &s8, &["--lang", "ar"]].concat()),
        ("stats_csv", [&["stats"][..], &s8, &["--format", "csv", "--table", "groups"]].concat()),
        ("stats_full", [&["stats"][..], &s8, &["--table", "countries", "--full"]].concat()),
        ("stats_no_session", vec!["stats", "--session", "99"]),
        ("stats_bad_language", vec!["stats", "--lang", "de"]),
        (
            "create_user",
            vec!["admin", "create-user", "--email", "ana@example.org", "--role", "admin"],
        ),
        (
            "create_user_again",
            vec!["admin", "create-user", "--email", "ANA@example.org", "--role", "editor"],
        ),
        (
            "create_user_bad_role",
            vec!["admin", "create-user", "--email", "b@x.org", "--role", "root"],
        ),
        (
            "create_editor",
            vec!["admin", "create-user", "--email", "bo@example.org", "--role", "editor"],
        ),
        ("password_link", vec!["admin", "password-link", "--email", "Bo@example.org"]),
        ("list_users", vec!["admin", "list-users"]),
    ];
    let mut shots = Vec::new();
    for (name, mut args) in runs {
        args.extend(["--data-dir", &d]);
        let (code, stdout, stderr) = output(&args, &env);
        shots.push((name, format!("exit: {code}\n--- stdout\n{stdout}\n--- stderr\n{stderr}")));
    }
    for (name, shot) in shots {
        // Account ids come from a sequence; the order of the list shows which is which.
        assert_redacted_snapshot!(format!("output_{name}"), shot, &[(r"(?m)^\d+\t", "[id]\t")]);
    }
}
