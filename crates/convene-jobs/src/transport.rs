//! Where mail goes: an SMTP relay, a directory of `.eml` files, or memory.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use lettre::Message;
use lettre::message::header::MessageId;

use crate::{SendError, SentEmail, SmtpSender, parse_sent};

/// Where mail goes.
#[derive(Debug)]
pub enum Transport {
    /// A real relay, for production.
    Smtp(SmtpSender),
    /// `.eml` files in a directory, for development and for instances without a relay.
    Files(FileSender),
    /// A list in memory, for tests.
    Memory(MemorySender),
}

impl Transport {
    /// Sends one message; a `Transient` error means the same message may be sent again later.
    pub async fn send(&self, message: &Message) -> Result<(), SendError> {
        let result = match self {
            Self::Smtp(sender) => sender.send(message).await,
            Self::Files(sender) => sender.send(message).await,
            Self::Memory(sender) => sender.send(message),
        };
        // Fields only: bodies and credentials stay out of the logs.
        let message_id = message_id(message).unwrap_or_default();
        match &result {
            Ok(()) => tracing::debug!(message_id, transport = %self.describe(), "mail sent"),
            Err(error) => {
                tracing::warn!(message_id, transport = %self.describe(), %error, "mail not sent");
            }
        }
        result
    }

    /// What this transport is, for logs; never a password.
    pub fn describe(&self) -> String {
        match self {
            Self::Smtp(sender) => sender.describe(),
            Self::Files(sender) => format!("files:{}", sender.dir.display()),
            Self::Memory(_) => "memory".to_owned(),
        }
    }
}

/// The Message-ID header without its angle brackets.
fn message_id(message: &Message) -> Option<String> {
    let id = message.headers().get::<MessageId>()?;
    let id = id.as_ref().trim();
    Some(id.strip_prefix('<').and_then(|i| i.strip_suffix('>')).unwrap_or(id).to_owned())
}

/// Writes each message as `<dir>/<message-id sanitised to [A-Za-z0-9._-]>.eml`, atomically and durably; the same Message-ID overwrites, so a retried message is never two files.
#[derive(Debug, Clone)]
pub struct FileSender {
    dir: PathBuf,
}

impl FileSender {
    /// A sender into `dir`, which is created on the first send (or by [`Self::create_dir`]).
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// Creates the directory now, so that an operator told where emails go finds it before
    /// the first one is sent.
    pub fn create_dir(&self) -> io::Result<()> {
        fs::create_dir_all(&self.dir)
    }

    /// The directory the `.eml` files go to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    async fn send(&self, message: &Message) -> Result<(), SendError> {
        // Without a Message-ID a retry could not find its earlier copy; build_message always
        // sets one, so this is a caller's bug that retrying cannot fix.
        let id = message_id(message)
            .ok_or_else(|| SendError::Permanent("message has no Message-ID".to_owned()))?;
        let name = eml_file_name(&id)
            .ok_or_else(|| SendError::Permanent(format!("unusable Message-ID {id:?}")))?;
        let bytes = message.formatted();
        let dir = self.dir.clone();
        let path = dir.join(&name);
        tokio::task::spawn_blocking(move || write_durably(&dir, &name, &bytes))
            .await
            .map_err(|e| SendError::Transient(format!("file writer task failed: {e}")))?
            // A full or read-only disk can be fixed by an operator, so retry.
            .map_err(|e| SendError::Transient(format!("cannot write {}: {e}", path.display())))
    }
}

/// Keeps file names portable and inside the directory whatever the Message-ID holds.
fn eml_file_name(message_id: &str) -> Option<String> {
    let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    // 200 characters stays under the usual 255-byte name limit with the suffix.
    let stem: String =
        message_id.chars().map(|c| if safe(c) { c } else { '_' }).take(200).collect();
    (!stem.is_empty()).then(|| format!("{stem}.eml"))
}

