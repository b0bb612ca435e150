//! The geometry of one topic's timeline, for the HTML report's inline SVG:
//! x = the as-of date, y = the figure; each claim drawn as its interval (a
//! bar when bounded, an arrow up when open-ended), coloured by source; the
//! claims of a finding outlined and joined by a dashed line.
//!
//! Only numbers and plain strings come out of here: the SVG markup is in
//! the template, which escapes every string, so nothing from a document can
//! become markup. Figures without a date cannot be placed and are counted.

use super::rollup::{Figure, TopicRollup};
use crate::model::{fmt_num, Date, Finding};

/// The colours sources get, in order of first appearance.
pub const PALETTE: [&str; 8] = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

/// Plot size and margins, in SVG units.
const W: f64 = 1100.0;
const H: f64 = 280.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 50.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 40.0;

/// One topic's chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Left edge of the plot.
    pub left: f64,
    /// Right edge of the plot.
    pub right: f64,
    /// Top edge of the plot.
    pub top: f64,
    /// Bottom edge (the x axis).
    pub bottom: f64,
    /// One mark per dated figure.
    pub marks: Vec<Mark>,
    /// Dashed lines joining the two claims of a finding.
    pub links: Vec<Link>,
    /// Date ticks on the x axis.
    pub x_ticks: Vec<Tick>,
    /// Figure ticks on the y axis.
    pub y_ticks: Vec<Tick>,
    /// Sources and their colours.
    pub legend: Vec<(String, String)>,
    /// Figures with no date (not drawn).
    pub undated: usize,
}

/// One claim on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// x of the date.
    pub x: f64,
    /// y of the interval's top (the plot's top for open-ended).
    pub y_top: f64,
    /// y of the interval's bottom.
    pub y_bottom: f64,
    /// y of the figure as written.
    pub y_anchor: f64,
    /// Open-ended upwards: drawn as an arrow.
    pub open: bool,
    /// The source's colour.
    pub color: String,
    /// Part of a finding.
    pub flagged: bool,
    /// The label (`>100,000`).
    pub label: String,
    /// The as-of date (ISO).
    pub date: String,
    /// The figure as written (`100000`).
    pub anchor: String,
    /// Document id.
    pub doc: String,
    /// Tooltip.
    pub title: String,
    /// Index of the claim in the report's claims (for the link), if found.
    pub claim: Option<usize>,
}

impl Mark {
    /// The bar's left edge.
    pub fn bar_x(&self) -> f64 {
        r1(self.x - 4.0)
    }

    /// The bar's height.
    pub fn bar_h(&self) -> f64 {
        r1(self.y_bottom - self.y_top)
    }

    /// The arrowhead's points, at the top of an open-ended interval.
    pub fn arrow(&self) -> String {
        format!(
            "{},{} {},{} {},{}",
            r1(self.x - 6.0),
            r1(self.y_top + 9.0),
            self.x,
            self.y_top,
            r1(self.x + 6.0),
            r1(self.y_top + 9.0)
        )
    }

    /// Where the label goes (right of the anchor).
    pub fn label_x(&self) -> f64 {
        r1(self.x + 9.0)
    }

    /// The label's baseline.
    pub fn label_y(&self) -> f64 {
        r1(self.y_anchor + 4.0)
    }
}

/// A dashed line between two marks.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Start x.
    pub x1: f64,
    /// Start y.
    pub y1: f64,
    /// End x.
    pub x2: f64,
    /// End y.
    pub y2: f64,
}

/// An axis tick: its position and label.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// x (for date ticks) or y (for figure ticks).
    pub at: f64,
    /// The label.
    pub label: String,
}

fn epoch_days(d: Date) -> f64 {
    (d - Date::constant(1970, 1, 1)).get_days() as f64
}

fn date_of(days: f64) -> Option<Date> {
    Date::constant(1970, 1, 1).checked_add(jiff::Span::new().days(days.round() as i64)).ok()
}

fn r1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A figure with thousands separators: `130,000` (rounded to a whole
/// number from 100 up: a median of vague amounts needs no decimals).
pub fn thousands(v: f64) -> String {
    let s = fmt_num(if v.abs() >= 100.0 { v.round() } else { v });
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), format!(".{f}")),
        None => (s.clone(), String::new()),
    };
    let (sign, digits) = int.strip_prefix('-').map(|d| ("-", d)).unwrap_or(("", int.as_str()));
    if digits.len() > 21 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return s;
    }
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    format!("{sign}{out}{frac}")
}

/// The label of a figure: its qualifier sign and the figure with separators.
fn label(f: &Figure) -> String {
    let sign: String = f.value.chars().take_while(|c| matches!(c, '>' | '<' | '=' | '~')).collect();
    if f.value.contains("..") {
        format!("{}–{}", f.low.map(thousands).unwrap_or_default(), f.high.map(thousands).unwrap_or_default())
    } else {
        format!("{sign}{}", thousands(f.anchor))
    }
}

