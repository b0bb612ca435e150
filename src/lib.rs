//! claimdiff: checks news sources against each other.
//!
//! The pipeline, in order — each stage is its own module:
//!
//! ```text
//! documents ─► segment ─► extract ─► normalise ─► align ─► rules ─► report
//! corpus::     text::     extract::  normalize::  align::  rules::  report::
//! ```
//!
//! [`extract`] runs the first four stages on every document in parallel and
//! drops each document's text once its claims are out; [`check`] adds the
//! last three. Every stage after extraction sorts, so the output is the same
//! bytes whatever the thread count.

pub mod align;
pub mod corpus;
pub mod error;
pub mod extract;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod report;
pub mod rules;
pub mod settings;
pub mod testing;
pub mod text;

pub use error::{Error, Result};

use corpus::{LoadOptions, Warning};
use extract::Extractor;
use model::Claim;
use rayon::prelude::*;
use report::{DocInfo, Report, RuleInfo};
use rules::RuleSet;
use std::path::PathBuf;

/// What a run reads.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Documents: files, folders, JSON Lines (empty: the bundled seeds).
    pub paths: Vec<PathBuf>,
    /// `--rules DIR`: rules, settings and lexicon added to the bundled ones.
    pub rules_dir: Option<PathBuf>,
    /// How documents are read.
    pub load: LoadOptions,
    /// Called after each input is extracted, with (inputs done, inputs in all).
    pub progress: Option<Progress>,
    /// Keep at most this many claims of one document (the first, in text
    /// order), with a warning; 0: no limit.
    pub max_claims_per_doc: usize,
    /// Only the findings are wanted (the CSV and JSON Lines reports): the
    /// claims are not put in document order and no roll-up is built, so
    /// [`Report::claims`] and [`Report::rollup`] come back empty.
    pub findings_only: bool,
}

/// A progress callback, `(done, total)` in inputs; called from worker threads.
#[derive(Clone)]
pub struct Progress(pub std::sync::Arc<dyn Fn(usize, usize) + Send + Sync>);

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

/// The claims of a corpus, with what was read and what went wrong.
#[derive(Debug, Default)]
pub struct Extraction {
    /// Claims, by document (in input order) and offset.
    pub claims: Vec<Claim>,
    /// Documents read.
    pub documents: Vec<DocInfo>,
    /// What was skipped or repaired.
    pub warnings: Vec<Warning>,
}

/// An [`Extraction`] whose claims are still in the vectors the extractor
/// made, one per document: grouping borrows them where they are, so a
/// check never copies the corpus's claims into one vector.
#[derive(Debug, Default)]
pub struct ByDocument {
    /// `claims[i]`: the claims of `documents[i]`, by offset.
    pub claims: Vec<Vec<Claim>>,
    /// Documents read, in input order.
    pub documents: Vec<DocInfo>,
    /// What was skipped or repaired.
    pub warnings: Vec<Warning>,
}

impl ByDocument {
    /// Every claim, by document and offset.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().flatten()
    }

    /// Takes the claims out, in one vector.
    pub fn take_claims(&mut self) -> Vec<Claim> {
        let mut claims = Vec::with_capacity(self.claims.iter().map(Vec::len).sum());
        for doc in std::mem::take(&mut self.claims) {
            claims.extend(doc);
        }
        claims
    }

    /// The claims in one vector.
    pub fn into_extraction(mut self) -> Extraction {
        let claims = self.take_claims();
        Extraction { claims, documents: self.documents, warnings: self.warnings }
    }
}

/// Stages 1–4: documents → segments → claims, normalised. Parallel per input
/// (and per document within a JSON Lines file or table).
pub fn extract(options: &Options, rules: &RuleSet) -> Result<Extraction> {
    extract_planned(corpus::plan(&options.paths, &options.load)?, options, rules)
}

/// [`extract`] of inputs already listed by [`corpus::plan`] (from
/// `options.paths` and `options.load`).
pub fn extract_planned(plan: corpus::Plan, options: &Options, rules: &RuleSet) -> Result<Extraction> {
    Ok(extract_by_document(plan, options, rules).into_extraction())
}

/// One document's outcome: what is known of it, its claims, and the
/// warning if `--max-claims-per-doc` cut them.
type DocResult = (DocInfo, Vec<Claim>, Option<Warning>);

