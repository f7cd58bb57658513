//! Administrative units: resolving the place a post names to its GSO code. (Interface stub.)