/// Lays out `topic`'s chart; `findings` are the findings of this topic;
/// `claim_index` finds a claim's index from (doc, start).
pub fn layout(topic: &TopicRollup, findings: &[&Finding], claim_index: &dyn Fn(&str, usize) -> Option<usize>) -> Chart {
    let dated: Vec<&Figure> = topic.figures.iter().filter(|f| f.as_of.is_some()).collect();
    let undated = topic.figures.len() - dated.len();
    let days: Vec<f64> = dated.iter().filter_map(|f| f.as_of.map(epoch_days)).collect();
    let (mut x0, mut x1) = days.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &d| (lo.min(d), hi.max(d)));
    if days.is_empty() {
        (x0, x1) = (0.0, 1.0);
    }
    let pad = ((x1 - x0) * 0.06).max(15.0);
    (x0, x1) = (x0 - pad, x1 + pad);
    let top_value = dated
        .iter()
        .flat_map(|f| [Some(f.anchor), f.low, f.high])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let y_max = nice_ceiling(top_value * 1.15);
    let (right, bottom) = (W - RIGHT, H - BOTTOM);
    let xs = |d: f64| r1(LEFT + (d - x0) / (x1 - x0) * (right - LEFT));
    let ys = |v: f64| r1(bottom - (v.clamp(0.0, y_max) / y_max) * (bottom - TOP));

    let mut sources: Vec<String> = Vec::new();
    let mut marks = Vec::new();
    let mut seen_at: Vec<(i64, usize)> = Vec::new();
    for f in &dated {
        let Some(as_of) = f.as_of else { continue };
        let key = f.source.clone().unwrap_or_else(|| f.doc.clone());
        let ci = sources.iter().position(|s| *s == key).unwrap_or_else(|| {
            sources.push(key.clone());
            sources.len() - 1
        });
        // Claims on the same day sit side by side.
        let day = epoch_days(as_of) as i64;
        let nth = match seen_at.iter_mut().find(|(d, _)| *d == day) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                seen_at.push((day, 0));
                0
            }
        };
        let x = r1(xs(day as f64) + nth as f64 * 14.0);
        let open = f.high.is_none();
        let low = f.low.unwrap_or(0.0);
        let (y_top, y_bottom) = if open { (TOP, ys(low)) } else { (ys(f.high.unwrap_or(low)), ys(low)) };
        let flagged = findings.iter().any(|fd| {
            [&fd.a, &fd.b]
                .iter()
                .any(|s| (*s.claim.doc == *f.doc && s.claim.start == f.start) || s.others.contains(&f.doc))
        });
        marks.push(Mark {
            x,
            y_top,
            y_bottom: if (y_bottom - y_top).abs() < 3.0 { y_top + 3.0 } else { y_bottom },
            y_anchor: ys(f.anchor),
            open,
            color: PALETTE[ci % PALETTE.len()].to_string(),
            flagged,
            label: label(f),
            date: as_of.to_string(),
            anchor: fmt_num(f.anchor),
            doc: f.doc.clone(),
            title: format!("{} — {} ({}), {}:{}", label(f), key, as_of, f.doc, f.line),
            claim: claim_index(&f.doc, f.start),
        });
    }
    let links = findings
        .iter()
        .filter_map(|fd| {
            let find = |c: &crate::model::Claim| {
                dated.iter().position(|f| *f.doc == *c.doc && f.start == c.start).map(|i| &marks[i])
            };
            let (a, b) = (find(&fd.a.claim)?, find(&fd.b.claim)?);
            Some(Link { x1: a.x, y1: a.y_anchor, x2: b.x, y2: b.y_anchor })
        })
        .collect();
    let x_ticks = (0..=4)
        .filter_map(|i| {
            let d = x0 + (x1 - x0) * f64::from(i) / 4.0;
            date_of(d).map(|date| Tick { at: xs(d), label: date.to_string() })
        })
        .collect();
    let y_ticks = (0..=4)
        .map(|i| {
            let v = y_max * f64::from(i) / 4.0;
            Tick { at: ys(v), label: thousands(v) }
        })
        .collect();
    let legend = sources.into_iter().enumerate().map(|(i, s)| (s, PALETTE[i % PALETTE.len()].to_string())).collect();
    Chart { width: W, height: H, left: LEFT, right, top: TOP, bottom, marks, links, x_ticks, y_ticks, legend, undated }
}

/// The smallest 1, 2 or 5 × 10^n at or above `v` (at least 1).
fn nice_ceiling(v: f64) -> f64 {
    if !v.is_finite() || v <= 1.0 {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * p).find(|&c| c >= v).unwrap_or(10.0 * p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(130000.0), "130,000");
        assert_eq!(thousands(700.0), "700");
        assert_eq!(thousands(1200000.0), "1,200,000");
        assert_eq!(thousands(-1500.0), "-1,500");
        assert_eq!(thousands(2.5), "2.5");
    }

    #[test]
    fn nice_ceilings() {
        assert_eq!(nice_ceiling(149500.0), 200000.0);
        assert_eq!(nice_ceiling(230.0), 250.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
    }
}
