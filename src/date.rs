//! Dates: finding date phrases and writing them as ISO 8601 partial dates.