/// Temp file, fsync, rename, fsync of the directory: a crash leaves the old file or the new
/// one, never a torn message, and a rename that was reported done survives a power cut.
fn write_durably(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    // The suffix keeps readers that glob *.eml from seeing half-written files.
    let mut temp = tempfile::Builder::new().prefix(".").suffix(".tmp").tempfile_in(dir)?;
    temp.write_all(bytes)?;
    // A temporary file is created 0600; an .eml file is meant to be read, by the operator's
    // mail client or another user's, like any file the operator's tools write (0644).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file().set_permissions(fs::Permissions::from_mode(0o644))?;
    }
    temp.as_file().sync_all()?;
    temp.persist(dir.join(name)).map_err(|e| e.error)?;
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// Keeps sent messages in memory for tests; clones share the same list.
#[derive(Debug, Clone, Default)]
pub struct MemorySender {
    sent: Arc<Mutex<Vec<SentEmail>>>,
}

impl MemorySender {
    /// An empty mailbox.
    pub fn new() -> Self {
        Self::default()
    }

    /// Everything sent so far, oldest first.
    pub fn sent(&self) -> Vec<SentEmail> {
        self.list().clone()
    }

    /// Forgets everything sent so far.
    pub fn clear(&self) {
        self.list().clear();
    }

    fn send(&self, message: &Message) -> Result<(), SendError> {
        let sent = parse_sent(&message.formatted())
            .ok_or_else(|| SendError::Permanent("message cannot be parsed back".to_owned()))?;
        self.list().push(sent);
        Ok(())
    }

    fn list(&self) -> std::sync::MutexGuard<'_, Vec<SentEmail>> {
        // A test that panicked while holding the lock left a usable list behind.
        self.sent.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build_message;
    use crate::message::tests::{email, envelope};

    fn eml_files(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("dir exists")
            .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[tokio::test]
    async fn file_sender_overwrites_the_same_message_id() {
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("outbox/mail");
        let transport = Transport::Files(FileSender::new(dir.clone()));
        let env = envelope("job-7.x+y@example.org");
        transport.send(&build_message(&env, &email("first")).expect("builds")).await.expect("sent");
        transport.send(&build_message(&env, &email("retry")).expect("builds")).await.expect("sent");
        let other = build_message(&envelope("job-8@example.org"), &email("other")).expect("ok");
        transport.send(&other).await.expect("sent");

        assert_eq!(eml_files(&dir), ["job-7.x_y_example.org.eml", "job-8_example.org.eml"]);
        let raw = fs::read(dir.join("job-7.x_y_example.org.eml")).expect("written");
        let sent = parse_sent(&raw).expect("parses");
        assert_eq!(
            (sent.subject.as_str(), sent.message_id.as_str()),
            ("retry", "job-7.x+y@example.org")
        );
        assert!(transport.describe().starts_with("files:"));
    }

    /// Issue 13, point 17: `.eml` files are readable by others (0644), not 0600.
    #[cfg(unix)]
    #[tokio::test]
    async fn eml_files_are_readable() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("outbox");
        let sender = FileSender::new(dir.clone());
        sender.create_dir().expect("created");
        assert!(dir.is_dir() && eml_files(&dir).is_empty(), "there before any email");
        let transport = Transport::Files(sender);
        let message = build_message(&envelope("job-9@example.org"), &email("hello")).expect("ok");
        transport.send(&message).await.expect("sent");
        let meta = fs::metadata(dir.join("job-9_example.org.eml")).expect("written");
        assert_eq!(meta.permissions().mode() & 0o777, 0o644);
    }

    #[test]
    fn file_names_stay_inside_the_directory() {
        assert_eq!(eml_file_name("../../etc/passwd@x").as_deref(), Some(".._.._etc_passwd_x.eml"));
        assert_eq!(eml_file_name("").as_deref(), None);
        assert_eq!(eml_file_name(&"a".repeat(500)).map(|n| n.len()), Some(204));
    }

    #[tokio::test]
    async fn memory_sender_records_and_clears() {
        let memory = MemorySender::new();
        let transport = Transport::Memory(memory.clone());
        for n in 1..=2 {
            let env = envelope(&format!("job-{n}@example.org"));
            let subject = format!("رسالة {n}");
            transport
                .send(&build_message(&env, &email(&subject)).expect("ok"))
                .await
                .expect("sent");
        }
        let sent = memory.sent();
        assert_eq!(sent.len(), 2);
        assert_eq!(sent[1].subject, "رسالة 2");
        assert_eq!(sent[0].message_id, "job-1@example.org");
        assert!(sent[0].raw.contains("Content-Language: ar"));
        assert_eq!(transport.describe(), "memory");
        memory.clear();
        assert!(memory.sent().is_empty());
    }
}
