//! Reading and validating rule files.

use super::checks::Check;
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::model::{ClaimKind, Severity};
use crate::settings::Settings;
use serde::Deserialize;
use std::path::Path;

/// The bundled rule files, by name.
pub const BUNDLED: &[(&str, &str)] = &[
    ("casualty-figures-disagree.toml", include_str!("../../rules/casualty-figures-disagree.toml")),
    ("casualty-intervals-contradict.toml", include_str!("../../rules/casualty-intervals-contradict.toml")),
    ("casualty-toll-decreased.toml", include_str!("../../rules/casualty-toll-decreased.toml")),
    ("casualty-toll-implausible-rise.toml", include_str!("../../rules/casualty-toll-implausible-rise.toml")),
    ("event-dates-disagree.toml", include_str!("../../rules/event-dates-disagree.toml")),
    ("participant-counts-disagree.toml", include_str!("../../rules/participant-counts-disagree.toml")),
    ("participant-list-contradicts-count.toml", include_str!("../../rules/participant-list-contradicts-count.toml")),
    ("participant-in-and-out.toml", include_str!("../../rules/participant-in-and-out.toml")),
    ("entity-name-variants.toml", include_str!("../../rules/entity-name-variants.toml")),
];

/// What a rule applies to.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AppliesTo {
    /// Claim kinds.
    pub kinds: Vec<ClaimKind>,
    /// Subjects (empty: all).
    #[serde(default)]
    pub subjects: Vec<String>,
}

/// A rule file as written.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: String,
    check: String,
    #[serde(default)]
    description: String,
    applies_to: AppliesTo,
    severity: Severity,
    message: String,
    tolerance: Option<f64>,
    window_days: Option<i64>,
    growth_factor: Option<f64>,
}

/// The parameters a check may read; which ones a check takes is its own list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    /// Relative gap between anchors that still agrees.
    pub tolerance: Option<f64>,
    /// Only compare claims published this close together.
    pub window_days: Option<i64>,
    /// How many times the event's own pace a rise may reach and still be growth.
    pub growth_factor: Option<f64>,
}

impl Params {
    /// `tolerance`, or 0.
    pub fn tolerance(&self) -> f64 {
        self.tolerance.unwrap_or(0.0)
    }

    /// `window_days`, or unlimited.
    pub fn window_days(&self) -> i64 {
        self.window_days.unwrap_or(i64::MAX)
    }
}

/// One loaded rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// Unique id.
    pub id: String,
    /// The check it runs.
    pub check: Check,
    /// What it is for.
    pub description: String,
    /// Claim kinds and subjects it applies to.
    pub applies_to: AppliesTo,
    /// Severity of its findings.
    pub severity: Severity,
    /// Message template (`{kind}`, `{topic}`, `{value_a}`, `{doc_a}`, `{value_b}`, `{doc_b}`, `{delta}`, `{delta_pct}`, `{days}`, `{detail}`).
    pub message: String,
    /// Parameters.
    pub params: Params,
    /// The file it came from.
    pub path: String,
}

impl Rule {
    /// Parses and validates one rule file.
    pub fn parse(path: &str, text: &str) -> Result<Rule> {
        let f: RuleFile = toml::from_str(text).map_err(|e| Error::from_toml(path, text, &e))?;
        let at = |key: &str| key_offset(text, key);
        let check = Check::parse(&f.check).ok_or_else(|| {
            Error::config_at(
                path,
                text,
                value_offset(text, "check"),
                format!("unknown check {:?}; valid checks: {}", f.check, Check::names().join(", ")),
            )
        })?;
        let set: [(&str, bool); 3] = [
            ("tolerance", f.tolerance.is_some()),
            ("window_days", f.window_days.is_some()),
            ("growth_factor", f.growth_factor.is_some()),
        ];
        for (name, present) in set {
            if present && !check.params().contains(&name) {
                let takes =
                    if check.params().is_empty() { "no parameters".to_string() } else { check.params().join(", ") };
                return Err(Error::config_at(
                    path,
                    text,
                    at(name),
                    format!("check {:?} takes {takes}, not {name:?}", f.check),
                ));
            }
        }
        if let Some(t) = f.tolerance.filter(|t| !(0.0..=10.0).contains(t)) {
            return Err(Error::config_at(
                path,
                text,
                value_offset(text, "tolerance"),
                format!("tolerance must be between 0 and 10 (a fraction), got {t}"),
            ));
        }
        if let Some(w) = f.window_days.filter(|w| *w < 0) {
            return Err(Error::config_at(
                path,
                text,
                value_offset(text, "window_days"),
                format!("window_days must be 0 or more, got {w}"),
            ));
        }
        if let Some(g) = f.growth_factor.filter(|g| *g <= 0.0) {
            return Err(Error::config_at(
                path,
                text,
                value_offset(text, "growth_factor"),
                format!("growth_factor must be above 0, got {g}"),
            ));
        }
        if let Some(bad) = super::finding::unknown_placeholders(&f.message).first() {
            let message =
                format!("unknown placeholder {{{bad}}} in message; valid: {}", super::finding::PLACEHOLDERS.join(", "));
            return Err(Error::config_at(path, text, value_offset(text, "message"), message));
        }
        if f.applies_to.kinds.is_empty() {
            return Err(Error::config_at(
                path,
                text,
                at("applies_to"),
                "applies_to.kinds is empty: name the claim kinds the rule checks",
            ));
        }
        if f.id.trim().is_empty() {
            return Err(Error::config_at(path, text, at("id"), "id is empty"));
        }
        Ok(Rule {
            id: f.id,
            check,
            description: f.description,
            applies_to: f.applies_to,
            severity: f.severity,
            message: f.message,
            params: Params { tolerance: f.tolerance, window_days: f.window_days, growth_factor: f.growth_factor },
            path: path.to_string(),
        })
    }

