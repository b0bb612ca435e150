//! Criterion bench of the hot stages on the bundled seeds, so a change's
//! effect on one stage is visible: segment, numbers, dates, extract (all
//! families), align + rules. `cargo bench --bench stages`.

use claimdiff::corpus::{self, LoadOptions};
use claimdiff::extract::Extractor;
use claimdiff::normalize::date::{find_dates, Bias};
use claimdiff::normalize::number::NumberReader;
use claimdiff::rules::RuleSet;
use claimdiff::{align, rules, text};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn seeds() -> Vec<claimdiff::model::Document> {
    let options = LoadOptions::default();
    let plan = corpus::plan(&[], &options).expect("bundled seeds");
    plan.inputs.iter().flat_map(|i| corpus::load(i, &plan, &options).documents).collect()
}

fn stages(c: &mut Criterion) {
    let docs = seeds();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let set = RuleSet::bundled();
    let extractor = Extractor::new(set.settings.clone(), set.lexicon.clone());
    let numbers = NumberReader::new(&set.settings);
    let mut g = c.benchmark_group("seeds");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("segment", |b| {
        b.iter(|| docs.iter().map(|d| text::sentences::split(black_box(&d.text)).len()).sum::<usize>())
    });
    g.bench_function("numbers", |b| {
        b.iter(|| docs.iter().map(|d| numbers.find(black_box(&d.text)).len()).sum::<usize>())
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| find_dates(black_box(&d.text), d.published, Bias::Past, &set.settings.dates).len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| docs.iter().map(|d| extractor.extract(black_box(d)).len()).sum::<usize>())
    });
    let claims: Vec<_> = docs.iter().flat_map(|d| extractor.extract(d)).collect();
    g.bench_function("align+rules", |b| {
        b.iter(|| {
            let grouped = align::group(black_box(&claims));
            let groups = grouped.groups();
            let ctx = align::context(&groups, &set.lexicon);
            rules::engine::run(&set, &groups, &ctx).len()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
