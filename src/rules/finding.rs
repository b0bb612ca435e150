//! From a check's verdict (a pair of clusters) to a [`Finding`]: the
//! representatives, the other documents, the gap, the stable id and the
//! message.

use super::Rule;
use crate::align::Group;
use crate::model::{fmt_num, Claim, ClaimValue, Finding, Side};

/// What a check returns: two clusters that disagree, each as indices into
/// the group's claims with the claim to name first, and a detail for the
/// message.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// First side: the representative first, then the others.
    pub a: Vec<usize>,
    /// Second side, likewise.
    pub b: Vec<usize>,
    /// Extra words for the message's `{detail}`.
    pub detail: String,
}

/// The placeholders a message template may use.
pub const PLACEHOLDERS: &[&str] = &[
    "kind",
    "topic",
    "subject",
    "population",
    "value_a",
    "value_b",
    "doc_a",
    "doc_b",
    "published_a",
    "published_b",
    "delta",
    "delta_pct",
    "days",
    "detail",
    "status_a",
    "status_b",
];

/// Builds the finding for `pair` of `group` under `rule`.
pub fn build(rule: &Rule, group: &Group, pair: &Pair) -> Finding {
    let side = |ix: &[usize]| {
        let claim = group.claims[ix[0]].clone();
        let mut others: Vec<String> =
            ix[1..].iter().map(|&i| group.claims[i].doc.to_string()).filter(|d| **d != *claim.doc).collect();
        others.sort();
        others.dedup();
        Side { claim, others }
    };
    let (mut a, mut b) = (side(&pair.a), side(&pair.b));
    if crate::align::order_key(&b.claim) < crate::align::order_key(&a.claim) {
        std::mem::swap(&mut a, &mut b);
    }
    let (delta, delta_pct) = gap(&a.claim, &b.claim);
    let id = fingerprint(&[
        &rule.id,
        group.topic,
        &a.claim.doc,
        &b.claim.doc,
        &a.claim.value.display(),
        &b.claim.value.display(),
    ]);
    let days = super::checks::days_between(a.claim.as_of, b.claim.as_of);
    let message = fill(&rule.message, &|key| match key {
        "kind" => group.kind.as_str().to_string(),
        "topic" => group.topic.to_string(),
        "subject" => a.claim.subject.to_string(),
        "population" => a.claim.population.to_string(),
        "value_a" => a.claim.value.display(),
        "value_b" => b.claim.value.display(),
        "doc_a" => a.claim.doc.to_string(),
        "doc_b" => b.claim.doc.to_string(),
        "published_a" => date_or_unknown(&a.claim),
        "published_b" => date_or_unknown(&b.claim),
        "delta" => delta.map(fmt_num).unwrap_or_default(),
        "delta_pct" => delta_pct.map(|p| format!("{p:.1}%")).unwrap_or_default(),
        "days" => days.abs().to_string(),
        "detail" => pair.detail.clone(),
        "status_a" => a.claim.status.map(|s| s.to_string()).unwrap_or_default(),
        "status_b" => b.claim.status.map(|s| s.to_string()).unwrap_or_default(),
        _ => String::new(),
    });
    Finding {
        id,
        rule: rule.id.clone(),
        severity: rule.severity,
        kind: group.kind,
        topic: group.topic.to_string(),
        a,
        b,
        delta,
        delta_pct,
        message,
    }
}

fn date_or_unknown(c: &Claim) -> String {
    c.published.map(|d| d.to_string()).unwrap_or_else(|| "date unknown".to_string())
}

/// The absolute and relative (percent of the larger) gap between two claims'
/// anchors, or the days between two dates.
fn gap(a: &Claim, b: &Claim) -> (Option<f64>, Option<f64>) {
    match (&a.value, &b.value) {
        (ClaimValue::Count(x), ClaimValue::Count(y)) | (ClaimValue::Duration(x), ClaimValue::Duration(y)) => {
            let d = (x.anchor - y.anchor).abs();
            let m = x.anchor.abs().max(y.anchor.abs());
            (Some(d), (m > 0.0).then(|| (d / m * 1000.0).round() / 10.0))
        }
        (ClaimValue::Date(x), ClaimValue::Date(y)) => {
            let d = if x.overlaps(y) {
                0
            } else if x.end < y.start {
                (y.start - x.end).get_days()
            } else {
                (x.start - y.end).get_days()
            };
            (Some(d as f64), None)
        }
        _ => (None, None),
    }
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, value: &dyn Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => {
                out.push_str(&value(&rest[open + 1..open + close]));
                rest = &rest[open + close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of `template` that are not in [`PLACEHOLDERS`].
pub fn unknown_placeholders(template: &str) -> Vec<String> {
    let bad = std::cell::RefCell::new(Vec::new());
    fill(template, &|k| {
        if !PLACEHOLDERS.contains(&k) {
            bad.borrow_mut().push(k.to_string());
        }
        String::new()
    });
    bad.into_inner()
}

/// A stable 64-bit FNV-1a fingerprint of the parts, as `cd-` and 16 hex digits.
/// The same meaning gives the same id on every run, machine and thread count.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &b in p.as_bytes().iter().chain(std::iter::once(&0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("cd-{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_and_validate_templates() {
        let t = "{kind}: {value_a} vs {value_b} {oops}";
        assert_eq!(fill(t, &|k| k.to_uppercase()), "KIND: VALUE_A vs VALUE_B OOPS");
        assert_eq!(unknown_placeholders(t), vec!["oops".to_string()]);
    }

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
        assert_eq!(fingerprint(&[]), "cd-cbf29ce484222325");
    }
}
