//! The `claimdiff` binary: parse the command line, run, map the outcome to
//! exit codes — 0 ran and found nothing at or above `--fail-on`, 1 found
//! something at that level, 2 bad usage or input.

mod cli;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::Context as _;
use claimdiff::corpus::{LoadOptions, TableOptions, Warning};
use claimdiff::model::Severity;
use claimdiff::report::{self, output};
use claimdiff::rules::RuleSet;
use claimdiff::Options;
use clap::Parser;
use cli::{
    CheckArgs, ClaimsFormat, Cli, Color, Command, ExtractArgs, InputArgs, Level, NormalizeArgs, NormalizeFormat,
    ReportFormat, RulesArgs, TestArgs,
};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = Cli::parse();
    // Ctrl-C / SIGTERM / SIGHUP: drop the half-written report's temporary
    // file (the previous report stays as it was), then exit 130.
    let _ = ctrlc::set_handler(|| {
        output::remove_pending();
        std::process::exit(130);
    });
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Tells mimalloc to keep the memory a run frees instead of returning it to
/// the OS after a delay (its default): a run is short, and on a 50 MB corpus
/// the returned pages were faulted in and zeroed again by the kernel — half
/// the run's system time. A user's `MIMALLOC_PURGE_DELAY` still wins.
fn keep_freed_memory() {
    // `mi_option_purge_delay` in mimalloc v3's `mi_option_e` (mimalloc.h),
    // which libmimalloc-sys 0.1.49 does not name; -1 means never purge.
    #[cfg(feature = "mimalloc")]
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    #[cfg(feature = "mimalloc")]
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: `mi_option_set` stores an integer option; mimalloc reads
        // it on every purge decision and allows setting it at any time.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check(a) => check(a),
        Command::Extract(a) => extract(a),
        Command::Test(a) => test(a),
        Command::Rules(a) => rules(a),
        Command::Normalize(a) => normalize(a),
    }
}

fn options(input: &InputArgs) -> anyhow::Result<Options> {
    if let Some(n) = input.threads {
        // Ignore "already initialised" (only possible in tests that call run twice).
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global();
    }
    Ok(Options {
        paths: input.paths.clone(),
        rules_dir: input.rules.clone(),
        load: LoadOptions {
            manifest: input.manifest.clone(),
            max_doc_bytes: input.max_doc_bytes,
            table: input.table.text_column.as_ref().map(|text_column| TableOptions {
                text_column: text_column.clone(),
                id_column: input.table.id_column.clone(),
                date_column: input.table.date_column.clone(),
                source_column: input.table.source_column.clone(),
                date_format: input.table.date_format.clone(),
                meta_columns: input.table.meta_columns.clone(),
            }),
        },
        progress: (!input.quiet && std::io::stderr().is_terminal()).then(progress_bar),
        max_claims_per_doc: input.max_claims_per_doc,
        findings_only: false,
    })
}

/// A progress bar on standard error that appears only once a run has taken
/// more than a second (short runs stay quiet); never on stdout.
fn progress_bar() -> claimdiff::Progress {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let started = std::time::Instant::now();
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    if let Ok(style) = ProgressStyle::with_template("{spinner} extracting {pos}/{len} inputs [{elapsed}] {wide_bar}") {
        bar.set_style(style);
    }
    claimdiff::Progress(std::sync::Arc::new(move |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
        if bar.is_hidden() && started.elapsed() > std::time::Duration::from_secs(1) && done < total {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        if done >= total {
            bar.finish_and_clear();
        }
    }))
}

fn print_warnings(warnings: &[Warning], quiet: bool) {
    if quiet {
        return;
    }
    let stderr = std::io::stderr();
    let mut e = stderr.lock();
    for w in warnings {
        let _ = writeln!(e, "warning: {w}");
    }
}

fn check(a: CheckArgs) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let mut opts = options(&a.input)?;
    let to_terminal = a.input.output.is_none() && std::io::stdout().is_terminal();
    let format = a.format.unwrap_or(if to_terminal { ReportFormat::Text } else { ReportFormat::Csv });
    // Only the text, JSON and HTML reports show claims and the roll-up.
    opts.findings_only = a.explain.is_some() || matches!(format, ReportFormat::Csv | ReportFormat::Jsonl);
    // The rules and the list of inputs do not depend on each other: both
    // are read at once (a rule error is still the one reported first).
    let (rules, plan) =
        rayon::join(|| RuleSet::load(opts.rules_dir.as_deref()), || claimdiff::corpus::plan(&opts.paths, &opts.load));
    let rules = rules?;
    let mut report = claimdiff::check_planned(plan?, &opts, &rules)?;
    print_warnings(&report.warnings, a.input.quiet);
    if let Some(id) = &a.explain {
        let mut out = std::io::stdout().lock();
        if !report::explain::write(&report, &rules, id, &mut out)? {
            anyhow::bail!("no finding {id} in this run (ids are in the report's finding_id column)");
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(path) = &a.baseline {
        let baseline = report::baseline::Baseline::load(path)?;
        baseline.apply(
            &mut report,
            &path.display().to_string(),
            jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date(),
        );
        if let Some(applied) = report.baseline.as_ref().filter(|_| !a.input.quiet) {
            for id in &applied.expired {
                eprintln!("warning: {}: baseline entry {id} has expired; its finding is shown again", path.display());
            }
        }
    }
    let color = use_color(a.color, to_terminal, std::env::var_os("NO_COLOR").as_deref());
    output::write(a.input.output.as_deref(), &opts.paths, |w| match format {
        ReportFormat::Csv => report::csv::write(&report, w).map_err(std::io::Error::other),
        ReportFormat::Text => {
            report::text::write(&report, report::text::Style { color, elapsed: Some(started.elapsed()) }, w)
        }
        ReportFormat::Json => report::json::write(&report, w),
        ReportFormat::Jsonl => report::json::write_findings_lines(&report, w),
        ReportFormat::Html => report::html::write(&report, w),
    })
    .context("writing the report")?;
    let level = match a.fail_on {
        Level::Info => Severity::Info,
        Level::Warning => Severity::Warning,
        Level::Error => Severity::Error,
    };
    let code = if report.count_at_least(level) > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS };
    // The process ends here: freeing every claim one by one would take a
    // tenth of a second on a large corpus for memory the system takes back
    // at once.
    std::mem::forget(report);
    Ok(code)
}

