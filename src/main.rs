//! `canbo`: the command line over the library.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use canbo::db::{Database, Dialect};
use canbo::decide::Trainer;
use canbo::input::{Diagnostic, InputFormat, Item, Reader, Source, Unit};
use canbo::normalize::ToneStyle;
use canbo::output::{AtomicFile, Format, RecordWriter};
use canbo::{eval, Extraction, Extractor};

/// Most of a run's allocations are small and short-lived (tokens, hits, drafts of one
/// sentence); mimalloc serves them faster than the system allocator, on every thread.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `purge_delay` option (its number in mimalloc 3's `mi_option_e`).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory in the process instead of returning it to the system after 10 ms.
/// A run frees and reallocates the same few megabytes per batch; returned, each batch's
/// memory came back as fresh pages for the kernel to zero again (about 6% of the CPU time
/// of an `extract` run). Peak memory is unchanged: what is kept is what the next batch
/// allocates again. `MIMALLOC_PURGE_DELAY` in the environment still wins.
fn keep_freed_memory() {
    // SAFETY: called once, first thing in `main`, before any other thread exists
    // (`mi_option_set_default` is not thread safe).
    unsafe { libmimalloc_sys::mi_option_set_default(MI_OPTION_PURGE_DELAY, -1) };
}

/// Writes a line to standard error; a closed or broken standard error is ignored (a
/// diagnostic must never end the run, nor panic as `eprintln!` does).
macro_rules! note {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr().lock(), $($arg)*);
    }};
}

/// Writes a line of a report to standard output, returning from the function with the
/// error when it cannot (a closed pipe: `canbo train … | head` stops quietly).
macro_rules! say {
    ($($arg:tt)*) => {
        writeln!(io::stdout().lock(), $($arg)*)?
    };
}

/// The exit statuses, for `--help`.
const EXIT_STATUS: &str = "\
Exit status:
  0    every input was read (warnings, such as invalid UTF-8 or a symlink loop, allowed)
  1    the run ended, but some input was skipped (each reported as FILE:LINE: reason)
  2    usage error or fatal error: bad arguments or gazetteers, nothing could be read,
       -o names an input, or the output could not be written (a file at -o is then
       left as it was)
  141  standard output was closed early (as by `head`); the run stopped quietly
canbo eval exits with 0, or 2 on an error.";

#[derive(Parser)]
#[command(
    name = "canbo",
    version,
    about = "Extract personnel moves of Vietnamese officials from news text",
    after_help = EXIT_STATUS
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read documents and write one record per personnel move.
    #[command(after_help = EXIT_STATUS)]
    Extract(ExtractArgs),
    /// Score predicted records against gold annotations (ANNOTATION.md).
    Eval(EvalArgs),
    /// Learn the confidence model from gold annotations, measured by cross-validation.
    Train(TrainArgs),
    /// Print the SQL that creates canbo's tables (documents, records, moves, move_sources,
    /// places_2025) and fills places_2025.
    Schema(SchemaArgs),
    /// Print careers from a database written by `extract --format sqlite`: each person's
    /// moves in time, each move once however many documents report it.
    Moves(MovesArgs),
}

