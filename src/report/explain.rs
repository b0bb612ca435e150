//! `check --explain FINDING_ID`: one finding's full story — both claims
//! with where they are, the normalisation trace of each
//! (`"more than 100,000" → qualifier gt → (100000, ∞)`), the rule with its
//! parameters, and why it fired.
//!
//! The trace is computed here from what the claim keeps (its span, the
//! figure's offsets, its value) rather than stored in every claim: only
//! the one finding being explained pays for it.

use super::text::clean;
use super::Report;
use crate::model::{fmt_num, Claim, ClaimValue, Finding, Side};
use crate::rules::checks::Check;
use crate::rules::{Rule, RuleSet};
use std::io::{self, Write};

/// Writes the story of finding `id`; `Ok(false)` when the report has no such finding.
pub fn write(report: &Report, rules: &RuleSet, id: &str, out: &mut dyn Write) -> io::Result<bool> {
    let Some(f) = report.findings.iter().find(|f| f.id == id) else {
        return Ok(false);
    };
    writeln!(out, "finding {} ({}, rule {})", f.id, f.severity.as_str(), f.rule)?;
    writeln!(out, "  {}", clean(&f.message))?;
    writeln!(out, "  topic: {} {}", f.kind.as_str(), clean(&f.topic))?;
    for (label, s) in [("A", &f.a), ("B", &f.b)] {
        writeln!(out)?;
        side(label, s, out)?;
    }
    writeln!(out)?;
    match rules.rules.iter().find(|r| r.id == f.rule) {
        Some(r) => rule(r, f, out)?,
        None => writeln!(out, "rule {}: not among the loaded rules", f.rule)?,
    }
    Ok(true)
}

fn side(label: &str, s: &Side, out: &mut dyn Write) -> io::Result<()> {
    let c = &s.claim;
    let published = c.published.map(|d| d.to_string()).unwrap_or_else(|| "date unknown".into());
    writeln!(out, "claim {label}: {}:{}:{} (published {published})", clean(&c.doc), c.line, c.col)?;
    writeln!(out, "  quote: {}", clean(&c.quote))?;
    writeln!(out, "  trace: {}", trace(c))?;
    writeln!(
        out,
        "  subject {}, population {}, window {}, as of {}, attribution {}",
        clean(&c.subject),
        clean(&c.population),
        c.window.map(|w| w.to_string()).unwrap_or_else(|| "none".into()),
        c.as_of.map(|d| d.to_string()).unwrap_or_else(|| "unknown".into()),
        c.attribution.as_deref().map(clean).unwrap_or_else(|| "none".into()),
    )?;
    if c.growth_cue {
        writeln!(out, "  the text presents the figure as a rise")?;
    }
    if !s.others.is_empty() {
        writeln!(out, "  the same figure in: {}", clean(&s.others.join(", ")))?;
    }
    Ok(())
}

/// The normalisation trace of a claim:
/// `"more than 100,000 people" → figure "100,000" → qualifier gt → (100000, ∞), anchor 100000`.
pub fn trace(c: &Claim) -> String {
    let span = format!("\"{}\"", clean(&crate::extract::context::collapse_space(&c.text)));
    let figure = c
        .figure
        .0
        .checked_sub(c.start)
        .and_then(|rel| c.text.get(rel..rel + c.figure.1.saturating_sub(c.figure.0)))
        .filter(|f| !f.is_empty())
        .map(|f| format!(" → figure \"{}\"", clean(f)))
        .unwrap_or_default();
    match &c.value {
        ClaimValue::Count(q) | ClaimValue::Duration(q) => format!(
            "{span}{figure} → qualifier {} → {}, anchor {}{}",
            q.qualifier.as_str(),
            q.interval,
            fmt_num(q.anchor),
            if c.unit.is_empty() { String::new() } else { format!(" {}", c.unit) }
        ),
        ClaimValue::Date(d) => {
            format!("{span} → {} ({}) → [{}, {}]", d.display(), d.granularity.as_str(), d.start, d.end)
        }
        ClaimValue::Entity(e) => format!("{span} → entity {}", clean(e)),
    }
}

fn rule(r: &Rule, f: &Finding, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "rule {} ({}), check {}, severity {}", r.id, r.path, r.check.name(), r.severity.as_str())?;
    if !r.description.is_empty() {
        writeln!(out, "  {}", r.description)?;
    }
    let mut params = Vec::new();
    if let Some(t) = r.params.tolerance {
        params.push(format!("tolerance = {t}"));
    }
    if let Some(w) = r.params.window_days {
        params.push(format!("window_days = {w}"));
    }
    if let Some(g) = r.params.growth_factor {
        params.push(format!("growth_factor = {g}"));
    }
    writeln!(out, "  parameters: {}", if params.is_empty() { "none".to_string() } else { params.join(", ") })?;
    writeln!(out, "why it fired: {}", why(r, f))
}

fn why(r: &Rule, f: &Finding) -> String {
    let (a, b) = (&f.a.claim, &f.b.claim);
    let days = crate::rules::checks::days_between(a.as_of, b.as_of).abs();
    let gap = match (f.delta, f.delta_pct) {
        (Some(d), Some(p)) => format!("the figures are {} ({p:.1}% of the larger) apart", fmt_num(d)),
        (Some(d), None) => format!("the dates are {} days apart", fmt_num(d)),
        _ => "the values differ".to_string(),
    };
    match r.check {
        Check::NumericDisagreement => format!(
            "{gap}, more than the tolerance of {:.1}%, and the claims were made {days} days apart (window: {})",
            r.params.tolerance() * 100.0,
            r.params.window_days.map(|w| format!("{w} days")).unwrap_or_else(|| "any".into())
        ),
        Check::IntervalContradiction => format!(
            "{} and {} share no value, so both cannot be true; the claims were made {days} days apart",
            interval(a),
            interval(b)
        ),
        Check::CumulativeDecrease => format!(
            "the count only grows, yet the later {} ({}) lies wholly below the earlier {} ({})",
            interval(b),
            b.doc,
            interval(a),
            a.doc
        ),
        Check::ImplausibleGrowth => {
            format!("{gap} in {days} days, more than the event's own pace allows (growth_factor {})", {
                r.params.growth_factor.map(|g| g.to_string()).unwrap_or_else(|| "default".into())
            })
        }
        Check::DateDisagreement => format!(
            "{} and {} do not overlap even at their granularity ({} and {}); {gap}",
            interval(a),
            interval(b),
            date_granularity(a),
            date_granularity(b)
        ),
        Check::ParticipantCountDisagreement => format!(
            "{} ({}) and {} ({}) count the same event or group differently",
            a.value.display(),
            a.status.as_deref().unwrap_or("no status"),
            b.value.display(),
            b.status.as_deref().unwrap_or("no status")
        ),
        Check::ListSizeContradiction => {
            format!("a list of {} members and a count of {} name the same event", a.value.display(), b.value.display())
        }
        Check::MembershipConflict => format!(
            "{} is listed as {} by {} and as {} by {}",
            a.value.display(),
            a.status.as_deref().unwrap_or("?"),
            a.doc,
            b.status.as_deref().unwrap_or("?"),
            b.doc
        ),
        Check::NameVariants => format!("{:?} and {:?} name one entity", a.text, b.text),
    }
}

fn date_granularity(c: &Claim) -> &'static str {
    match &c.value {
        ClaimValue::Date(d) => d.granularity.as_str(),
        _ => "-",
    }
}

fn interval(c: &Claim) -> String {
    match &c.value {
        ClaimValue::Count(q) | ClaimValue::Duration(q) => q.interval.to_string(),
        v => v.display(),
    }
}
