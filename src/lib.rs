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

/// Stages 1–4: documents → segments → claims, normalised. Parallel per input
/// (and per document within a JSON Lines file or table).
pub fn extract(options: &Options, rules: &RuleSet) -> Result<Extraction> {
    extract_planned(corpus::plan(&options.paths, &options.load)?, options, rules)
}

/// [`extract`] of inputs already listed by [`corpus::plan`] (from
/// `options.paths` and `options.load`).
pub fn extract_planned(plan: corpus::Plan, options: &Options, rules: &RuleSet) -> Result<Extraction> {
    let extractor = Extractor::new(rules.settings.clone(), rules.lexicon.clone());
    let done = std::sync::atomic::AtomicUsize::new(0);
    // Each input's claims join the corpus's as soon as those of the inputs
    // before it are in (extract/in_order.rs): the copy happens on the worker
    // threads while other inputs are extracted, not after all of them.
    let all = std::sync::Mutex::new((
        extract::in_order::InOrder::default(),
        Extraction { warnings: plan.warnings.clone(), ..Extraction::default() },
    ));
    plan.inputs.par_iter().enumerate().for_each(|(i, input)| {
        let loaded = corpus::load(input, &plan, &options.load);
        let per_doc: Vec<(DocInfo, Vec<Claim>, Option<Warning>)> = loaded
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
        let input = (loaded.warnings, per_doc);
        // A panic elsewhere cannot leave the collection half-updated in a
        // way that matters: it is propagated and the run fails.
        let mut guard = all.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let (order, all) = &mut *guard;
        // Inputs handed on, counting the one the closure is given.
        let mut handed = order.handed_on();
        order.push(i, input, |(warnings, per_doc)| {
            handed += 1;
            let needed = all.claims.len() + per_doc.iter().map(|(_, claims, _)| claims.len()).sum::<usize>();
            if needed > all.claims.capacity() {
                let capacity = extract::in_order::capacity_for(needed, handed, plan.inputs.len());
                all.claims.reserve_exact(capacity - all.claims.len());
            }
            all.warnings.extend(warnings);
            for (info, claims, cut) in per_doc {
                all.documents.push(info);
                all.claims.extend(claims);
                all.warnings.extend(cut);
            }
        });
    });
    let (order, mut all) = all.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    debug_assert!(order.is_drained() && order.handed_on() == plan.inputs.len(), "every input handed on");
    // Manifest rows that name no document (known only once feeds and tables are read).
    let ids: std::collections::HashSet<String> = all.documents.iter().map(|d| d.id.clone()).collect();
    all.warnings.extend(plan.unmatched_rows(&ids));
    Ok(all)
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
    let mut extraction = extract_planned(plan, options, rules)?;
    align::events::assign(&mut extraction.claims, rules.settings.events.window_days);
    let grouped = align::group(&extraction.claims);
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
        let claims = std::mem::take(&mut extraction.claims);
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
