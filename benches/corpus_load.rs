//! Loading a large article folder: 5,000 generated files (about 30 MB of text) in 50 sub-folders,
//! with datelines, dated paths, reference lists, boilerplate and undated articles that fall back on
//! the folder consensus. Target: under 1 s on 2 cores.

use std::fs;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::corpus::Corpus;

const FOLDERS: usize = 50;
const FILES_PER_FOLDER: usize = 100;
const PARAGRAPHS_PER_FILE: usize = 11;

const WORDS: &[&str] = &[
    "the",
    "minister",
    "said",
    "on",
    "talks",
    "with",
    "government",
    "and",
    "officials",
    "of",
    "a",
    "new",
    "agreement",
    "was",
    "signed",
    "in",
    "capital",
    "after",
    "weeks",
    "negotiations",
    "that",
    "would",
    "energy",
    "security",
    "border",
    "region",
    "president",
    "announced",
    "for",
    "support",
    "aid",
    "forces",
    "reported",
    "at",
    "least",
    "people",
    "were",
    "by",
    "their",
    "country",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A small deterministic generator, so every run writes the same folder.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

fn sentence(rng: &mut Lcg) -> String {
    let mut words: Vec<&str> = (0..14 + rng.next(10))
        .map(|_| WORDS[rng.next(WORDS.len())])
        .collect();
    if rng.next(3) == 0 {
        words.push("on");
        words.push(MONTHS[rng.next(12)]);
    }
    let mut text = words.join(" ");
    if let Some(first) = text.get(..1) {
        text.replace_range(..1, &first.to_uppercase());
    }
    text.push('.');
    text
}

fn article(rng: &mut Lcg, index: usize) -> String {
    let mut text = String::from("Skip to content\n\n");
    let day = 1 + index % 28;
    let month = MONTHS[index % 12];
    if index.is_multiple_of(5) {
        text.push_str(&format!("{month} {day}, 2025, 4:39 PM\n\n"));
    }
    text.push_str(&format!(
        "Officials meet for talks on the border agreement number {index}\n\n"
    ));
    for _ in 0..PARAGRAPHS_PER_FILE {
        let paragraph: Vec<String> = (0..3 + rng.next(3)).map(|_| sentence(rng)).collect();
        text.push_str(&paragraph.join(" "));
        text.push_str("\n\n");
    }
    if index % 5 == 1 {
        text.push_str(&format!(
            "[i] “A source”, Agency, https://example.com/news/{index}, (Access Date: {day:02}.07.2025).\n\n"
        ));
    }
    text.push_str("You May Also Like\n\nAnother story about the region and its neighbours...\n");
    text
}

fn write_folder(root: &Path) -> usize {
    let mut rng = Lcg(42);
    let mut bytes = 0;
    for folder in 0..FOLDERS {
        let dir = if folder.is_multiple_of(2) {
            root.join(format!("2025-07-{:02}-{folder:02}", 1 + folder % 28))
        } else {
            root.join(format!("section-{folder:02}"))
        };
        fs::create_dir_all(&dir).expect("create folder");
        for file in 0..FILES_PER_FOLDER {
            let text = article(&mut rng, folder * FILES_PER_FOLDER + file);
            bytes += text.len();
            fs::write(dir.join(format!("{file:03}.txt")), text).expect("write article");
        }
    }
    bytes
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let bytes = write_folder(dir.path());
    eprintln!(
        "corpus_load: {} files, {:.1} MB of text",
        FOLDERS * FILES_PER_FOLDER,
        bytes as f64 / 1e6
    );
    let mut group = c.benchmark_group("corpus_load");
    group.sample_size(10);
    group.bench_function("open_5000_files", |b| {
        b.iter(|| {
            let corpus = Corpus::open(dir.path()).expect("load");
            assert_eq!(corpus.documents.len(), FOLDERS * FILES_PER_FOLDER);
            corpus
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
