//! Scoring predicted records against gold annotations (ANNOTATION.md). (Interface stub.)
pub const STUB: () = ();