#[derive(clap::Args)]
struct SchemaArgs {
    /// The database the SQL is for.
    #[arg(value_enum)]
    dialect: DialectArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum DialectArg {
    Sqlite,
    Postgres,
}

#[derive(clap::Args)]
struct MovesArgs {
    /// An SQLite database written by `canbo extract --format sqlite -o DB`.
    database: PathBuf,
    /// Only this person's moves (the name is compared as `canbo eval` compares names:
    /// case, tone marks and an honorific do not matter); exits 1 when there are none.
    #[arg(long, value_name = "NAME")]
    person: Option<String>,
}

#[derive(clap::Args)]
struct TrainArgs {
    /// A labelled set: its name, its gold file and the documents it annotates (repeat).
    #[arg(long = "set", num_args = 3, value_names = ["NAME", "GOLD", "DOCS"], required = true)]
    sets: Vec<String>,
    /// Folds of the cross-validation (by document, over all sets together).
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Write the model fitted on every set here (e.g. gazetteers/scorer.tsv).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Draw the cross-validated precision–recall curve of each set as SVG here.
    #[arg(long)]
    curve: Option<PathBuf>,
    /// Strength of the L2 penalty on the weights (larger: weights nearer 0).
    #[arg(long, default_value_t = Trainer::default().l2)]
    l2: f32,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// .txt files, .jsonl files (optionally .gz), other files by their content,
    /// directories, or - for JSON Lines on standard input (the default).
    inputs: Vec<String>,
    /// Write records here instead of standard output (`-` is standard output). The file
    /// is replaced only when the run ends: an interrupted or failed run leaves it as it
    /// was. With `--format sqlite` (required): the database to load into, one transaction
    /// per batch, or to create, which appears when the run ends.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Read files whose name does not tell their kind (not .txt, .jsonl, .ndjson or
    /// .json, optionally .gz) as this; by default their content tells it (JSON Lines
    /// when it starts with `{`), and a file of unknown kind is skipped.
    #[arg(long, value_enum)]
    input_format: Option<InputFormatArg>,
    /// csv and jsonl write one record a line; sqlite loads documents, records and moves
    /// into the database at -o, replacing the rows of documents already there.
    #[arg(long, value_enum, default_value_t = FormatArg::Csv)]
    format: FormatArg,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// A directory of TSV files that extend the built-in gazetteers.
    #[arg(long)]
    gazetteers: Option<PathBuf>,
    /// Tone-mark style of output strings: old ("hòa", "ủy") or new ("hoà", "uỷ").
    #[arg(long, value_enum, default_value_t = ToneArg::Old)]
    tone_style: ToneArg,
    /// No progress bar and no summary on standard error.
    #[arg(short, long)]
    quiet: bool,
    /// Keep the records whose confidence is at least P (0 to 1; 0 keeps every candidate).
    /// Default: the model's threshold, the best F1 in cross-validation.
    #[arg(long, value_name = "P", value_parser = confidence_arg)]
    min_confidence: Option<f32>,
}

fn confidence_arg(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(p) if (0.0..=1.0).contains(&p) => Ok(p),
        _ => Err(format!("{s:?} is no confidence between 0 and 1")),
    }
}

#[derive(clap::Args)]
struct EvalArgs {
    /// Gold annotations (JSON Lines, ANNOTATION.md format).
    gold: PathBuf,
    /// Predicted records (CSV with a header, or JSON Lines).
    predictions: PathBuf,
    /// List every missed, spurious and partly wrong record.
    #[arg(long)]
    errors: bool,
    /// Print the metrics as one JSON object (the reference scorer's format).
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Csv,
    Jsonl,
    Sqlite,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormatArg {
    Txt,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum ToneArg {
    Old,
    New,
}

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Eval(args) => evaluate(args),
        Command::Train(args) => train(args),
        Command::Schema(args) => schema(args),
        Command::Moves(args) => moves(args),
    };
    match result {
        Ok(code) => code,
        // Standard output closed early (`canbo extract x | head`): stop quietly, as a
        // program that SIGPIPE ends does.
        Err(e) if is_broken_pipe(e.as_ref()) => ExitCode::from(EXIT_BROKEN_PIPE),
        Err(e) => {
            note!("canbo: {e}");
            ExitCode::from(2)
        }
    }
}

/// The status when standard output was closed early: 128 + SIGPIPE, as a shell reports
/// a program ended by it.
const EXIT_BROKEN_PIPE: u8 = 141;

/// Is `e`, or an error under it, a broken pipe?
fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(e);
    while let Some(e) = next {
        if let Some(io) = e.downcast_ref::<io::Error>() {
            // An I/O error's `source` skips the error it wraps.
            if io.kind() == io::ErrorKind::BrokenPipe
                || io.get_ref().is_some_and(|e| is_broken_pipe(e))
            {
                return true;
            }
        }
        next = e.source();
    }
    false
}

/// Where records go.
enum Output {
    Stdout(io::StdoutLock<'static>),
    File(AtomicFile),
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(out) => out.write(buf),
            Output::File(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(out) => out.flush(),
            Output::File(file) => file.flush(),
        }
    }
}

/// Where the documents and records of a run go.
enum Sink {
    Records(RecordWriter<Output>),
    Database(Database),
}

