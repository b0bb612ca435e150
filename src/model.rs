//! The shared vocabulary of the pipeline: documents, numbers as intervals,
//! dates as intervals with a granularity, claims and findings.
//!
//! Every stage speaks in these types, so a stage can be read (and tested)
//! without knowing how its neighbours work.

use serde::Serialize;
use std::fmt;

pub mod label;
pub use label::Label;

/// A calendar date (no time zone: news dates are days).
pub type Date = jiff::civil::Date;

/// Where a document's publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PublishedFrom {
    /// A `manifest.csv` row (or `--manifest FILE`).
    Manifest,
    /// A field of the record the document came from (JSON Lines `published`, a table's date column).
    Field,
    /// A date line in the document's header (`January 23, 2014 • 12:37PM`).
    Header,
    /// Not known.
    Unknown,
}

impl PublishedFrom {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedFrom::Manifest => "manifest",
            PublishedFrom::Field => "field",
            PublishedFrom::Header => "header",
            PublishedFrom::Unknown => "unknown",
        }
    }
}

/// One article, decoded to UTF-8 text.
#[derive(Clone, Debug)]
pub struct Document {
    /// Stable id: the path relative to the folder given (or the file name), or the JSONL `id`.
    pub id: String,
    /// The text, UTF-8, as decoded.
    pub text: String,
    /// Publication date, when known.
    pub published: Option<Date>,
    /// Where `published` came from.
    pub published_from: PublishedFrom,
    /// The outlet, when known.
    pub source: Option<String>,
    /// The URL, when known.
    pub url: Option<String>,
    /// Extra fields of the record it came from (a table's `--meta-column`s:
    /// `location` gives its events a place), in the order named.
    pub meta: Vec<(String, String)>,
}

/// How a figure was qualified in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// Exactly as written: `Forty`, `11,000`.
    Eq,
    /// `more than`, `over`.
    Gt,
    /// `at least`.
    Ge,
    /// `fewer than`, `under`.
    Lt,
    /// `up to`, `at most`.
    Le,
    /// `about`, `some`, `around`.
    Approx,
    /// `nearly`, `almost`.
    Nearly,
    /// `between 5 and 10`, `5-10`.
    Range,
    /// `hundreds`, `tens of thousands`, `dozens`.
    Vague,
}

impl Qualifier {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Eq => "eq",
            Qualifier::Gt => "gt",
            Qualifier::Ge => "ge",
            Qualifier::Lt => "lt",
            Qualifier::Le => "le",
            Qualifier::Approx => "approx",
            Qualifier::Nearly => "nearly",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// A set of real numbers `low..high`; `None` is unbounded on that side.
///
/// Bounds are `f64` so that a 40-digit figure is a (huge) value, never an
/// overflow; constructors keep `low <= high`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Interval {
    /// Lower bound, `None` for -∞.
    pub low: Option<f64>,
    /// Upper bound, `None` for +∞.
    pub high: Option<f64>,
    /// Whether `low` itself is excluded.
    pub low_open: bool,
    /// Whether `high` itself is excluded.
    pub high_open: bool,
}

impl Interval {
    /// `[v, v]`.
    pub fn exact(v: f64) -> Self {
        Interval { low: Some(v), high: Some(v), low_open: false, high_open: false }
    }

    /// `[low, high]` (swapped if given in the wrong order).
    pub fn closed(low: f64, high: f64) -> Self {
        let (low, high) = if low <= high { (low, high) } else { (high, low) };
        Interval { low: Some(low), high: Some(high), low_open: false, high_open: false }
    }

    /// A general interval; the bounds are swapped if inverted.
    pub fn new(low: Option<f64>, low_open: bool, high: Option<f64>, high_open: bool) -> Self {
        match (low, high) {
            (Some(l), Some(h)) if l > h => {
                Interval { low: Some(h), high: Some(l), low_open: high_open, high_open: low_open }
            }
            _ => Interval { low, high, low_open, high_open },
        }
    }

    /// True when no number lies in both intervals.
    pub fn disjoint(&self, other: &Interval) -> bool {
        below(self, other) || below(other, self)
    }
}

/// True when every value of `a` lies below every value of `b`.
fn below(a: &Interval, b: &Interval) -> bool {
    match (a.high, b.low) {
        (Some(h), Some(l)) => h < l || (h == l && (a.high_open || b.low_open)),
        _ => false,
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = if self.low_open || self.low.is_none() { '(' } else { '[' };
        let h = if self.high_open || self.high.is_none() { ')' } else { ']' };
        let lo = self.low.map(fmt_num).unwrap_or_else(|| "-∞".into());
        let hi = self.high.map(fmt_num).unwrap_or_else(|| "∞".into());
        write!(f, "{l}{lo}, {hi}{h}")
    }
}

/// Formats a figure without a trailing `.0` (`130000`, `1.5`).
pub fn fmt_num(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e21 {
        format!("{}", v as i128)
    } else {
        format!("{v}")
    }
}