    /// Whether the rule looks at claims of `kind` about `subject`.
    pub fn applies(&self, kind: ClaimKind, subject: &str) -> bool {
        self.applies_to.kinds.contains(&kind)
            && (self.applies_to.subjects.is_empty() || self.applies_to.subjects.iter().any(|s| s == subject))
    }
}

/// Offset of `key = …` at the start of a line (0 if not found).
fn key_offset(text: &str, key: &str) -> usize {
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with(key) && t[key.len()..].trim_start().starts_with(['=', '.']) {
            return off + (line.len() - t.len());
        }
        off += line.len();
    }
    0
}

/// Offset of the value of `key = value`.
fn value_offset(text: &str, key: &str) -> usize {
    let k = key_offset(text, key);
    text[k..].find('=').map(|p| k + p + 1 + text[k + p + 1..].len() - text[k + p + 1..].trim_start().len()).unwrap_or(k)
}

/// All rules of a run, with the settings and lexicon they go with.
#[derive(Clone, Debug)]
pub struct RuleSet {
    /// Rules, sorted by id.
    pub rules: Vec<Rule>,
    /// Normaliser settings.
    pub settings: Settings,
    /// The lexicon.
    pub lexicon: Lexicon,
}

impl RuleSet {
    /// The bundled rules, settings and lexicon.
    pub fn bundled() -> RuleSet {
        RuleSet::load(None).expect("bundled rules are valid")
    }

    /// The bundled rules plus (and replaced by) those in `dir`.
    pub fn load(dir: Option<&Path>) -> Result<RuleSet> {
        let mut files: Vec<(String, String)> =
            BUNDLED.iter().map(|(n, t)| (format!("rules/{n}"), t.to_string())).collect();
        let mut settings = Settings::bundled();
        let mut lexicon = Lexicon::bundled();
        if let Some(dir) = dir {
            if !dir.is_dir() {
                return Err(Error::Usage(format!("{}: --rules needs a folder of rule files", dir.display())));
            }
            let mut own = Vec::new();
            let entries = std::fs::read_dir(dir).map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?;
            for e in entries {
                let p = e.map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?.path();
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
                if !name.ends_with(".toml") || name.starts_with('.') {
                    continue;
                }
                let text = std::fs::read_to_string(&p).map_err(|e| Error::Io { path: p.clone(), source: e })?;
                if name == "settings.toml" {
                    settings = Settings::parse(&p.display().to_string(), &text)?;
                } else {
                    own.push((p.display().to_string(), text));
                }
            }
            own.sort();
            files.extend(own);
            lexicon = Lexicon::with_overrides(dir)?;
        }
        let mut rules: Vec<Rule> = Vec::new();
        let mut own_ids: Vec<(String, String)> = Vec::new();
        for (i, (path, text)) in files.iter().enumerate() {
            let rule = Rule::parse(path, text)?;
            let bundled = i < BUNDLED.len();
            if !bundled {
                if let Some((_, other)) = own_ids.iter().find(|(id, _)| *id == rule.id) {
                    let message = format!("duplicate rule id {:?} (also in {other})", rule.id);
                    return Err(Error::config_at(path, text, key_offset(text, "id"), message));
                }
                own_ids.push((rule.id.clone(), path.clone()));
            }
            rules.retain(|r| r.id != rule.id);
            rules.push(rule);
        }
        rules.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(RuleSet { rules, settings, lexicon })
    }
}

#[cfg(test)]
mod tests;