impl Sink {
    /// Writes one batch of documents, in input order.
    fn write(&mut self, batch: &[Extraction]) -> Result<(), Box<dyn std::error::Error>> {
        match self {
            Sink::Records(writer) => {
                for record in batch.iter().flat_map(|doc| &doc.records) {
                    writer.write(record)?;
                }
            }
            Sink::Database(db) => db.load(batch)?,
        }
        Ok(())
    }

    /// Ends the output: flushes and puts a file in place; for a database, what the load
    /// did, for the summary.
    fn finish(self) -> Result<Option<canbo::db::LoadStats>, Box<dyn std::error::Error>> {
        match self {
            Sink::Records(writer) => {
                if let Output::File(file) = writer.finish()? {
                    file.commit()?;
                }
                Ok(None)
            }
            Sink::Database(db) => Ok(Some(db.finish()?)),
        }
    }
}

/// Counts for the run's summary.
#[derive(Default)]
struct Summary {
    documents: u64,
    with_records: u64,
    records: u64,
    warnings: u64,
    skipped: std::collections::BTreeMap<&'static str, u64>,
}

/// Input is read in batches of units (documents or JSON lines), parsed and extracted in
/// parallel, and written in input order.
const BATCH_UNITS: usize = 512;
const BATCH_BYTES: usize = 16 << 20;

/// Batches being extracted at once, at most.
const IN_FLIGHT: usize = 3;

/// Parses and extracts one batch on the thread pool.
fn extract_batch(extractor: &Extractor, batch: Vec<Unit>) -> Vec<Vec<Outcome>> {
    batch
        .into_par_iter()
        .map(|unit| {
            unit.into_items()
                .into_iter()
                .map(|item| match item {
                    Item::Document(doc) => {
                        Outcome::Document(Extraction::new(&doc, extractor.extract(&doc)))
                    }
                    Item::Skipped(diag) => Outcome::Skipped(diag),
                    Item::Warning(diag) => Outcome::Warning(diag),
                })
                .collect()
        })
        .collect()
}

/// A batch's outcomes, as a worker sends them back: `None` if it failed.
struct Reply {
    index: usize,
    /// Input bytes read when the batch was cut.
    read: u64,
    outcomes: Option<Vec<Vec<Outcome>>>,
}

/// Sends a batch's [`Reply`] when dropped, so that the writer hears of a worker that
/// panicked instead of waiting for it forever.
struct ReplyOnDrop {
    reply: Option<Reply>,
    to: mpsc::Sender<Reply>,
}

impl ReplyOnDrop {
    fn set(&mut self, outcomes: Vec<Vec<Outcome>>) {
        if let Some(reply) = &mut self.reply {
            reply.outcomes = Some(outcomes);
        }
    }
}

impl Drop for ReplyOnDrop {
    fn drop(&mut self) {
        if let Some(reply) = self.reply.take() {
            // The receiver is gone only when the run already failed.
            let _ = self.to.send(reply);
        }
    }
}

/// What one item of input gave.
enum Outcome {
    Document(Extraction),
    Skipped(Diagnostic),
    Warning(Diagnostic),
}