/// A figure as read from the text: the number as written, how it was
/// qualified, and the set of values it allows.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Quantity {
    /// The figure as written (`100000` for "more than 100,000").
    pub anchor: f64,
    /// The qualifier.
    pub qualifier: Qualifier,
    /// The values the phrase allows.
    pub interval: Interval,
}

impl Quantity {
    /// The normal form as a person reads it: `>100000`, `>=130000`, `40`,
    /// `225..250`, `~300`.
    pub fn display(&self) -> String {
        let a = fmt_num(self.anchor);
        match self.qualifier {
            Qualifier::Eq => a,
            Qualifier::Gt => format!(">{a}"),
            Qualifier::Ge => format!(">={a}"),
            Qualifier::Lt => format!("<{a}"),
            Qualifier::Le => format!("<={a}"),
            Qualifier::Approx => format!("~{a}"),
            Qualifier::Nearly | Qualifier::Range | Qualifier::Vague => {
                let lo = self.interval.low.map(fmt_num).unwrap_or_default();
                let hi = self.interval.high.map(fmt_num).unwrap_or_default();
                format!("{lo}..{hi}")
            }
        }
    }
}

/// How fine a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// One day.
    Day,
    /// An ISO week.
    Week,
    /// A calendar month.
    Month,
    /// A season or part of a month/year ("mid-March", "early 2013").
    Part,
    /// A quarter.
    Quarter,
    /// A calendar year.
    Year,
    /// A decade.
    Decade,
    /// A century ("the 20th century").
    Century,
}

impl Granularity {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Part => "part",
            Granularity::Quarter => "quarter",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
        }
    }
}

/// A date as read from the text: the first and last day it may mean
/// (inclusive) and how fine it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub struct DateInterval {
    /// First day.
    pub start: Date,
    /// Last day (inclusive).
    pub end: Date,
    /// How fine the text was.
    pub granularity: Granularity,
}

impl DateInterval {
    /// One day.
    pub fn day(d: Date) -> Self {
        DateInterval { start: d, end: d, granularity: Granularity::Day }
    }

    /// True when the two share at least one day ("June 2012" and "June 30, 2012" agree).
    pub fn overlaps(&self, other: &DateInterval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// The normal form as a person reads it: `2014-01-22`, `2012-06`, `2013`.
    pub fn display(&self) -> String {
        match self.granularity {
            Granularity::Day => self.start.to_string(),
            Granularity::Month => format!("{:04}-{:02}", self.start.year(), self.start.month()),
            Granularity::Year => format!("{:04}", self.start.year()),
            _ => format!("{}..{}", self.start, self.end),
        }
    }
}

/// What a claim is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// People killed / dead / died / lives claimed / death toll.
    Casualties,
    /// People injured / wounded.
    Injured,
    /// People missing / disappeared.
    Missing,
    /// People displaced / fled / escaped / refugees.
    Displaced,
    /// How many took part: "Forty countries attended".
    ParticipantCount,
    /// One member of a named list, with in/out status.
    Participants,
    /// When an event happens or happened.
    EventDate,
    /// How long something lasted: "nearly three years".
    Duration,
    /// A mention of a named entity (for name-variant checks).
    Mention,
}

impl ClaimKind {
    /// Every kind, in report order.
    pub const ALL: [ClaimKind; 9] = [
        ClaimKind::Casualties,
        ClaimKind::Injured,
        ClaimKind::Missing,
        ClaimKind::Displaced,
        ClaimKind::ParticipantCount,
        ClaimKind::Participants,
        ClaimKind::EventDate,
        ClaimKind::Duration,
        ClaimKind::Mention,
    ];

    /// The name used in reports and rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Casualties => "casualties",
            ClaimKind::Injured => "injured",
            ClaimKind::Missing => "missing",
            ClaimKind::Displaced => "displaced",
            ClaimKind::ParticipantCount => "participant_count",
            ClaimKind::Participants => "participants",
            ClaimKind::EventDate => "event_date",
            ClaimKind::Duration => "duration",
            ClaimKind::Mention => "mention",
        }
    }

    /// Parses a kind name as written in rule files.
    pub fn parse(s: &str) -> Option<ClaimKind> {
        ClaimKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The period a count covers, when the text gives one
/// ("since the fighting started 3 January" → `2014-01-03..`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub struct Window {
    /// First day covered, if known.
    pub from: Option<Date>,
    /// Last day covered, if known.
    pub to: Option<Date>,
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(d) = self.from {
            write!(f, "{d}")?;
        }
        f.write_str("..")?;
        if let Some(d) = self.to {
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

/// The normalised value of a claim.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum ClaimValue {
    /// A count of people, countries, …
    Count(Quantity),
    /// A date.
    Date(DateInterval),
    /// A length of time, in days.
    Duration(Quantity),
    /// A canonical entity name.
    Entity(String),
}

impl ClaimValue {
    /// The normal form as a person reads it.
    pub fn display(&self) -> String {
        match self {
            ClaimValue::Count(q) | ClaimValue::Duration(q) => q.display(),
            ClaimValue::Date(d) => d.display(),
            ClaimValue::Entity(e) => e.clone(),
        }
    }

    /// `(low, high)` as report cells: figures, or ISO dates; empty when unbounded.
    pub fn bounds(&self) -> (String, String) {
        match self {
            ClaimValue::Count(q) | ClaimValue::Duration(q) => {
                (q.interval.low.map(fmt_num).unwrap_or_default(), q.interval.high.map(fmt_num).unwrap_or_default())
            }
            ClaimValue::Date(d) => (d.start.to_string(), d.end.to_string()),
            ClaimValue::Entity(_) => (String::new(), String::new()),
        }
    }

    /// The quantity, for numeric values.
    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            ClaimValue::Count(q) | ClaimValue::Duration(q) => Some(q),
            _ => None,
        }
    }

    /// The qualifier, for numeric values.
    pub fn qualifier(&self) -> Option<Qualifier> {
        self.quantity().map(|q| q.qualifier)
    }
}

