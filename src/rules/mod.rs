//! Rules: `rules/*.toml` files, each naming a check, the claim kinds it
//! applies to, its parameters, a severity and a message template.
//!
//! The bundled rules are embedded in the binary; `--rules DIR` adds rules
//! (a file whose id matches a bundled rule replaces it) and may carry its
//! own `settings.toml` and `lexicon/`.

pub mod checks;
pub mod engine;
pub mod finding;
pub mod spec;

pub use checks::Check;
pub use spec::{Rule, RuleSet};
