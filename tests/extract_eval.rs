//! Accuracy floors on the TimeBank and AQUAINT gold (`../shared/eval/*.jsonl`), scored in-process
//! the way `score_timex.py` scores the command: relaxed match = any overlap (one-to-one), value F1 =
//! value accuracy × relaxed F1. The floors sit a little under the figures reached, so a change that
//! costs accuracy fails here. Skips with a message when the evaluation data is absent.

use std::path::Path;

use chrono::NaiveDate;
use dateline::extract::{Reference, extract};
use serde::Deserialize;

#[derive(Deserialize)]
struct GoldDoc {
    dct: NaiveDate,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Deserialize)]
struct GoldTimex {
    start: usize,
    end: usize,
    value: String,
}

struct Score {
    relaxed_f1: f64,
    value_f1: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn score(path: &Path) -> Score {
    let (mut n_gold, mut n_sys, mut relaxed, mut values) = (0usize, 0usize, 0usize, 0usize);
    for line in std::fs::read_to_string(path).unwrap().lines() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: GoldDoc = serde_json::from_str(line).unwrap();
        let char_of_byte: std::collections::HashMap<usize, usize> = doc
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(doc.text.len()))
            .enumerate()
            .map(|(c, b)| (b, c))
            .collect();
        let system: Vec<(usize, usize, String)> = extract(&doc.text, &Reference::known(doc.dct))
            .into_iter()
            .map(|m| (char_of_byte[&m.start], char_of_byte[&m.end], m.value))
            .collect();
        n_gold += doc.timexes.len();
        n_sys += system.len();
        let mut used = vec![false; system.len()];
        for g in &doc.timexes {
            let mut best: Option<usize> = None;
            for (k, (s, e, _)) in system.iter().enumerate() {
                if used[k] || *s >= g.end || *e <= g.start {
                    continue;
                }
                if best.is_none() || (*s, *e) == (g.start, g.end) {
                    best = Some(k);
                }
            }
            if let Some(k) = best {
                used[k] = true;
                relaxed += 1;
                values += usize::from(system[k].2 == g.value);
            }
        }
    }
    let p = relaxed as f64 / n_sys.max(1) as f64;
    let r = relaxed as f64 / n_gold.max(1) as f64;
    let rf = f1(p, r);
    Score {
        relaxed_f1: 100.0 * rf,
        value_f1: 100.0 * rf * values as f64 / relaxed.max(1) as f64,
    }
}

fn check(corpus: &str, value_floor: f64, relaxed_floor: f64) {
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval")).join(corpus);
    if !path.exists() {
        println!("skipped: {} is absent", path.display());
        return;
    }
    let s = score(&path);
    println!(
        "{corpus}: value F1 {:.2}, relaxed F1 {:.2}",
        s.value_f1, s.relaxed_f1
    );
    assert!(
        s.value_f1 >= value_floor,
        "{corpus}: value F1 {:.2} < {value_floor}",
        s.value_f1
    );
    assert!(
        s.relaxed_f1 >= relaxed_floor,
        "{corpus}: relaxed F1 {:.2} < {relaxed_floor}",
        s.relaxed_f1
    );
}

#[test]
fn timebank_value_f1_floor() {
    check("timebank.jsonl", 86.0, 94.8);
}

#[test]
fn aquaint_value_f1_floor() {
    check("aquaint.jsonl", 78.3, 94.0);
}
