//! # canbo
//!
//! Extracts personnel moves of Vietnamese officials (*cán bộ*) from news text:
//! who moved, from which post, to which post, and when.
//!
//! ```
//! use canbo::{Document, Extractor};
//!
//! let extractor = Extractor::builder().build().unwrap();
//! let doc = Document::new(
//!     "vd-1",
//!     "Ông Lê Văn Hòa, Phó Giám đốc Sở Tài chính, được bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh Nam Định từ ngày 1/7/2017.",
//! );
//! let records = extractor.extract(&doc);
//! assert_eq!(records[0].person, "Lê Văn Hòa");
//! assert_eq!(records[0].to_post, "Giám đốc Sở Tài chính tỉnh Nam Định");
//! assert_eq!(records[0].date, "2017-07-01");
//! ```
//!
//! The pipeline, one module per stage:
//! [`input`] → [`normalize`] → [`segment`] → [`gazetteer`] → [`extract`] → [`output`]
//! (CSV, JSON Lines) or [`db`] (SQLite, with [`moves`] merged across documents), with
//! [`eval`] scoring records against gold annotations.

mod casefold;
pub mod date;
pub mod db;
pub mod decide;
pub mod eval;
pub mod extract;
pub mod gazetteer;
pub mod input;
pub mod mention;
pub mod moves;
pub mod normalize;
pub mod output;
pub mod place;
pub mod prefilter;
#[cfg(feature = "python")]
mod python;
pub mod record;
pub mod segment;
pub mod tone;
pub mod train;

pub use extract::{Extractor, ExtractorBuilder};
pub use input::Document;
pub use record::{Extraction, Record};