/// One checkable statement read from one document.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Claim {
    /// Document id.
    pub doc: std::sync::Arc<str>,
    /// The document's publication date.
    pub published: Option<Date>,
    /// 1-based line of `start`.
    pub line: u32,
    /// 1-based column (in characters) of `start`.
    pub col: u32,
    /// Byte offset of the claim's span in the document.
    pub start: usize,
    /// Byte offset just past the span.
    pub end: usize,
    /// Byte span of the figure itself (for underlining), relative to the document.
    pub figure: (usize, usize),
    /// What the claim is about.
    pub kind: ClaimKind,
    /// The canonical event or group ("conflict", "geneva-ii").
    pub subject: Label,
    /// Who was counted ("people", "civilians", "prisoners", "countries").
    pub population: Label,
    /// The period a count covers, when given.
    pub window: Option<Window>,
    /// The value.
    pub value: ClaimValue,
    /// The unit ("people", "countries", "days").
    pub unit: Label,
    /// attended / expected / member / in / out / planned / happened.
    pub status: Option<Label>,
    /// The date the claim speaks as of (the publication date unless the text gives one).
    pub as_of: Option<Date>,
    /// Who the claim is attributed to ("the UN", "believed").
    pub attribution: Option<String>,
    /// Whether the text presents the figure as a rise ("rose to", "climbed to").
    pub growth_cue: bool,
    /// For claims about a single event (an attack, a quake): where and when.
    /// Extraction gives the claim's own date; alignment replaces it with
    /// the first date of the event the claim belongs to.
    pub event: Option<EventKey>,
    /// The span the claim was read from.
    pub text: String,
    /// The whole sentence.
    pub quote: std::sync::Arc<str>,
}

impl Claim {
    /// The claim's topic key: kind, subject, population, window and, for a
    /// single event, its place and date (`attack/people@damascus/2013-08-21`).
    pub fn topic(&self) -> String {
        let mut t = String::new();
        self.write_topic(&mut t);
        t
    }

    /// Appends [`Claim::topic`] to `out` (no allocation of its own).
    pub fn write_topic(&self, out: &mut String) {
        use std::fmt::Write;
        out.push_str(&self.subject);
        out.push('/');
        out.push_str(&self.population);
        // Writing to a String cannot fail.
        if let Some(w) = &self.window {
            let _ = write!(out, "/{w}");
        }
        if let Some(e) = &self.event {
            let _ = write!(out, "@{e}");
        }
    }
}

/// Where and when a single event happened: a gazetteer place id
/// (`unknown` when neither the sentence nor the document names one) and a day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub struct EventKey {
    /// Place id (`damascus`, `unknown`).
    pub place: String,
    /// The event's day (`None`: undated).
    pub date: Option<Date>,
}

impl fmt::Display for EventKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.date {
            Some(d) => write!(f, "{}/{d}", self.place),
            None => write!(f, "{}/undated", self.place),
        }
    }
}

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing (name variants).
    Info,
    /// Sources disagree.
    Warning,
    /// Both cannot be true.
    Error,
}

impl Severity {
    /// The name used in reports and rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One side of a finding: a cluster of agreeing claims, named by its
/// representative (earliest published, then document id).
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Side {
    /// The representative claim.
    pub claim: Claim,
    /// The other documents of the cluster, sorted.
    pub others: Vec<String>,
}

/// A disagreement between two clusters of claims, found by one rule.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Finding {
    /// Stable fingerprint of the finding's meaning.
    pub id: String,
    /// The rule's id.
    pub rule: String,
    /// The rule's severity.
    pub severity: Severity,
    /// The claims' kind.
    pub kind: ClaimKind,
    /// The topic key.
    pub topic: String,
    /// The first side (the earlier one).
    pub a: Side,
    /// The second side.
    pub b: Side,
    /// The absolute gap between the anchors (or days between dates).
    pub delta: Option<f64>,
    /// The relative gap, as a fraction of the larger anchor.
    pub delta_pct: Option<f64>,
    /// The rule's message, filled in.
    pub message: String,
}
