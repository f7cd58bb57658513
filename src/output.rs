//! Writing records as CSV (RFC 4180, with a header row) or JSON Lines.
//!
//! ```
//! use canbo::output::{Format, RecordWriter};
//! use canbo::Record;
//!
//! let mut out = Vec::new();
//! let mut writer = RecordWriter::new(&mut out, Format::Csv);
//! writer.write(&Record { doc_id: "d1".into(), person: "Lê Hữu Tùng".into(), ..Record::default() }).unwrap();
//! writer.finish().unwrap();
//! let text = String::from_utf8(out).unwrap();
//! assert!(text.starts_with("doc_id,person,from_post,to_post,date,kind,"));
//! assert!(text.lines().nth(1).unwrap().starts_with("d1,Lê Hữu Tùng,,,"));
//! ```

use std::io::{self, Write};

use crate::Record;

/// Output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Csv,
    JsonLines,
}

/// Column names, in output order.
pub const COLUMNS: &[&str] = &[
    "doc_id",
    "person",
    "from_post",
    "to_post",
    "date",
    "kind",
    "date_text",
    "evidence",
    "evidence_field",
    "evidence_start",
    "evidence_end",
    "from_place",
    "from_place_code",
    "to_place",
    "to_place_code",
    "to_place_code_2025",
    "rule",
    "confidence",
];

/// Writes records one at a time; the CSV header is written before the first record, or by
/// [`RecordWriter::finish`] when there were none.
pub struct RecordWriter<W: Write> {
    format: Format,
    csv: Option<csv::Writer<W>>,
    plain: Option<io::BufWriter<W>>,
    header_written: bool,
}

impl<W: Write> RecordWriter<W> {
    pub fn new(out: W, format: Format) -> RecordWriter<W> {
        match format {
            Format::Csv => RecordWriter {
                format,
                csv: Some(
                    csv::WriterBuilder::new()
                        .has_headers(false)
                        .terminator(csv::Terminator::CRLF)
                        .from_writer(out),
                ),
                plain: None,
                header_written: false,
            },
            Format::JsonLines => RecordWriter {
                format,
                csv: None,
                plain: Some(io::BufWriter::with_capacity(1 << 16, out)),
                header_written: true,
            },
        }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.header_written {
            if let Some(w) = self.csv.as_mut() {
                w.write_record(COLUMNS)?;
            }
            self.header_written = true;
        }
        Ok(())
    }

    pub fn write(&mut self, record: &Record) -> io::Result<()> {
        self.header()?;
        if let Some(w) = self.csv.as_mut() {
            let (start, end) = (
                record.evidence_start.to_string(),
                record.evidence_end.to_string(),
            );
            let confidence = format!("{:.3}", record.confidence);
            w.write_record([
                record.doc_id.as_str(),
                &record.person,
                &record.from_post,
                &record.to_post,
                &record.date,
                &record.kind,
                &record.date_text,
                &record.evidence,
                record.evidence_field.as_str(),
                &start,
                &end,
                &record.from_place,
                &record.from_place_code,
                &record.to_place,
                &record.to_place_code,
                &record.to_place_code_2025,
                &record.rule,
                &confidence,
            ])?;
        } else if let Some(w) = self.plain.as_mut() {
            serde_json::to_writer(&mut *w, record)?;
            w.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Writes the header if nothing was written, and flushes.
    pub fn finish(mut self) -> io::Result<()> {
        self.header()?;
        if let Some(w) = self.csv.as_mut() {
            w.flush()?;
        }
        if let Some(w) = self.plain.as_mut() {
            w.flush()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Field;

    fn sample() -> Record {
        Record {
            doc_id: "vd-1".into(),
            person: "Hoàng Văn Pho".into(),
            from_post: "Phó Chánh Thanh tra Nhà nước huyện Khoái Châu".into(),
            to_post: "Bí thư Đảng ủy xã Dạ Trạch".into(),
            date: "2015".into(),
            kind: "luân chuyển".into(),
            evidence: "Ông Pho, \"người của xã\", được luân chuyển.".into(),
            evidence_field: Field::Text,
            evidence_start: 10,
            evidence_end: 52,
            ..Record::default()
        }
    }

    #[test]
    fn csv_quotes_and_round_trips() {
        let mut out = Vec::new();
        let mut w = RecordWriter::new(&mut out, Format::Csv);
        w.write(&sample()).unwrap();
        w.finish().unwrap();
        let mut rdr = csv::Reader::from_reader(out.as_slice());
        assert_eq!(rdr.headers().unwrap().iter().collect::<Vec<_>>(), COLUMNS);
        let row = rdr.records().next().unwrap().unwrap();
        assert_eq!(&row[7], "Ông Pho, \"người của xã\", được luân chuyển.");
        assert_eq!(&row[8], "text");
        assert_eq!(&row[9], "10");
    }

    #[test]
    fn empty_csv_has_a_header_and_jsonl_nothing() {
        let mut out = Vec::new();
        RecordWriter::new(&mut out, Format::Csv).finish().unwrap();
        assert_eq!(out.split(|&b| b == b'\n').count(), 2);
        let mut out = Vec::new();
        RecordWriter::new(&mut out, Format::JsonLines)
            .finish()
            .unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn jsonl_has_every_column_in_order() {
        let mut out = Vec::new();
        let mut w = RecordWriter::new(&mut out, Format::JsonLines);
        w.write(&sample()).unwrap();
        w.finish().unwrap();
        let text = String::from_utf8(out).unwrap();
        let keys: Vec<String> = text
            .trim_start_matches('{')
            .split(",\"")
            .filter_map(|kv| {
                kv.trim_start_matches('"')
                    .split('"')
                    .next()
                    .map(String::from)
            })
            .filter(|k| COLUMNS.contains(&k.as_str()))
            .collect();
        assert_eq!(keys, COLUMNS);
        let value: serde_json::Value = serde_json::from_str(text.trim()).unwrap();
        assert_eq!(value["evidence_field"], "text");
        assert_eq!(value["to_post"], "Bí thư Đảng ủy xã Dạ Trạch");
    }
}