fn extract(mut args: ExtractArgs) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let started = Instant::now();
    // `-o -`: standard output, as without -o.
    if args.output.as_deref() == Some(std::path::Path::new("-")) {
        args.output = None;
    }
    let mut builder = Extractor::builder();
    builder.tone_style(match args.tone_style {
        ToneArg::Old => ToneStyle::Old,
        ToneArg::New => ToneStyle::New,
    });
    if let Some(dir) = &args.gazetteers {
        builder.gazetteer_dir(dir);
    }
    if let Some(min) = args.min_confidence {
        builder.min_confidence(min);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()?;
    // The register of places is built beside the gazetteers (on its first use otherwise).
    let (extractor, _) = pool.join(|| builder.build(), canbo::place::PlaceIndex::builtin);
    let extractor = extractor?;

    let sources: Vec<Source> = if args.inputs.is_empty() {
        vec![Source::Stdin]
    } else {
        args.inputs.iter().map(|s| Source::parse(s)).collect()
    };
    // Directories are listed here, before the output file is made.
    let mut reader = Reader::new(&sources);
    reader = match args.input_format {
        Some(InputFormatArg::Txt) => reader.input_format(InputFormat::Text),
        Some(InputFormatArg::Jsonl) => reader.input_format(InputFormat::JsonLines),
        None => reader,
    };
    if let Some(path) = &args.output {
        if let Some(input) = reader.input_named(path) {
            return Err(format!(
                "-o {}: this file is an input ({}); not overwriting it",
                path.display(),
                input.display()
            )
            .into());
        }
    }
    // `-o FILE` is written beside FILE and renamed over it at the end of a run that
    // succeeded: an interrupted or failed run leaves FILE as it was. A database that
    // exists is loaded in place, a batch per transaction.
    let out = || -> io::Result<Output> {
        Ok(match &args.output {
            Some(path) => Output::File(AtomicFile::create(path)?),
            None => Output::Stdout(io::stdout().lock()),
        })
    };
    let mut sink = match (args.format, &args.output) {
        (FormatArg::Csv, _) => Sink::Records(RecordWriter::new(out()?, Format::Csv)),
        (FormatArg::Jsonl, _) => Sink::Records(RecordWriter::new(out()?, Format::JsonLines)),
        (FormatArg::Sqlite, Some(path)) => Sink::Database(Database::create_or_open(path)?),
        (FormatArg::Sqlite, None) => return Err("--format sqlite needs -o DATABASE".into()),
    };
    let progress = progress_bar(&sources, args.quiet);
    let mut summary = Summary::default();
    // A reader thread cuts the input into batches of unparsed units while the workers
    // parse and extract the batch before; results are written in input order.
    let (batches, received) = mpsc::sync_channel::<(Vec<Unit>, u64)>(2);
    let reading = std::thread::spawn(move || {
        let mut batch: Vec<Unit> = Vec::with_capacity(BATCH_UNITS);
        let mut batch_bytes = 0;
        while let Some(unit) = reader.next_unit() {
            batch_bytes += unit.len();
            batch.push(unit);
            if batch.len() >= BATCH_UNITS || batch_bytes >= BATCH_BYTES {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_UNITS));
                if batches.send((full, reader.bytes_read())).is_err() {
                    break;
                }
                batch_bytes = 0;
            }
        }
        let read = reader.bytes_read();
        // The receiver only goes away when writing failed; that error is reported.
        let _ = batches.send((batch, read));
        (read, reader.sources_read(), reader.sources_failed())
    });
    // Up to `IN_FLIGHT` batches are extracted at once, so that a worker done with its
    // share of one batch goes on with the next instead of waiting for the slowest
    // document; finished batches wait in `done` to be written in order.
    let (reply_to, replies) = mpsc::channel::<Reply>();
    let extractor = &extractor;
    pool.in_place_scope(|scope| -> Result<(), Box<dyn std::error::Error>> {
        let mut received = received.into_iter();
        let mut done: BTreeMap<usize, (Vec<Vec<Outcome>>, u64)> = BTreeMap::new();
        let (mut started, mut written, mut more) = (0, 0, true);
        loop {
            while more && started - written < IN_FLIGHT {
                let Some((batch, read)) = received.next() else {
                    more = false;
                    break;
                };
                let mut reply = ReplyOnDrop {
                    reply: Some(Reply {
                        index: started,
                        read,
                        outcomes: None,
                    }),
                    to: reply_to.clone(),
                };
                scope.spawn(move |_| reply.set(extract_batch(extractor, batch)));
                started += 1;
            }
            if written == started {
                return Ok(());
            }
            while !done.contains_key(&written) {
                let reply = replies.recv()?;
                let outcomes = reply.outcomes.ok_or("a worker thread failed")?;
                done.insert(reply.index, (outcomes, reply.read));
            }
            let Some((outcomes, read)) = done.remove(&written) else {
                continue;
            };
            written += 1;
            let mut documents = Vec::new();
            for outcome in outcomes.into_iter().flatten() {
                match outcome {
                    Outcome::Document(doc) => {
                        summary.documents += 1;
                        summary.with_records += u64::from(!doc.records.is_empty());
                        summary.records += doc.records.len() as u64;
                        documents.push(doc);
                    }
                    Outcome::Skipped(diag) => {
                        note!("{diag}");
                        *summary.skipped.entry(diag.reason.label()).or_default() += 1;
                    }
                    Outcome::Warning(diag) => {
                        note!("warning: {diag}");
                        summary.warnings += 1;
                    }
                }
            }
            sink.write(&documents)?;
            if let Some(bar) = &progress {
                bar.set_position(read);
                bar.set_message(format!("{} documents", summary.documents));
            }
        }
    })?;
    let (bytes_read, sources_read, sources_failed) =
        reading.join().map_err(|_| "the reader thread failed")?;
    if sources_read == 0 && sources_failed > 0 {
        // Nothing could be read: no output at all, and a file at `-o` is left as it was.
        if let Some(bar) = progress {
            bar.finish_and_clear();
        }
        return Err(match &args.output {
            Some(path) => format!("no input could be read; {} left as it was", path.display()),
            None => "no input could be read".to_string(),
        }
        .into());
    }
    let loaded = sink.finish()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }

    let seconds = started.elapsed().as_secs_f64();
    let mb = bytes_read as f64 / 1e6;
    let skipped: u64 = summary.skipped.values().sum();
    if !args.quiet {
        let reasons: Vec<String> = summary
            .skipped
            .iter()
            .map(|(r, n)| format!("{n} {r}"))
            .collect();
        note!(
            "canbo: {} documents read, {} with records, {} records; {} skipped{}; {} warnings; {:.2} s, {:.1} MB/s",
            summary.documents,
            summary.with_records,
            summary.records,
            skipped,
            if reasons.is_empty() { String::new() } else { format!(" ({})", reasons.join(", ")) },
            summary.warnings,
            seconds,
            if seconds > 0.0 { mb / seconds } else { 0.0 },
        );
        if let Some(stats) = loaded {
            note!(
                "canbo: database {}: {} documents added, {} replaced, {} unchanged",
                args.output
                    .as_deref()
                    .unwrap_or(std::path::Path::new("-"))
                    .display(),
                stats.added,
                stats.replaced,
                stats.unchanged
            );
        }
    }
    Ok(if skipped > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `canbo schema`: the DDL, and the register of places it fills in.
fn schema(args: SchemaArgs) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let dialect = match args.dialect {
        DialectArg::Sqlite => Dialect::Sqlite,
        DialectArg::Postgres => Dialect::Postgres,
    };
    let mut out = io::stdout().lock();
    out.write_all(canbo::db::schema(dialect).as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `canbo moves`: careers from a database, one person after another, each move on a line:
/// its date, the post taken up, the post left, and the documents that report it.
fn moves(args: MovesArgs) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let moves = canbo::db::career(&args.database, args.person.as_deref())?;
    if moves.is_empty() {
        if let Some(name) = &args.person {
            note!("canbo: no moves of {name} in {}", args.database.display());
        }
        return Ok(ExitCode::from(1));
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut person = None;
    for m in &moves {
        if person != Some(&m.person_key) {
            writeln!(out, "{}", m.person)?;
            person = Some(&m.person_key);
        }
        let date = if m.date.is_empty() { "?" } else { &m.date };
        write!(out, "  {date:<10}  {}", m.to_post)?;
        if !m.from_post.is_empty() {
            write!(out, " (from {})", m.from_post)?;
        }
        let n = m.doc_ids.len();
        writeln!(
            out,
            "  [{n} document{}: {}]",
            if n == 1 { "" } else { "s" },
            m.doc_ids.join(", ")
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A progress bar on standard error when it is a terminal (never on a pipe, never with
/// `--quiet`): documents, MB, MB/s and, when the input size is known, the time left.
fn progress_bar(sources: &[Source], quiet: bool) -> Option<indicatif::ProgressBar> {
    if quiet || !io::stderr().is_terminal() {
        return None;
    }
    // The size is known for uncompressed files only (the bar counts decompressed bytes).
    let mut total = Some(0u64);
    for source in sources {
        total = match (total, source) {
            (Some(t), Source::Path(p)) if !p.to_string_lossy().ends_with(".gz") => {
                size_of(p).map(|s| t + s)
            }
            _ => None,
        };
    }
    let (bar, template) = match total {
        Some(total) => (
            indicatif::ProgressBar::new(total),
            "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} {msg} ETA {eta}",
        ),
        None => (
            indicatif::ProgressBar::new_spinner(),
            "{spinner} {bytes} {bytes_per_sec} {msg}",
        ),
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    Some(bar)
}

/// Bytes of a file, or of the files under a directory; None when unreadable or
/// compressed.
fn size_of(path: &std::path::Path) -> Option<u64> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return Some(meta.len());
    }
    let mut total = 0;
    for entry in std::fs::read_dir(path).ok()? {
        let p = entry.ok()?.path();
        if p.to_string_lossy().ends_with(".gz") {
            return None;
        }
        total += size_of(&p)?;
    }
    Some(total)
}

fn evaluate(args: EvalArgs) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let evaluation = eval::evaluate_files(&args.gold, &args.predictions)?;
    let mut out = io::stdout().lock();
    if args.errors {
        out.write_all(evaluation.errors_report().as_bytes())?;
    }
    if args.json {
        writeln!(out, "{}", evaluation.to_json())?;
    } else {
        writeln!(out, "{}", evaluation.summary())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `canbo train`: cross-validated figures, the threshold that gives the best F1 over all
/// the held-out records, and the model fitted on all of them.
fn train(args: TrainArgs) -> Result<ExitCode, Box<dyn std::error::Error>> {
    use canbo::train::{curve_svg, LabelledSet, Training};

    let sets = args
        .sets
        .chunks(3)
        .map(|c| LabelledSet::load(&c[0], &c[1], &c[2]))
        .collect::<Result<Vec<_>, _>>()?;
    let extractor = Extractor::builder().min_confidence(0.0).build()?;
    let training = Training::new(&extractor, &sets);
    let right = training.examples.iter().filter(|e| e.right).count();
    say!(
        "{} candidates, {right} right, in {} documents",
        training.examples.len(),
        sets.iter().map(|s| s.documents.len()).sum::<usize>()
    );
    let trainer = Trainer {
        l2: args.l2,
        ..Trainer::default()
    };
    let held_out = training.cross_validate(args.folds, &trainer);
    let names = training.set_names();

    // The curve: every threshold from 0 to 0.95.
    let thresholds: Vec<f32> = (0..20).map(|i| i as f32 / 20.0).collect();
    let mut curves: Vec<(String, canbo::train::Curve)> =
        names.iter().map(|n| (n.to_string(), Vec::new())).collect();
    let mut means: Vec<(f32, f64)> = Vec::new();
    let mut records = 0;
    say!(
        "\n{}-fold cross-validation, by threshold of confidence:",
        args.folds
    );
    say!(
        "threshold  {}",
        names.iter().map(|n| format!("{n:>28}")).collect::<String>()
    );
    for &t in &thresholds {
        let mut row = format!("{t:>9.2}  ");
        // Every held-out record counts once, whatever its set.
        let (mut matched, mut scored) = (0, 0);
        for (si, curve) in curves.iter_mut().enumerate() {
            let ev = training.evaluate(&held_out, si, t);
            row.push_str(&format!(
                "   P {:.3} R {:.3} F1 {:.3}",
                ev.precision, ev.recall, ev.f1
            ));
            matched += ev.matched;
            scored += ev.pred_records + ev.gold_records;
            curve.1.push((t, ev.precision, ev.recall));
        }
        say!("{row}");
        means.push((t, 2.0 * matched as f64 / scored.max(1) as f64));
        records = records.max(scored);
    }
    // A record kept or dropped moves F1 by about one over the records counted.
    let (threshold, f1) = canbo::train::pick_threshold(&means, 1.0 / records.max(1) as f64);
    say!(
        "\nthreshold {threshold:.2} (best F1 over all the held-out records, {f1:.4} with the thresholds beside it); held-out figures there:"
    );
    for (si, name) in names.iter().enumerate() {
        let ev = training.evaluate(&held_out, si, threshold);
        let high = training.evaluate(&held_out, si, 0.8);
        say!(
            "  {name}: {}; confidence >= 0.8: precision {:.4}, recall {:.4}",
            ev.summary(),
            high.precision,
            high.recall
        );
    }
    say!("\ncalibration (held out): confidence band, candidates, share right");
    for (band, n, share) in training.calibration(&held_out) {
        say!("  {band:.1}-{:.1}  {n:>5}  {share:.3}", band + 0.1);
    }
    if let Some(path) = &args.curve {
        std::fs::write(path, curve_svg(&curves)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(path) = &args.output {
        let model = training.fit(&trainer, threshold);
        std::fs::write(path, model.to_tsv()).map_err(|e| format!("{}: {e}", path.display()))?;
        say!("model written to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