/// [`extract_planned`], each document's claims left in their own vector.
pub fn extract_by_document(plan: corpus::Plan, options: &Options, rules: &RuleSet) -> ByDocument {
    let extractor = Extractor::new(rules.settings.clone(), rules.lexicon.clone());
    let done = std::sync::atomic::AtomicUsize::new(0);
    // Each input's documents and warnings, in input order (an indexed
    // parallel collect writes each result into its own slot).
    let inputs: Vec<(Vec<Warning>, Vec<DocResult>)> = plan
        .inputs
        .par_iter()
        .map(|input| {
            let loaded = corpus::load(input, &plan, &options.load);
            let per_doc = loaded
                .documents
                .into_par_iter()
                .map(|doc| {
                    let mut claims = extractor.extract(&doc);
                    let cut = limit_claims(&mut claims, options.max_claims_per_doc, &doc.id);
                    let info = DocInfo {
                        id: doc.id,
                        published: doc.published,
                        published_from: doc.published_from,
                        source: doc.source,
                        bytes: doc.text.len(),
                        claims: claims.len(),
                    };
                    (info, claims, cut)
                })
                .collect();
            if let Some(p) = &options.progress {
                (p.0)(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, plan.inputs.len());
            }
            (loaded.warnings, per_doc)
        })
        .collect();
    let docs = inputs.iter().map(|(_, per_doc)| per_doc.len()).sum();
    let mut all = ByDocument {
        claims: Vec::with_capacity(docs),
        documents: Vec::with_capacity(docs),
        warnings: plan.warnings.clone(),
    };
    for (warnings, per_doc) in inputs {
        all.warnings.extend(warnings);
        for (info, claims, cut) in per_doc {
            all.documents.push(info);
            all.claims.push(claims);
            all.warnings.extend(cut);
        }
    }
    // Manifest rows that name no document (known only once feeds and tables are read).
    let ids: std::collections::HashSet<String> = all.documents.iter().map(|d| d.id.clone()).collect();
    all.warnings.extend(plan.unmatched_rows(&ids));
    all
}

/// Cuts `claims` to the first `max` (0: no limit); the warning says what was cut.
fn limit_claims(claims: &mut Vec<Claim>, max: usize, doc: &str) -> Option<Warning> {
    if max == 0 || claims.len() <= max {
        return None;
    }
    let found = claims.len();
    claims.truncate(max);
    Some(Warning {
        place: doc.to_string(),
        message: format!("{found} claims found; kept the first {max} (--max-claims-per-doc)"),
    })
}

/// The whole pipeline: extract, align, run the rules, build the report.
pub fn check(options: &Options) -> Result<Report> {
    let rules = RuleSet::load(options.rules_dir.as_deref())?;
    check_with(options, &rules)
}

/// [`check`] with rules already loaded (the fixture runner reuses them).
pub fn check_with(options: &Options, rules: &RuleSet) -> Result<Report> {
    check_planned(corpus::plan(&options.paths, &options.load)?, options, rules)
}

/// [`check_with`] of inputs already listed by [`corpus::plan`] (the command
/// line lists them while the rules load).
pub fn check_planned(plan: corpus::Plan, options: &Options, rules: &RuleSet) -> Result<Report> {
    let mut extraction = extract_by_document(plan, options, rules);
    align::events::assign(extraction.claims.iter_mut().flatten(), rules.settings.events.window_days);
    let grouped = align::group(extraction.claims());
    let groups = grouped.groups();
    let context = align::context(&groups, &rules.lexicon);
    let findings = rules::engine::run(rules, &groups, &context);
    drop(groups);
    let (claims, rollup) = if options.findings_only {
        drop(grouped);
        // Freeing every claim is a sizeable share of a large run and no
        // output waits for it: the pool does it in the background.
        let claims = std::mem::take(&mut extraction.claims);
        rayon::spawn(move || drop(claims));
        (Vec::new(), Vec::new())
    } else {
        // Document order; claims at one place keep their group order.
        let positions = grouped.positions();
        drop(grouped);
        let claims = extraction.take_claims();
        let ranks = align::order::DocRanks::new(claims.iter().map(|c| &c.doc));
        let keys: Vec<_> =
            claims.par_iter().zip(positions).map(|(c, at)| (ranks.of(&c.doc), c.start, c.end, c.kind, at)).collect();
        let claims = align::order::sort_by_keys(claims, keys);
        let rollup = report::rollup::build(&claims, &extraction.documents);
        (claims, rollup)
    };
    Ok(Report {
        version: env!("CARGO_PKG_VERSION").to_string(),
        findings,
        claims,
        documents: extraction.documents,
        rules: rules
            .rules
            .iter()
            .map(|r| RuleInfo { id: r.id.clone(), check: r.check.name().to_string(), severity: r.severity })
            .collect(),
        warnings: extraction.warnings,
        rollup,
        baseline: None,
    })
}
