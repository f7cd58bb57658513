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
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One appointment.
const HUNG: &str = "Ông Đỗ Quang Hưng, Phó Giám đốc Sở Xây dựng, được bổ nhiệm giữ chức \
                    Giám đốc Sở Xây dựng tỉnh Thái Bình từ ngày 1/9/2018.";
/// One election.
const LAN: &str = "Bà Vũ Thị Lan, Phó Chủ tịch UBND huyện Vụ Bản, được bầu giữ chức \
                   Chủ tịch UBND huyện Vụ Bản ngày 20/4/2020.";

mod common;
use common::{canbo_ok, TempDir};

/// One JSON Lines line for a document.
fn json_doc(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

/// The `(doc_id, person)` of each CSV record.
fn people(csv: &str) -> Vec<(String, String)> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("CSV has a header").clone();
    if header.is_empty() {
        return Vec::new();
    }
    let column = |name| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name} column in {header:?}"))
    };
    let (doc_id, person) = (column("doc_id"), column("person"));
    reader
        .records()
        .map(|r| {
            let r = r.expect("CSV row parses");
            (r[doc_id].to_string(), r[person].to_string())
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

// ---------------------------------------------------------------------------------------
// Don't touch what you were not asked to
// ---------------------------------------------------------------------------------------

/// Inputs that cannot be read leave an earlier output as it was when nothing at all is
/// read (exit 2); when some are read, the output is replaced at the end with their
/// records, and the others are reported and counted (exit 1).
#[test]
fn missing_inputs_leave_an_existing_output_alone() {
    // (inputs, exit status, the output afterwards: None for the earlier file)
    type Records<'a> = &'a [(&'a str, &'a str)];
    let cases: [(&[&str], i32, Option<Records>); 5] = [
        (&["khong-co.jsonl"], 2, None),
        (&["khong-co.jsonl", "mat.txt"], 2, None),
        (&["thu-muc-khong-co"], 2, None),
        (
            &["khong-co.jsonl", "lan.txt"],
            1,
            Some(&[("lan.txt", "Vũ Thị Lan")]),
        ),
        (
            &["lan.txt", "khong-co.txt"],
            1,
            Some(&[("lan.txt", "Vũ Thị Lan")]),
        ),
    ];
    for (inputs, code, after) in cases {
        let tmp = TempDir::new("missing");
        tmp.write("lan.txt", LAN);
        tmp.write("good.csv", EARLIER);
        let mut args = vec!["extract"];
        args.extend_from_slice(inputs);
        args.extend_from_slice(&["-o", "good.csv"]);
        let run = canbo_ok(tmp.path(), &args, None, code);
        let missing = inputs.iter().filter(|i| !i.starts_with("lan")).count();
        assert_eq!(
            run.diagnostics().len(),
            missing,
            "{inputs:?}: {}",
            run.stderr
        );
        let written = tmp.read("good.csv").expect("good.csv is still there");
        match after {
            None => {
                assert_eq!(written, EARLIER, "{inputs:?}");
                assert!(
                    run.stderr
                        .contains("canbo: no input could be read; good.csv left as it was"),
                    "{}",
                    run.stderr
                );
            }
            Some(records) => {
                let want: Vec<_> = records.iter().map(|(d, p)| pair(d, p)).collect();
                assert_eq!(people(&written), want, "{inputs:?}");
                assert!(
                    run.summary()
                        .contains(&format!("{missing} skipped ({missing} unreadable)")),
                    "{}",
                    run.summary()
                );
            }
        }
        assert_eq!(tmp.names(), ["good.csv", "lan.txt"], "{inputs:?}");
    }
}

/// With nothing read and no `-o`, nothing is written to standard output either.
#[test]
fn nothing_read_writes_nothing() {
    let tmp = TempDir::new("nothing");
    let run = canbo_ok(tmp.path(), &["extract", "khong-co.jsonl"], None, 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("no input could be read"),
        "{}",
        run.stderr
    );
}

/// `-o` naming an input, however it is spelled or reached, is refused before anything
/// is read or written: exit 2, and the input is intact.
#[test]
fn output_naming_an_input_is_refused() {
    let line = json_doc("l-1", LAN) + "\n";
    // (the -o argument, the inputs)
    let cases: [(&str, &[&str]); 6] = [
        ("tin.jsonl", &["tin.jsonl"]),
        ("./tin.jsonl", &["tin.jsonl"]),
        ("tin.jsonl", &["hung.txt", "./tin.jsonl"]),
        ("thu-muc/../tin.jsonl", &["tin.jsonl"]),
        ("thu-muc/ben-trong.jsonl", &["thu-muc"]),
        ("lien-ket.jsonl", &["thu-muc"]),
    ];
    for (output, inputs) in cases {
        let tmp = TempDir::new("self");
        tmp.write("tin.jsonl", &line);
        tmp.write("hung.txt", HUNG);
        tmp.write("thu-muc/ben-trong.jsonl", &line);
        #[cfg(unix)]
        std::os::unix::fs::symlink("thu-muc/ben-trong.jsonl", tmp.path().join("lien-ket.jsonl"))
            .expect("symlink");
        if output == "lien-ket.jsonl" && !tmp.path().join(output).exists() {
            continue;
        }
        let mut args = vec!["extract"];
        args.extend_from_slice(inputs);
        args.extend_from_slice(&["-o", output]);
        let run = canbo_ok(tmp.path(), &args, None, 2);
        assert!(
            run.stderr
                .contains(&format!("canbo: -o {output}: this file is an input (")),
            "{output}: {}",
            run.stderr
        );
        assert_eq!(tmp.read("tin.jsonl").as_deref(), Some(line.as_str()));
        assert_eq!(
            tmp.read("thu-muc/ben-trong.jsonl").as_deref(),
            Some(line.as_str())
        );
        assert_eq!(run.stdout, "");
    }
}

// ---------------------------------------------------------------------------------------
// Directories with symbolic-link loops
// ---------------------------------------------------------------------------------------

/// Links back up the tree (one or several, nested) or across it: every file's records
/// come once, each loop is named on stderr as a warning, and the run ends (exit 0).
#[cfg(unix)]
#[test]
fn symlink_loops_are_named_and_every_file_read_once() {
    // (links to make: (link, target)), the warnings expected
    type Links<'a> = &'a [(&'a str, &'a str)];
    let cases: [(Links, &[&str]); 4] = [
        (
            &[("tin/b/len", "..")],
            &["tin/b/len: symlink loop, not followed (the same directory as tin)"],
        ),
        (
            &[
                ("tin/b/len", ".."),
                ("tin/b/day", "."),
                ("tin/c/goc", "../.."),
            ],
            &[
                "tin/b/day: symlink loop, not followed (the same directory as tin/b)",
                "tin/b/len: symlink loop, not followed (the same directory as tin)",
                "tin/c/goc/tin: symlink loop, not followed (the same directory as tin)",
            ],
        ),
        (
            &[("tin/c/sang-b", "../b")],
            &["tin/c/sang-b: already read as tin/b, not read again"],
        ),
        (
            &[("tin/xem-them.txt", "hung.txt")],
            &["tin/xem-them.txt: already read as tin/hung.txt, not read again"],
        ),
    ];
    for (links, warnings) in cases {
        let tmp = TempDir::new("loop");
        tmp.write("tin/hung.txt", HUNG);
        tmp.write("tin/b/lan.jsonl", json_doc("b-lan", LAN) + "\n");
        tmp.write("tin/c/lan.jsonl", json_doc("c-lan", LAN) + "\n");
        for (link, target) in links {
            std::os::unix::fs::symlink(target, tmp.path().join(link)).expect("symlink");
        }
        // `tin/c/goc` leads to the temporary directory itself, which holds only `tin`.
        let run = canbo_ok(tmp.path(), &["extract", "tin"], None, 0);
        let mut got: Vec<&str> = run
            .diagnostics()
            .iter()
            .map(|l| l.trim_start_matches("warning: "))
            .collect();
        got.sort();
        assert_eq!(got, *warnings, "{links:?}");
        assert_eq!(
            people(&run.stdout),
            [
                pair("b-lan", "Vũ Thị Lan"),
                pair("c-lan", "Vũ Thị Lan"),
                pair("tin/hung.txt", "Đỗ Quang Hưng"),
            ],
            "{links:?}"
        );
        assert!(
            run.summary()
                .contains(&format!("0 skipped; {} warnings", warnings.len())),
            "{}",
            run.summary()
        );
    }
}

// ---------------------------------------------------------------------------------------
// Unknown file kinds
// ---------------------------------------------------------------------------------------

/// Files whose name does not tell their kind are read by their content (gzip, then a
/// first `{` for JSON Lines), or as `--input-format` says; otherwise they are skipped
/// with the reason. Names that tell the kind keep it.
#[test]
fn unknown_file_kinds_are_told_by_content_or_skipped() {
    let jsonl = format!("{}\n{}\n", json_doc("j-1", HUNG), json_doc("j-2", LAN));
    let both = [pair("j-1", "Đỗ Quang Hưng"), pair("j-2", "Vũ Thị Lan")];
    let gz = |data: &[u8]| {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(data).expect("gzip to memory");
        enc.finish().expect("gzip to memory")
    };
    let with_bom = format!("\u{feff}\n  \n{jsonl}");
    let text_records = [pair("ghi-chu", "Đỗ Quang Hưng")];
    let gz_records = [pair("bai.gz", "Đỗ Quang Hưng")];
    // (file name, content, extra arguments, exit status, records, the diagnostic after
    // `NAME: `); with nothing read, the exit status is 2.
    type Case<'a> = (
        &'a str,
        Vec<u8>,
        &'a [&'a str],
        i32,
        &'a [(String, String)],
        &'a str,
    );
    let cases: Vec<Case> = vec![
        ("tin.data", jsonl.clone().into(), &[], 0, &both, ""),
        ("tin", with_bom.clone().into(), &[], 0, &both, ""),
        ("tin.data", gz(jsonl.as_bytes()), &[], 0, &both, ""),
        (
            "ghi-chu",
            HUNG.into(),
            &[],
            2,
            &[],
            "unknown file kind: not JSON Lines, and not named .txt",
        ),
        (
            "ghi-chu",
            HUNG.into(),
            &["--input-format", "txt"],
            0,
            &text_records,
            "",
        ),
        (
            "ghi-chu",
            HUNG.into(),
            &["--input-format", "jsonl"],
            1,
            &[],
            "malformed JSON",
        ),
        (
            "tin.bz2",
            b"BZh91AY&SY\x00\x01\x02".to_vec(),
            &[],
            2,
            &[],
            "unknown file kind: bzip2-compressed",
        ),
        (
            "tin.data",
            gz(HUNG.as_bytes()),
            &[],
            2,
            &[],
            "unknown file kind: not JSON Lines",
        ),
        ("rong", Vec::new(), &[], 2, &[], "unknown file kind: empty"),
        // Named .gz: text unless it is JSON Lines, as before.
        ("bai.gz", gz(HUNG.as_bytes()), &[], 0, &gz_records, ""),
        ("bai.gz", gz(jsonl.as_bytes()), &[], 0, &both, ""),
        // A name that tells the kind wins over --input-format.
        (
            "tin.jsonl",
            jsonl.clone().into(),
            &["--input-format", "txt"],
            0,
            &both,
            "",
        ),
    ];
    for (name, content, extra, code, records, diagnostic) in cases {
        let case = format!("{name} {extra:?}");
        for walk in [false, true] {
            let tmp = TempDir::new("kind");
            let input = if walk { "thu-muc" } else { name };
            tmp.write(&format!("thu-muc/{name}"), &content);
            tmp.write(name, &content);
            let mut args = vec!["extract", input];
            args.extend_from_slice(extra);
            let run = canbo_ok(tmp.path(), &args, None, code);
            let records: Vec<(String, String)> = records
                .iter()
                .map(|(id, person)| match (walk, id.as_str()) {
                    (true, "ghi-chu" | "bai.gz") => (format!("thu-muc/{id}"), person.clone()),
                    _ => (id.clone(), person.clone()),
                })
                .collect();
            assert_eq!(people(&run.stdout), records, "{case}, walk {walk}");
            let diagnostics = run.diagnostics();
            if diagnostic.is_empty() {
                assert!(diagnostics.is_empty(), "{case}: {}", run.stderr);
            } else {
                let file = if walk {
                    format!("thu-muc/{name}")
                } else {
                    name.to_string()
                };
                assert!(
                    diagnostics
                        .first()
                        .is_some_and(|d| d.starts_with(&file) && d.contains(diagnostic)),
                    "{case}, walk {walk}: {}",
                    run.stderr
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Pipes
// ---------------------------------------------------------------------------------------

/// Standard output (and standard error with it, or standard error closed) piped into a
/// reader that stops early: the run ends quietly, with 0 or 141 (128 + SIGPIPE, what a
/// shell reports for grep), never a panic (101) nor "Broken pipe".
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let tmp = TempDir::new("pipe");
    // Records enough to fill a pipe, and a bad line after each, so that diagnostics go
    // to standard error all along.
    let lines: String = (0..3000)
        .map(|i| json_doc(&format!("p-{i}"), HUNG) + "\n{\"id\": \"hong\"\n")
        .collect();
    tmp.write("tin.jsonl", lines);
    // (the shell's redirections of canbo, the reader)
    let cases = [
        ("", "head -1"),
        ("2>&1", "head -1"),
        ("2>&1", "head -c 10"),
        ("2>&-", "head -1"),
        ("2>/dev/null", "true"),
    ];
    for (redirect, reader) in cases {
        // canbo's status goes to descriptor 3, the shell's standard output; its
        // standard error, when not redirected, to the file `loi`.
        let script = format!(
            "exec 3>&1; {{ \"$0\" extract tin.jsonl {redirect} 2>>loi; echo \"status $?\" >&3; }} \
             | {reader} >/dev/null"
        );
        let script = if redirect.is_empty() {
            script
        } else {
            script.replace(" 2>>loi", "")
        };
        let out = Command::new("sh")
            .args(["-c", &script, env!("CARGO_BIN_EXE_canbo")])
            .current_dir(tmp.path())
            .stderr(Stdio::piped())
            .output()
            .expect("sh runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let status = stdout.trim().trim_start_matches("status ");
        assert!(
            status == "0" || status == "141",
            "{redirect} | {reader}: {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = tmp.read("loi").unwrap_or_default() + &String::from_utf8_lossy(&out.stderr);
        for bad in ["Broken pipe", "panicked", "canbo: "] {
            assert!(!stderr.contains(bad), "{redirect} | {reader}: {stderr}");
        }
        let _ = fs::remove_file(tmp.path().join("loi"));
    }
}

// ---------------------------------------------------------------------------------------
// --gazetteers DIR
// ---------------------------------------------------------------------------------------

/// A missing directory or a bad row is an error that names it (exit 2, output left
/// alone); a good directory, even with a 20 KB key, extends the lists.
#[test]
fn gazetteer_directories_are_checked() {
    let long_key = "Trưởng ".to_string() + &"phòng nội vụ ".repeat(1600);
    let good_titles = format!("title\tkind\tlevel\tnote\n{long_key}\tstate\tany\t\n");
    // (files in the directory, the -- gazetteers argument, the error after `canbo: `)
    type Files<'a> = &'a [(&'a str, &'a str)];
    let cases: [(Files, &str, &str); 5] = [
        (&[], "khong-co", "gazetteer: khong-co: No such file or directory"),
        (&[("moves.tsv", "")], "tu-dien/moves.tsv", "gazetteer: tu-dien/moves.tsv: not a directory"),
        (
            &[("moves.tsv", "phrase\tkind\tclass\tnote\nđược cử\tcử\tappoint\t\nđược giao\tgiao\tgive\t\n")],
            "tu-dien",
            "gazetteer: tu-dien/moves.tsv:3: unknown class \"give\"",
        ),
        (
            &[("cues.tsv", "phrase\tclass\nsau đó\tto\n")],
            "tu-dien",
            "gazetteer: tu-dien/cues.tsv:1: the header is \"phrase class\", not \"phrase class note\"",
        ),
        (&[("titles.tsv", &good_titles)], "tu-dien", ""),
    ];
    for (files, dir, error) in cases {
        let tmp = TempDir::new("gaz");
        tmp.write("hung.txt", HUNG);
        tmp.write("good.csv", EARLIER);
        fs::create_dir_all(tmp.path().join("tu-dien")).expect("dir");
        for (name, text) in files {
            tmp.write(&format!("tu-dien/{name}"), text);
        }
        let args = ["extract", "hung.txt", "--gazetteers", dir, "-o", "good.csv"];
        if error.is_empty() {
            canbo_ok(tmp.path(), &args, None, 0);
            let written = tmp.read("good.csv").expect("written");
            assert_eq!(people(&written), [pair("hung.txt", "Đỗ Quang Hưng")]);
        } else {
            let run = canbo_ok(tmp.path(), &args, None, 2);
            assert!(
                run.stderr.starts_with(&format!("canbo: {error}")),
                "{dir}: {}",
                run.stderr
            );
            assert_eq!(tmp.read("good.csv").as_deref(), Some(EARLIER));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Time linear in the input
// ---------------------------------------------------------------------------------------

/// 2,600 distinct names: surname, middle name and given name.
fn appointees() -> Vec<String> {
    const SURNAMES: [&str; 10] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
    ];
    const MIDDLE: [&str; 10] = [
        "Văn", "Thị", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Ngọc", "Xuân", "Công",
    ];
    const GIVEN: [&str; 26] = [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khánh", "Lâm", "Lan", "Long",
        "Mai", "Nam", "Nga", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Thảo", "Trung",
        "Tuấn", "Vinh", "Yến",
    ];
    let mut names = Vec::new();
    for s in SURNAMES {
        for m in MIDDLE {
            for g in GIVEN {
                names.push(format!("{s} {m} {g}"));
            }
        }
    }
    names
}

/// A decree's one-sentence list of 2,600 appointments (about 280 KB), joined by ";", ","
/// or "và": every appointee is a record, each with a bounded evidence span, and the run
/// ends in seconds (a quadratic analysis took minutes on such a list, even in a release
/// build, and wrote the whole sentence as the evidence of each record).
#[test]
fn a_list_of_thousands_of_appointments_takes_linear_time() {
    const POSTS: [&str; 4] = [
        "Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa",
        "Trưởng phòng Tổ chức cán bộ Sở Y tế tỉnh Thanh Hóa",
        "Phó Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh Thanh Hóa",
        "Hiệu trưởng Trường Trung học phổ thông Hàm Rồng",
    ];
    let names = appointees();
    for sep in ["; ", ", ", " và "] {
        let items: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(i, name)| format!("ông {name} giữ chức {}", POSTS[i % POSTS.len()]))
            .collect();
        let text = format!(
            "Chủ tịch UBND tỉnh Thanh Hóa vừa ký các quyết định bổ nhiệm {}.",
            items.join(sep)
        );
        assert!(text.len() > 250_000, "{}", text.len());
        let tmp = TempDir::new("list");
        tmp.write("nghi-dinh.jsonl", json_doc("danh-sach", &text) + "\n");
        let started = Instant::now();
        canbo_ok(
            tmp.path(),
            &["extract", "nghi-dinh.jsonl", "-o", "out.csv"],
            None,
            0,
        );
        let took = started.elapsed();
        // Generous for a debug build on a busy machine; the quadratic analysis took
        // minutes.
        assert!(took < Duration::from_secs(60), "{sep:?}: {took:?}");
        let mut persons = evidence_within_bounds(&tmp.read("out.csv").expect("output written"));
        persons.sort();
        persons.dedup();
        assert_eq!(
            persons.len(),
            names.len(),
            "{sep:?}: one record per appointee"
        );
    }
}

/// Several megabytes without a full stop (move words, titles and names in no order):
/// the run ends, and no evidence is longer than a sentence may be.
#[test]
fn text_without_full_stops_ends() {
    let words = [
        "ông", "bà", "bổ", "nhiệm", "giữ", "chức", "Giám", "đốc", "Sở", "Phó", "Chủ", "tịch",
        "UBND", "tỉnh", "huyện", "Nguyễn", "Văn", "An", "làm", "thay", "được", "điều", "động",
        "luân", "chuyển", "ngày", "5/3/2017",
    ];
    // A fixed linear congruential sequence: the same text on every run.
    let mut x: u64 = 7;
    let text: Vec<&str> = (0..400_000)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            words[(x >> 33) as usize % words.len()]
        })
        .collect();
    let tmp = TempDir::new("no-stops");
    tmp.write(
        "dai.jsonl",
        json_doc("khong-dau-cham", &text.join(" ")) + "\n",
    );
    let started = Instant::now();
    canbo_ok(
        tmp.path(),
        &["extract", "dai.jsonl", "-o", "out.csv"],
        None,
        0,
    );
    let took = started.elapsed();
    assert!(took < Duration::from_secs(120), "{took:?}");
    let persons = evidence_within_bounds(&tmp.read("out.csv").expect("output written"));
    assert!(
        !persons.is_empty(),
        "the random text names persons with posts"
    );
}

/// The person of each CSV record, asserting that its evidence span and evidence text
/// are no longer than a sentence may be.
fn evidence_within_bounds(csv: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("header").clone();
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let (person, evidence) = (column("person"), column("evidence"));
    let (start, end) = (column("evidence_start"), column("evidence_end"));
    reader
        .records()
        .map(|row| {
            let row = row.expect("CSV row parses");
            let offset = |k: usize| row[k].parse::<usize>().expect("an offset");
            let span = offset(end) - offset(start);
            let max = canbo::segment::MAX_SENTENCE_BYTES;
            assert!(span <= max, "evidence span of {span} bytes");
            assert!(
                row[evidence].len() <= max,
                "evidence of {} bytes",
                row[evidence].len()
            );
            row[person].to_string()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Exit statuses
// ---------------------------------------------------------------------------------------

/// `--help` lists the exit statuses, for the program and for `extract`.
#[test]
fn help_lists_the_exit_statuses() {
    let tmp = TempDir::new("help");
    for args in [&["--help"][..], &["extract", "--help"]] {
        let run = canbo_ok(tmp.path(), args, None, 0);
        let section = run
            .stdout
            .split("Exit status:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("{args:?}: {}", run.stdout));
        let codes: Vec<&str> = section
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
            .collect();
        assert_eq!(codes, ["0", "1", "2", "141"], "{args:?}");
    }
}
