//! The checks a rule can run, one file each. A check looks at one group of
//! claims (one topic) and returns the pairs of clusters that disagree.

pub mod cumulative_decrease;
pub mod date_disagreement;
pub mod implausible_growth;
pub mod interval_contradiction;
pub mod list_size_contradiction;
pub mod membership_conflict;
pub mod name_variants;
pub mod numeric_disagreement;
pub mod participant_count_disagreement;

use super::finding::Pair;
use super::Rule;
use crate::align::{Context, Group};
use crate::lexicon::Lexicon;

/// Every check the engine offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Check {
    /// Anchors differ by more than a tolerance, within a time window.
    NumericDisagreement,
    /// Intervals that cannot both be true.
    IntervalContradiction,
    /// A later report of a cumulative count below an earlier one's minimum.
    CumulativeDecrease,
    /// A later, higher cumulative count that the event's pace cannot explain.
    ImplausibleGrowth,
    /// Dates of one milestone of one event that share no day.
    DateDisagreement,
    /// Participant counts of one event that differ, with comparable statuses.
    ParticipantCountDisagreement,
    /// A list of participants whose size a count of the same event contradicts.
    ListSizeContradiction,
    /// An entity listed as in by one list and out by another.
    MembershipConflict,
    /// One name spelt more than one way.
    NameVariants,
}

/// What a check sees besides its group.
pub struct Input<'a> {
    /// The rule being run.
    pub rule: &'a Rule,
    /// The group.
    pub group: &'a Group<'a>,
    /// Corpus-wide context (subject start dates).
    pub context: &'a Context,
    /// The lexicon (which kinds are cumulative).
    pub lexicon: &'a Lexicon,
}

impl Check {
    /// Every check, in documentation order.
    pub const ALL: [Check; 9] = [
        Check::NumericDisagreement,
        Check::IntervalContradiction,
        Check::CumulativeDecrease,
        Check::ImplausibleGrowth,
        Check::DateDisagreement,
        Check::ParticipantCountDisagreement,
        Check::ListSizeContradiction,
        Check::MembershipConflict,
        Check::NameVariants,
    ];

    /// The name used in rule files.
    pub fn name(self) -> &'static str {
        match self {
            Check::NumericDisagreement => "numeric-disagreement",
            Check::IntervalContradiction => "interval-contradiction",
            Check::CumulativeDecrease => "cumulative-decrease",
            Check::ImplausibleGrowth => "implausible-growth",
            Check::DateDisagreement => "date-disagreement",
            Check::ParticipantCountDisagreement => "participant-count-disagreement",
            Check::ListSizeContradiction => "list-size-contradiction",
            Check::MembershipConflict => "membership-conflict",
            Check::NameVariants => "name-variants",
        }
    }

    /// Every check name.
    pub fn names() -> Vec<&'static str> {
        Check::ALL.iter().map(|c| c.name()).collect()
    }

    /// The check a rule file names.
    pub fn parse(name: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The parameters the check reads.
    pub fn params(self) -> &'static [&'static str] {
        match self {
            Check::NumericDisagreement => &["tolerance", "window_days"],
            Check::IntervalContradiction => &["window_days"],
            Check::CumulativeDecrease => &[],
            Check::ImplausibleGrowth => &["tolerance", "growth_factor"],
            Check::ParticipantCountDisagreement => &["tolerance", "window_days"],
            Check::DateDisagreement
            | Check::ListSizeContradiction
            | Check::MembershipConflict
            | Check::NameVariants => &[],
        }
    }

    /// Runs the check on one group.
    pub fn run(self, input: &Input) -> Vec<Pair> {
        match self {
            Check::NumericDisagreement => numeric_disagreement::run(input),
            Check::IntervalContradiction => interval_contradiction::run(input),
            Check::CumulativeDecrease => cumulative_decrease::run(input),
            Check::ImplausibleGrowth => implausible_growth::run(input),
            Check::DateDisagreement => date_disagreement::run(input),
            Check::ParticipantCountDisagreement => participant_count_disagreement::run(input),
            Check::ListSizeContradiction => list_size_contradiction::run(input),
            Check::MembershipConflict => membership_conflict::run(input),
            Check::NameVariants => name_variants::run(input),
        }
    }
}

/// Days from `a` to `b` (0 when either is unknown: undated claims compare as same-day).
pub fn days_between(a: Option<crate::model::Date>, b: Option<crate::model::Date>) -> i64 {
    match (a, b) {
        (Some(a), Some(b)) => (b - a).get_days() as i64,
        _ => 0,
    }
}

#[cfg(test)]
mod tests;
