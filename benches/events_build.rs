//! Events for ~30 MB of news text: the Haiti folder (`../shared/eval/t17-haiti_bbc/InputDocs`)
//! copied 25 times, or the bundled samples copied to the same size when `../shared` is absent.
//! `build` is the whole step (extraction and assembly, as `dateline events` runs it after loading);
//! `assemble` is merging, titles and importance alone. Loading is not timed.
//! Run: `cargo bench --no-default-features --bench events_build`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::corpus::{Corpus, LoadOptions};
use dateline::samples::SAMPLES;
use dateline::timeline::{BuildOptions, TimelineBuilder, build};

const COPIES: usize = 25;
const TARGET_BYTES: usize = 30_000_000;

fn haiti_files() -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/t17-haiti_bbc/InputDocs"
    ));
    let mut files = Vec::new();
    let Ok(days) = std::fs::read_dir(root) else {
        return files;
    };
    for day in days.flatten() {
        for file in std::fs::read_dir(day.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if let Ok(bytes) = std::fs::read(file.path()) {
                let relative = file
                    .path()
                    .strip_prefix(root)
                    .map(Path::to_path_buf)
                    .unwrap_or_default();
                files.push((relative, bytes));
            }
        }
    }
    files.sort();
    files
}

fn corpus_of_30_mb() -> Corpus {
    let mut originals = haiti_files();
    let copies = if originals.is_empty() {
        eprintln!("../shared not found: benchmarking the bundled samples copied to ~30 MB");
        originals = SAMPLES
            .iter()
            .map(|s| (PathBuf::from(s.name), s.bytes.to_vec()))
            .collect();
        let size: usize = originals.iter().map(|(_, b)| b.len()).sum();
        TARGET_BYTES.div_ceil(size.max(1))
    } else {
        COPIES
    };
    let files: Vec<(PathBuf, Vec<u8>)> = (0..copies)
        .flat_map(|copy| {
            originals.iter().map(move |(path, bytes)| {
                (
                    Path::new(&format!("copy-{copy:03}")).join(path),
                    bytes.clone(),
                )
            })
        })
        .collect();
    let borrowed: Vec<(PathBuf, &[u8])> = files
        .iter()
        .map(|(p, b)| (p.clone(), b.as_slice()))
        .collect();
    let corpus = Corpus::from_memory(&borrowed, &LoadOptions::default()).unwrap_or_default();
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "{} documents, {:.1} MB of text",
        corpus.documents.len(),
        bytes as f64 / 1e6
    );
    corpus
}

fn bench(c: &mut Criterion) {
    let corpus = corpus_of_30_mb();
    let mut group = c.benchmark_group("events_build");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("build_30mb", |b| b.iter(|| build(&corpus)));
    let builder = TimelineBuilder::new(&corpus, &BuildOptions::default());
    group.bench_function("assemble_30mb", |b| b.iter(|| builder.timeline(&corpus)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