/// Whether to colour: `--color always|never` decide; `auto` colours a
/// terminal unless `NO_COLOR` is set to something non-empty (no-color.org).
fn use_color(choice: Color, to_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => to_terminal && no_color.is_none_or(|v| v.is_empty()),
    }
}

fn extract(a: ExtractArgs) -> anyhow::Result<ExitCode> {
    let opts = options(&a.input)?;
    let rules = RuleSet::load(opts.rules_dir.as_deref())?;
    let mut extraction = claimdiff::extract(&opts, &rules)?;
    print_warnings(&extraction.warnings, a.input.quiet);
    if !a.mentions {
        // Name mentions are many and only feed the name-variant check.
        extraction.claims.retain(|c| c.kind != claimdiff::model::ClaimKind::Mention);
    }
    output::write(a.input.output.as_deref(), &opts.paths, |w| match a.format {
        ClaimsFormat::Csv => report::claims_csv::write(&extraction.claims, w).map_err(std::io::Error::other),
        ClaimsFormat::Jsonl => report::json::write_claims_lines(&extraction.claims, w),
    })
    .context("writing the claims")?;
    Ok(ExitCode::SUCCESS)
}

fn rules(a: RulesArgs) -> anyhow::Result<ExitCode> {
    let set = RuleSet::load(a.rules.as_deref())?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{:<34} {:<24} {:<8} applies to", "rule", "check", "severity")?;
    for r in &set.rules {
        let kinds: Vec<&str> = r.applies_to.kinds.iter().map(|k| k.as_str()).collect();
        writeln!(out, "{:<34} {:<24} {:<8} {}", r.id, r.check.name(), r.severity.as_str(), kinds.join(", "))?;
    }
    writeln!(out, "{} rules, all valid", set.rules.len())?;
    Ok(ExitCode::SUCCESS)
}

fn test(a: TestArgs) -> anyhow::Result<ExitCode> {
    let dir = a.dir.clone().unwrap_or_else(|| {
        let here = std::path::PathBuf::from("fixtures");
        if here.is_dir() {
            here
        } else {
            std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
        }
    });
    let summary = claimdiff::testing::run(&dir, a.rules.as_deref())?;
    if a.bless {
        let mut blessed = 0;
        for case in summary.cases.iter().filter(|c| c.error.is_none()) {
            if claimdiff::testing::bless::bless(case)? {
                println!("blessed {}", case.dir.join("expect.toml").display());
                blessed += 1;
            }
        }
        println!("{blessed} expect.toml files rewritten; review them with git diff");
        let summary = claimdiff::testing::run(&dir, a.rules.as_deref())?;
        return Ok(test_exit(&summary));
    }
    claimdiff::testing::render::write(&summary, &mut std::io::stdout().lock())?;
    Ok(test_exit(&summary))
}

fn test_exit(s: &claimdiff::testing::Summary) -> ExitCode {
    if s.broken > 0 {
        ExitCode::from(2)
    } else if s.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn normalize(a: NormalizeArgs) -> anyhow::Result<ExitCode> {
    let settings = match &a.rules {
        Some(dir) if dir.join("settings.toml").is_file() => {
            let path = dir.join("settings.toml");
            let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
            claimdiff::settings::Settings::parse(&path.display().to_string(), &text)?
        }
        _ => claimdiff::settings::Settings::bundled(),
    };
    let text = if a.text.is_empty() {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut s).context("reading standard input")?;
        s
    } else {
        a.text.join(" ")
    };
    let items = claimdiff::normalize::scan::Normalizer::new(&settings).scan(&text, a.reference);
    let mut out = std::io::stdout().lock();
    for item in &items {
        match a.format {
            NormalizeFormat::Jsonl => writeln!(out, "{}", serde_json::to_string(item)?)?,
            NormalizeFormat::Text => writeln!(out, "{}", item.display())?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_turns_auto_off_on_a_terminal() {
        let set = Some(std::ffi::OsStr::new("1"));
        assert!(use_color(Color::Auto, true, None));
        assert!(!use_color(Color::Auto, true, set));
        assert!(use_color(Color::Auto, true, Some(std::ffi::OsStr::new(""))));
        assert!(!use_color(Color::Auto, false, None));
        assert!(use_color(Color::Always, false, set));
        assert!(!use_color(Color::Never, true, None));
    }
}
