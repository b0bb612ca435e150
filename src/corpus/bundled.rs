//! The bundled seed corpus (`seeds/`), embedded in the binary so that
//! `claimdiff check` with no paths works from any folder.

/// The seed documents: `(id, text)`, in id order.
pub const SEEDS: [(&str, &str); 5] = [
    ("000_099dc4a42938c67f.txt", include_str!("../../seeds/000_099dc4a42938c67f.txt")),
    ("001_d43e4ed34428a101.txt", include_str!("../../seeds/001_d43e4ed34428a101.txt")),
    ("002_64716e510a3de195.txt", include_str!("../../seeds/002_64716e510a3de195.txt")),
    ("003_7204677c4c2a84c1.txt", include_str!("../../seeds/003_7204677c4c2a84c1.txt")),
    ("004_31b6f4925f6b235b.txt", include_str!("../../seeds/004_31b6f4925f6b235b.txt")),
];

/// The seeds' manifest (publication dates and sources).
pub const MANIFEST: &str = include_str!("../../seeds/manifest.csv");

/// The place named in warnings about the seeds' manifest.
pub const MANIFEST_PLACE: &str = "seeds/manifest.csv";
