//! The `claimdiff` binary.

fn main() {}
