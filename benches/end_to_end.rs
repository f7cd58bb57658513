//! Whole-process throughput of `canbo extract` on the real corpus, against `cat`.
//!
//! Runs, in the same process and interleaved so that they share the machine's load:
//!
//! * `cat FILE > /dev/null` (the speed of reading the file),
//! * `canbo extract FILE -o /dev/null --threads 1 -q`,
//! * `canbo extract FILE -o /dev/null --threads 2 -q`,
//! * `canbo extract FILE -o out.csv -q` and `canbo extract FILE --format sqlite -o out.db
//!   -q`, into a new database and again into the same one (every document unchanged),
//!
//! several times each, and prints MB/s (10^6 bytes per second of wall time) for each,
//! the ratio canbo / cat, the speed-up of two threads over one, and the time of the
//! SQLite loads over that of the CSV.
//!
//! This is a plain `main` (criterion is overkill for whole-process timings). It skips,
//! with a message, when the corpus or the release binary is absent, and when it is
//! run by `cargo test` rather than `cargo bench`.
//!
//! Environment:
//!
//! * `CANBO_BIN`: the binary to time (default `$CARGO_TARGET_DIR/release/canbo`, or
//!   `target/release/canbo` under the crate; build it with `cargo build --release`);
//! * `CANBO_BENCH_CORPUS`: the input (default `../shared/corpus/news-baomoi-2017.jsonl`
//!   relative to the crate);
//! * `CANBO_BENCH_REPS`: repetitions of each command (default 3).

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// One command to time, by label.
struct Runner {
    label: &'static str,
    command: Command,
    secs: Vec<f64>,
}

impl Runner {
    /// A runner of `program` with `args`, its output discarded, its errors captured.
    fn new<I, S>(label: &'static str, program: &Path, args: I) -> Runner
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut command = Command::new(program);
        command.args(args);
        command.stdout(Stdio::null()).stderr(Stdio::piped());
        Runner {
            label,
            command,
            secs: Vec::new(),
        }
    }

    /// Runs the command once and records its wall time. A non-zero exit is reported
    /// (canbo exits 1 when it skipped bad input) but the time is kept.
    fn run(&mut self) -> Result<(), String> {
        let start = Instant::now();
        let out = self
            .command
            .output()
            .map_err(|e| format!("{}: cannot run: {e}", self.label))?;
        let secs = start.elapsed().as_secs_f64();
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let tail: String = stderr.lines().rev().take(3).collect::<Vec<_>>().join(" | ");
            println!("  note: {} exited with {} ({tail})", self.label, out.status);
        }
        self.secs.push(secs);
        Ok(())
    }

    /// Median wall time in seconds.
    fn median(&self) -> f64 {
        let mut s = self.secs.clone();
        s.sort_by(f64::total_cmp);
        s.get(s.len() / 2).copied().unwrap_or(f64::NAN)
    }

    /// Shortest wall time in seconds.
    fn best(&self) -> f64 {
        self.secs.iter().copied().fold(f64::INFINITY, f64::min)
    }
}

fn default_binary() -> PathBuf {
    if let Some(bin) = env::var_os("CANBO_BIN") {
        return PathBuf::from(bin);
    }
    let target = env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(MANIFEST_DIR).join("target"));
    let target = if target.is_absolute() {
        target
    } else {
        Path::new(MANIFEST_DIR).join(target)
    };
    target.join("release").join("canbo")
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` does not, and a test run
    // must not spend minutes on the corpus.
    if !env::args().any(|a| a == "--bench") {
        println!("end_to_end: not run by `cargo bench`, skipping");
        return;
    }
    let corpus = env::var_os("CANBO_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(MANIFEST_DIR).join("../shared/corpus/news-baomoi-2017.jsonl"));
    let Ok(meta) = corpus.metadata() else {
        println!(
            "end_to_end: corpus {} not found, skipping",
            corpus.display()
        );
        return;
    };
    let binary = default_binary();
    if !binary.is_file() {
        println!(
            "end_to_end: binary {} not found (run `cargo build --release` or set CANBO_BIN), skipping",
            binary.display()
        );
        return;
    }
    let reps: usize = env::var("CANBO_BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(3);
    let mb = meta.len() as f64 / 1e6;
    println!(
        "end_to_end: {} ({mb:.1} MB), binary {}, {reps} repetitions",
        corpus.display(),
        binary.display()
    );

    let canbo = |label, threads| {
        let args: [&std::ffi::OsStr; 7] = [
            "extract".as_ref(),
            corpus.as_os_str(),
            "-o".as_ref(),
            "/dev/null".as_ref(),
            "--threads".as_ref(),
            threads,
            "-q".as_ref(),
        ];
        Runner::new(label, &binary, args)
    };
    // The outputs of the CSV and SQLite runs, in a directory of their own.
    let out = env::temp_dir().join(format!("canbo-bench-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&out) {
        println!("end_to_end: {}: {e}, skipping", out.display());
        return;
    }
    let (csv, db) = (out.join("out.csv"), out.join("out.db"));
    let into = |label, format: &str, path: &Path, fresh: bool| {
        // A shell removes the database first, when it must be new.
        let script = format!(
            "{}exec \"$0\" extract \"$1\" --format {format} -o \"$2\" -q",
            if fresh { "rm -f \"$2\" && " } else { "" }
        );
        let args: [&std::ffi::OsStr; 5] = [
            "-c".as_ref(),
            script.as_ref(),
            binary.as_os_str(),
            corpus.as_os_str(),
            path.as_os_str(),
        ];
        Runner::new(label, Path::new("sh"), args)
    };
    let mut runners = vec![
        Runner::new("cat", Path::new("cat"), [&corpus]),
        canbo("canbo --threads 1", "1".as_ref()),
        canbo("canbo --threads 2", "2".as_ref()),
        into("canbo -o out.csv", "csv", &csv, false),
        into("sqlite, new", "sqlite", &db, true),
        into("sqlite, again", "sqlite", &db, false),
    ];

    // One untimed read so that every timed run finds the file in the page cache.
    if let Err(e) = runners[0].run() {
        println!("end_to_end: {e}, skipping");
        return;
    }
    runners[0].secs.clear();

    for rep in 1..=reps {
        for runner in &mut runners {
            if let Err(e) = runner.run() {
                println!("end_to_end: {e}, skipping");
                return;
            }
            let secs = runner.secs.last().copied().unwrap_or(f64::NAN);
            println!(
                "  rep {rep}: {:<18} {secs:8.3} s {:10.1} MB/s",
                runner.label,
                mb / secs
            );
        }
    }

    println!("summary (median of {reps}; best in parentheses):");
    for runner in &runners {
        println!(
            "  {:<18} {:8.3} s {:10.1} MB/s  ({:.1} MB/s)",
            runner.label,
            runner.median(),
            mb / runner.median(),
            mb / runner.best()
        );
    }
    let _ = std::fs::remove_dir_all(&out);
    let [cat, one, two, csv, new, again] = &runners[..] else {
        return;
    };
    println!(
        "  canbo/cat speed:  1 thread {:.4}, 2 threads {:.4}",
        cat.median() / one.median(),
        cat.median() / two.median()
    );
    println!(
        "  2-thread speed-up over 1 thread: {:.2}x",
        one.median() / two.median()
    );
    println!(
        "  SQLite / CSV time: new database {:.2}, loaded again {:.2}",
        new.median() / csv.median(),
        again.median() / csv.median()
    );
}
