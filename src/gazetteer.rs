//! Stage 3 data
