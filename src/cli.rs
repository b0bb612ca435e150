//! The command line: one struct per subcommand.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Checks news sources against each other: extracts checkable claims
/// (casualty counts, participants, dates), normalises them and reports
/// where sources disagree.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, about, long_about = None)]
pub struct Cli {
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report where sources disagree (exit 1 when a finding reaches --fail-on).
    Check(CheckArgs),
    /// List the normalised claims, for review.
    Extract(ExtractArgs),
    /// Run the rule regression tests (fixtures/) and print a diff for each failing case.
    Test(TestArgs),
    /// List and validate the rules.
    Rules(RulesArgs),
    /// Show every number, range, ordinal, date and duration claimdiff reads in a text.
    Normalize(NormalizeArgs),
}

/// Options shared by the commands that read documents.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, folders (read recursively) or JSON Lines files; none: the bundled seeds.
    pub paths: Vec<PathBuf>,
    /// A folder of rule files (and optionally settings.toml, lexicon/) added to the bundled rules.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// A CSV of publication dates (columns doc, published[, source, url]).
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Read at most this many bytes of each document (the rest is cut, with a warning).
    #[arg(long, value_name = "BYTES", default_value_t = 64 * 1024 * 1024)]
    pub max_doc_bytes: usize,
    /// Keep at most this many claims of one document (the first ones; the rest is cut, with a warning).
    #[arg(long, value_name = "N", default_value_t = 1_000)]
    pub max_claims_per_doc: usize,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print no warnings.
    #[arg(short, long)]
    pub quiet: bool,
    /// Document tables.
    #[command(flatten)]
    pub table: TableArgs,
}

/// Reading `*.csv` files as tables of documents, one per row (the same
/// names pick the fields of JSON Lines records).
#[derive(Debug, Args)]
pub struct TableArgs {
    /// The column (or JSON Lines field) holding the text; setting it reads `*.csv` files as document tables.
    #[arg(long, value_name = "NAME")]
    pub text_column: Option<String>,
    /// The column holding the document id (default: FILE:LINE).
    #[arg(long, value_name = "NAME", requires = "text_column")]
    pub id_column: Option<String>,
    /// The column holding the publication date.
    #[arg(long, value_name = "NAME", requires = "text_column")]
    pub date_column: Option<String>,
    /// The column holding the outlet.
    #[arg(long, value_name = "NAME", requires = "text_column")]
    pub source_column: Option<String>,
    /// strftime format of the date column (e.g. %m/%d/%y; default: YYYY-MM-DD, then M/D/YYYY, then M/D/YY).
    #[arg(long, value_name = "FORMAT", requires = "text_column")]
    pub date_format: Option<String>,
    /// A column kept with each document (repeatable): `location` gives events their place.
    #[arg(long = "meta-column", value_name = "NAME", requires = "text_column")]
    pub meta_columns: Vec<String>,
}

/// `claimdiff check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Report format (default: text on a terminal, csv otherwise).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = Level::Error)]
    pub fail_on: Level,
    /// Colour in the text report.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Hide the findings of a previous report (CSV or JSON) or of a TOML list of finding ids.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Print one finding's full story (claims, normalisation, rule, why it fired) instead of the report.
    #[arg(long, value_name = "FINDING_ID")]
    pub explain: Option<String>,
}

/// `claimdiff extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Csv)]
    pub format: ClaimsFormat,
    /// Also list the name mentions (kind `mention`) that feed the name-variant check.
    #[arg(long)]
    pub mentions: bool,
}

/// `claimdiff test`.
#[derive(Debug, Args)]
pub struct TestArgs {
    /// The fixtures folder (default: ./fixtures, else the bundled fixtures).
    pub dir: Option<PathBuf>,
    /// A folder of rule files added to the bundled rules (only its rules must be covered).
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Rewrite each case's expect.toml from the current findings.
    #[arg(long)]
    pub bless: bool,
}

/// `claimdiff rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// A folder of rule files added to the bundled rules.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

/// Report formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One row per finding (RFC 4180).
    Csv,
    /// For a person at a terminal.
    Text,
    /// One JSON document: findings, claims, documents, rules, roll-up, version.
    Json,
    /// One finding per line (JSON Lines).
    Jsonl,
    /// One self-contained HTML page with timelines (use with -o).
    Html,
}

/// Claims formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    /// One row per claim.
    Csv,
    /// One claim per line (JSON Lines).
    Jsonl,
}

/// Severity levels for --fail-on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Level {
    /// Any finding.
    Info,
    /// Warnings and errors.
    Warning,
    /// Errors only.
    Error,
}

/// When to colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `claimdiff normalize`.
#[derive(Debug, Args)]
pub struct NormalizeArgs {
    /// The text to read (words joined by spaces); none: standard input.
    pub text: Vec<String>,
    /// The publication date relative dates resolve against (YYYY-MM-DD).
    #[arg(long = "ref", value_name = "DATE")]
    pub reference: Option<jiff::civil::Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = NormalizeFormat::Jsonl)]
    pub format: NormalizeFormat,
    /// A folder whose settings.toml replaces the bundled one.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

/// `normalize` output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NormalizeFormat {
    /// One JSON object per item.
    Jsonl,
    /// One tab-separated line per item, for a person.
    Text,
}
