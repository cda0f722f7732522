//! Extractor throughput on news text and linear-time checks.
//!
//! `news_20mb`: the evaluation corpora's texts (`../shared/eval/*.jsonl`, or the bundled seeds when
//! absent) concatenated and repeated to at least 20 MB, extracted in one call on one thread.
//! `single_line/*`: the same text with line breaks replaced by spaces, cut to 1, 10 and 50 MB (one
//! line), and 1 MB of digits; times must grow in proportion to size.
//!
//! Run: `cargo bench --bench extract_speed` (the default features: `--no-default-features` changes the
//! dev-dependencies' feature set, which then needs `libwayland-dev`).

use std::hint::black_box;
use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::extract::{Reference, extract};

const MB: usize = 1024 * 1024;

/// The news text: evaluation corpora or, without them, the seeds.
fn news_text() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = String::new();
    let eval = root.join("../shared/eval");
    for name in ["timebank.jsonl", "aquaint.jsonl"] {
        let Ok(raw) = std::fs::read_to_string(eval.join(name)) else {
            continue;
        };
        for line in raw.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).expect("jsonl line");
            if let Some(t) = doc["text"].as_str() {
                text.push_str(t);
                text.push_str("\n\n");
            }
        }
    }
    if text.is_empty() {
        println!("../shared/eval absent: benchmarking on the seeds");
        let mut paths: Vec<_> = std::fs::read_dir(root.join("seeds"))
            .expect("seeds folder")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        for p in paths {
            text.push_str(&std::fs::read_to_string(p).expect("seed"));
            text.push_str("\n\n");
        }
    }
    text
}

/// `base` repeated until at least `bytes` long, then cut at a char boundary.
fn repeated(base: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + base.len());
    while out.len() < bytes {
        out.push_str(base);
    }
    let mut cut = bytes;
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn bench(c: &mut Criterion) {
    let reference = Reference::known(NaiveDate::from_ymd_opt(1998, 2, 6).expect("date"));
    let news = news_text();
    let big = repeated(&news, 20 * MB);
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("news_20mb", |b| {
        b.iter(|| black_box(extract(black_box(&big), &reference)))
    });
    group.finish();

    let line = news.replace(['\n', '\r'], " ");
    let mut group = c.benchmark_group("single_line");
    group.sample_size(10);
    for size_mb in [1, 10, 50] {
        let text = repeated(&line, size_mb * MB);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{size_mb}mb"), |b| {
            b.iter(|| black_box(extract(black_box(&text), &reference)))
        });
    }
    let digits = repeated("0123456789", MB);
    group.throughput(Throughput::Bytes(digits.len() as u64));
    group.bench_function("digits_1mb", |b| {
        b.iter(|| black_box(extract(black_box(&digits), &reference)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
