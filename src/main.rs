//! The `claimdiff` binary: parse the command line, run, map the outcome to
//! exit codes — 0 ran and found nothing at or above `--fail-on`, 1 found
//! something at that level, 2 bad usage or input.

mod cli;

use anyhow::Context as _;
use claimdiff::corpus::{LoadOptions, Warning};
use claimdiff::model::Severity;
use claimdiff::report::{self, output};
use claimdiff::rules::RuleSet;
use claimdiff::Options;
use clap::Parser;
use cli::{CheckArgs, Cli, Color, Command, ExtractArgs, InputArgs, Level, ReportFormat, RulesArgs, TestArgs};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
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

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check(a) => check(a),
        Command::Extract(a) => extract(a),
        Command::Test(a) => test(a),
        Command::Rules(a) => rules(a),
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
            ..LoadOptions::default()
        },
        max_claims_per_doc: input.max_claims_per_doc,
    })
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
    let opts = options(&a.input)?;
    let report = claimdiff::check(&opts)?;
    print_warnings(&report.warnings, a.input.quiet);
    let to_terminal = a.input.output.is_none() && std::io::stdout().is_terminal();
    let format = a.format.unwrap_or(if to_terminal { ReportFormat::Text } else { ReportFormat::Csv });
    let color = match a.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    output::write(a.input.output.as_deref(), &opts.paths, |w| match format {
        ReportFormat::Csv => report::csv::write(&report, w).map_err(std::io::Error::other),
        ReportFormat::Text => report::text::write(&report, report::text::Style { color }, w),
    })
    .context("writing the report")?;
    let level = match a.fail_on {
        Level::Info => Severity::Info,
        Level::Warning => Severity::Warning,
        Level::Error => Severity::Error,
    };
    Ok(if report.count_at_least(level) > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn extract(a: ExtractArgs) -> anyhow::Result<ExitCode> {
    let opts = options(&a.input)?;
    let rules = RuleSet::load(opts.rules_dir.as_deref())?;
    let extraction = claimdiff::extract(&opts, &rules)?;
    print_warnings(&extraction.warnings, a.input.quiet);
    output::write(a.input.output.as_deref(), &opts.paths, |w| {
        report::claims_csv::write(&extraction.claims, w).map_err(std::io::Error::other)
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
