//! A run never loses or corrupts data: the output file appears whole or not at all, a
//! run that reads nothing or would overwrite its own input leaves every file as it was,
//! directories with symbolic-link loops are read once, files of unknown kinds are not
//! read as garbage, closed pipes end the run quietly, and bad gazetteer files are
//! refused with their file and line.
//!
//! Every test runs the built binary in a fresh temporary directory, on short Vietnamese
//! news sentences written for these tests.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// One appointment.
const HUNG: &str = "Ông Đỗ Quang Hưng, Phó Giám đốc Sở Xây dựng, được bổ nhiệm giữ chức \
                    Giám đốc Sở Xây dựng tỉnh Thái Bình từ ngày 1/9/2018.";
/// A directory under the system temp dir, unique to one test, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "canbo-safety-{label}-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir).expect("temp dir is creatable");
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `data` to `name` (sub-directories are created) and returns the full path.
    fn write(&self, name: &str, data: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("parent is creatable");
        }
        fs::write(&path, data).expect("temp file is writable");
        path
    }

    fn read(&self, name: &str) -> Option<String> {
        fs::read_to_string(self.0.join(name)).ok()
    }

    /// The names in the directory (not below it), sorted.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&self.0)
            .expect("temp dir is readable")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// What one run of the binary gave.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `canbo ARGS` in `dir`, feeding `stdin` (or nothing).
fn canbo(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_canbo"))
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("canbo runs");
    if let Some(data) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        let data = data.to_vec();
        std::thread::spawn(move || {
            let _ = pipe.write_all(&data);
        });
    }
    let out = child.wait_with_output().expect("canbo finishes");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Like [`canbo`], and asserts the exit status.
fn canbo_ok(dir: &Path, args: &[&str], stdin: Option<&[u8]>, code: i32) -> Run {
    let run = canbo(dir, args, stdin);
    assert_eq!(
        run.code,
        Some(code),
        "canbo {args:?}: exit status\nstdout:\n{}\nstderr:\n{}",
        run.stdout,
        run.stderr
    );
    run
}

/// One JSON Lines line for a document.
fn json_doc(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

/// The `(doc_id, person)` of each CSV record.
fn people(csv: &str) -> Vec<(String, String)> {
    csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| {
            let r = r.expect("CSV row parses");
            (r[0].to_string(), r[1].to_string())
        })
        .collect()
}

fn pair(id: &str, person: &str) -> (String, String) {
    (id.to_string(), person.to_string())
}

/// An output file from an earlier run, which a failed run must leave as it is.
const EARLIER: &str = "doc_id,person\r\nbai-cu,Nguyễn Văn Cũ\r\n";

// ---------------------------------------------------------------------------------------
// Atomic output
// ---------------------------------------------------------------------------------------

/// `kill -9` while records are being written: the output's name holds nothing new,
/// with or without a file from an earlier run there.
#[test]
fn kill_9_mid_run_leaves_no_file_under_the_output_name() {
    for earlier in [None, Some(EARLIER)] {
        let tmp = TempDir::new("kill");
        if let Some(text) = earlier {
            tmp.write("ra.csv", text);
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_canbo"))
            .args(["extract", "-o", "ra.csv", "--quiet", "--threads", "1"])
            .current_dir(tmp.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("canbo runs");
        // Many batches (of 512 documents), so that records are written while standard
        // input stays open and the run cannot end.
        let mut stdin = child.stdin.take().expect("stdin is piped");
        let lines: String = (0..4000)
            .map(|i| json_doc(&format!("k-{i}"), HUNG) + "\n")
            .collect();
        stdin.write_all(lines.as_bytes()).expect("canbo reads");
        let deadline = Instant::now() + Duration::from_secs(120);
        let temp_written = || {
            fs::read_dir(tmp.path()).expect("readable").any(|e| {
                let e = e.expect("entry");
                e.file_name().to_string_lossy().starts_with(".ra.csv.")
                    && e.metadata().is_ok_and(|m| m.len() > 0)
            })
        };
        while !temp_written() {
            assert!(Instant::now() < deadline, "no records written in time");
            std::thread::sleep(Duration::from_millis(20));
        }
        child.kill().expect("kill -9");
        child.wait().expect("killed");
        drop(stdin);
        assert_eq!(tmp.read("ra.csv").as_deref(), earlier);
    }
}

/// A run that succeeds replaces the file and leaves no temporary file beside it.
#[test]
fn a_finished_run_replaces_the_output_and_leaves_nothing_else() {
    let tmp = TempDir::new("replace");
    tmp.write("hung.txt", HUNG);
    tmp.write("ra.csv", EARLIER);
    canbo_ok(
        tmp.path(),
        &["extract", "hung.txt", "-o", "ra.csv"],
        None,
        0,
    );
    let written = tmp.read("ra.csv").expect("output written");
    assert_eq!(people(&written), [pair("hung.txt", "Đỗ Quang Hưng")]);
    assert_eq!(tmp.names(), ["hung.txt", "ra.csv"]);
}

/// Writing to a full device fails with exit 2 and an error that names the file.
#[test]
fn a_failed_write_names_the_output() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let tmp = TempDir::new("full");
    tmp.write("hung.txt", HUNG);
    let run = canbo_ok(
        tmp.path(),
        &["extract", "hung.txt", "-o", "/dev/full"],
        None,
        2,
    );
    assert!(run.stderr.contains("canbo: /dev/full: "), "{}", run.stderr);
}
