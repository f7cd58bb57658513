//! Stage 4: records from sentences. (Stub.)

use crate::{Document, Record};

#[derive(Debug, Default)]
pub struct ExtractorBuilder {}

#[derive(Debug)]
pub struct Error;

impl ExtractorBuilder {
    pub fn build(&self) -> Result<Extractor, Error> {
        Ok(Extractor {})
    }
}

#[derive(Debug)]
pub struct Extractor {}

impl Extractor {
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }
    pub fn extract(&self, _doc: &Document) -> Vec<Record> {
        Vec::new()
    }
}
