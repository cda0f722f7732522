//! Merging: mentions of the same date that tell the same thing become one event with several
//! sources; a coarse mention ("in January") of what a day-precise event tells joins that event; and
//! two day-precise events that clearly tell the same thing with different dates become one event
//! with a recorded conflict. Works on candidate indices and content words; knows nothing of titles,
//! importance or output.

use std::collections::{BTreeMap, HashMap};

use super::building::Candidate;
use super::words::shared_weight;
use super::{EventKind, Granularity};

/// Weighted overlap (shared / union word weight) above which two passages of one date tell the
/// same event.
const SAME_EVENT_SIMILARITY: f64 = 0.3;
/// The same, for two mentions of one date in one article (a story mostly retells its own events).
const SAME_ARTICLE_SIMILARITY: f64 = 0.1;
/// The same, for a coarse mention joining a finer event inside its interval.
const FOLD_SIMILARITY: f64 = 0.35;
/// The same, for two day-precise events with different dates to count as one event in conflict.
const CONFLICT_SIMILARITY: f64 = 0.6;
/// ...and they must share at least this many content words.
const CONFLICT_MIN_SHARED_WORDS: usize = 5;
/// Words found in more seeds than this are not used to look up candidates (they are in everything).
const MAX_POSTINGS: usize = 400;
/// Most finer events a coarse cluster is compared with.
const MAX_FOLD_CHECKS: usize = 4000;

/// Mentions merged into one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// Candidate indices telling the event, in candidate order.
    pub members: Vec<usize>,
    /// Candidate indices that give the event a different date.
    pub conflicts: Vec<usize>,
    /// The candidate whose passage stands for the event.
    pub seed: usize,
}

/// Word weights: rarer words say more about an event.
pub struct WordWeights {
    weights: HashMap<u64, f64>,
    frequency: HashMap<u64, u32>,
}

impl WordWeights {
    /// Inverse document frequency over `documents` word sets.
    pub fn from_document_words<'a>(documents: impl Iterator<Item = &'a [u64]>) -> Self {
        let mut frequency: HashMap<u64, u32> = HashMap::new();
        let mut count = 0u32;
        for words in documents {
            count += 1;
            for &word in words {
                *frequency.entry(word).or_default() += 1;
            }
        }
        let total = f64::from(count.max(1));
        let weights = frequency
            .iter()
            .map(|(&word, &df)| (word, (total / f64::from(df)).ln() + 1.0))
            .collect();
        Self { weights, frequency }
    }

    /// The `count` words found in most documents (at least two): the folder's topic words.
    pub fn topic_words(&self, count: usize) -> std::collections::HashSet<u64> {
        let mut words: Vec<(u32, u64)> = self
            .frequency
            .iter()
            .filter(|&(_, &df)| df >= 2)
            .map(|(&word, &df)| (df, word))
            .collect();
        words.sort_unstable_by(|a, b| b.cmp(a));
        words
            .into_iter()
            .take(count)
            .map(|(_, word)| word)
            .collect()
    }

    /// The weight of one word (unknown words weigh as a word seen once).
    pub fn weight(&self, word: u64) -> f64 {
        self.weights.get(&word).copied().unwrap_or(1.0)
    }

    fn total(&self, words: &[u64]) -> f64 {
        words.iter().map(|&w| self.weight(w)).sum()
    }

    /// Weighted Jaccard similarity of two sorted word sets.
    pub fn similarity(&self, a: &[u64], b: &[u64]) -> f64 {
        let shared = shared_weight(a, b, |w| self.weight(w));
        let union = self.total(a) + self.total(b) - shared;
        if union <= 0.0 { 0.0 } else { shared / union }
    }
}

/// Merges candidates into clusters, each the sources of one event. Output is sorted by the first
/// member's index.
pub fn merge(candidates: &[&Candidate], weights: &WordWeights) -> Vec<Cluster> {
    let mut groups: BTreeMap<
        (chrono::NaiveDate, chrono::NaiveDate, Granularity, EventKind),
        Vec<usize>,
    > = BTreeMap::new();
    for (index, candidate) in candidates.iter().enumerate() {
        let granularity = match candidate.interval.granularity {
            Granularity::Time => Granularity::Day,
            other => other,
        };
        groups
            .entry((
                candidate.interval.start,
                candidate.interval.end,
                granularity,
                candidate.kind,
            ))
            .or_default()
            .push(index);
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    for members in groups.values() {
        clusters.extend(cluster_one_date(candidates, members, weights));
    }
    let mut clusters = fold_coarse_into_fine(candidates, clusters, weights);
    record_conflicts(candidates, &mut clusters, weights);
    for cluster in &mut clusters {
        cluster.members.sort_unstable();
        cluster.conflicts.sort_unstable();
    }
    clusters.sort_by_key(|cluster| cluster.members[0]);
    clusters
}

/// Leader clustering of the mentions of one date: each joins the most similar event so far, or
/// starts a new one.
fn cluster_one_date(
    candidates: &[&Candidate],
    members: &[usize],
    weights: &WordWeights,
) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut seed_totals: Vec<f64> = Vec::new();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut by_passage: HashMap<(usize, usize), usize> = HashMap::new();
    let mut by_words: HashMap<&[u64], usize> = HashMap::new();
    let mut by_document: HashMap<usize, Vec<usize>> = HashMap::new();
    for &index in members {
        let candidate: &Candidate = candidates[index];
        let found = by_passage
            .get(&(candidate.doc, candidate.passage.start))
            .or_else(|| {
                by_words
                    .get(candidate.words.as_slice())
                    .filter(|_| !candidate.words.is_empty())
            })
            .copied()
            .or_else(|| {
                best_match(
                    candidate,
                    &clusters,
                    &seed_totals,
                    &postings,
                    &by_document,
                    candidates,
                    weights,
                )
            });
        let cluster_index = match found {
            Some(cluster_index) => {
                clusters[cluster_index].members.push(index);
                cluster_index
            }
            None => {
                let cluster_index = clusters.len();
                clusters.push(Cluster {
                    members: vec![index],
                    conflicts: Vec::new(),
                    seed: index,
                });
                seed_totals.push(weights.total(&candidate.words));
                for &word in &candidate.words {
                    postings.entry(word).or_default().push(cluster_index);
                }
                by_words.insert(candidate.words.as_slice(), cluster_index);
                cluster_index
            }
        };
        by_passage.insert((candidate.doc, candidate.passage.start), cluster_index);
        let in_document = by_document.entry(candidate.doc).or_default();
        if !in_document.contains(&cluster_index) {
            in_document.push(cluster_index);
        }
    }
    clusters
}

fn best_match(
    candidate: &Candidate,
    clusters: &[Cluster],
    seed_totals: &[f64],
    postings: &HashMap<u64, Vec<usize>>,
    by_document: &HashMap<usize, Vec<usize>>,
    candidates: &[&Candidate],
    weights: &WordWeights,
) -> Option<usize> {
    // Same article first, with the lower bar.
    if let Some(in_document) = by_document.get(&candidate.doc) {
        let best = in_document
            .iter()
            .map(|&c| {
                (
                    c,
                    weights.similarity(&candidate.words, &candidates[clusters[c].seed].words),
                )
            })
            .filter(|&(_, similarity)| similarity >= SAME_ARTICLE_SIMILARITY)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((c, _)) = best {
            return Some(c);
        }
    }
    let mut overlap: HashMap<usize, f64> = HashMap::new();
    for &word in &candidate.words {
        if let Some(list) = postings.get(&word) {
            if list.len() > MAX_POSTINGS {
                continue;
            }
            let weight = weights.weight(word);
            for &c in list {
                *overlap.entry(c).or_default() += weight;
            }
        }
    }
    let total = weights.total(&candidate.words);
    overlap
        .into_iter()
        .map(|(c, shared)| {
            (
                c,
                shared / (total + seed_totals[c] - shared).max(f64::MIN_POSITIVE),
            )
        })
        .filter(|&(_, similarity)| similarity >= SAME_EVENT_SIMILARITY)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(c, _)| c)
}

/// A month, season or year mention whose passage tells a day-precise (or finer) event inside its
/// interval joins that event.
fn fold_coarse_into_fine(
    candidates: &[&Candidate],
    clusters: Vec<Cluster>,
    weights: &WordWeights,
) -> Vec<Cluster> {
    let interval = |cluster: &Cluster| candidates[cluster.seed].interval;
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&c| (interval(&clusters[c]).start, c));
    let starts: Vec<chrono::NaiveDate> = order
        .iter()
        .map(|&c| interval(&clusters[c]).start)
        .collect();
    let mut target_of: Vec<Option<usize>> = vec![None; clusters.len()];
    for (c, cluster) in clusters.iter().enumerate() {
        let coarse = interval(cluster);
        if coarse.length_days() <= 1 {
            continue;
        }
        let seed_words = &candidates[cluster.seed].words;
        if seed_words.is_empty() {
            continue;
        }
        let first = starts.partition_point(|&start| start < coarse.start);
        let mut best: Option<(usize, f64)> = None;
        for &other in order[first..].iter().take(MAX_FOLD_CHECKS) {
            let fine = interval(&clusters[other]);
            if fine.start >= coarse.end {
                break;
            }
            if other == c || !coarse.contains(&fine) || fine.length_days() >= coarse.length_days() {
                continue;
            }
            if candidates[clusters[other].seed].kind != candidates[cluster.seed].kind {
                continue;
            }
            let similarity =
                weights.similarity(seed_words, &candidates[clusters[other].seed].words);
            if similarity >= FOLD_SIMILARITY && best.is_none_or(|(_, s)| similarity > s) {
                best = Some((other, similarity));
            }
        }
        target_of[c] = best.map(|(other, _)| other);
    }
    // Follow chains (year → month → day) to the finest target.
    let resolve = |mut c: usize| {
        let mut steps = 0;
        while let Some(next) = target_of[c] {
            c = next;
            steps += 1;
            if steps > 8 {
                break;
            }
        }
        c
    };
    let mut merged: Vec<Option<Cluster>> = clusters.into_iter().map(Some).collect();
    for c in 0..merged.len() {
        let target = resolve(c);
        if target != c
            && let Some(folded) = merged[c].take()
            && let Some(into) = merged[target].as_mut()
        {
            into.members.extend(folded.members);
        }
    }
    merged.into_iter().flatten().collect()
}

/// Two day-precise events from different articles whose passages are near-identical but whose
/// dates differ: the smaller joins the larger as a conflict.
fn record_conflicts(candidates: &[&Candidate], clusters: &mut Vec<Cluster>, weights: &WordWeights) {
    let is_day = |cluster: &Cluster| candidates[cluster.seed].interval.length_days() == 1;
    let mut order: Vec<usize> = (0..clusters.len())
        .filter(|&c| is_day(&clusters[c]))
        .collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(clusters[c].members.len()), c));
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for &c in &order {
        for &word in &candidates[clusters[c].seed].words {
            postings.entry(word).or_default().push(c);
        }
    }
    let mut absorbed = vec![false; clusters.len()];
    for &c in &order {
        if absorbed[c] {
            continue;
        }
        let seed = &candidates[clusters[c].seed];
        let mut shared_count: HashMap<usize, usize> = HashMap::new();
        for word in &seed.words {
            if let Some(list) = postings.get(word) {
                if list.len() > MAX_POSTINGS {
                    continue;
                }
                for &other in list {
                    *shared_count.entry(other).or_default() += 1;
                }
            }
        }
        let mut rivals: Vec<usize> = shared_count
            .into_iter()
            .filter(|&(other, count)| {
                other != c && !absorbed[other] && count >= CONFLICT_MIN_SHARED_WORDS
            })
            .map(|(other, _)| other)
            .collect();
        rivals.sort_unstable();
        for other in rivals {
            let rival = &candidates[clusters[other].seed];
            if rival.interval.start == seed.interval.start || rival.kind != seed.kind {
                continue;
            }
            let documents_differ = clusters[other].members.iter().any(|&m| {
                clusters[c]
                    .members
                    .iter()
                    .all(|&n| candidates[n].doc != candidates[m].doc)
            });
            if !documents_differ
                || weights.similarity(&seed.words, &rival.words) < CONFLICT_SIMILARITY
            {
                continue;
            }
            // The larger keeps its date; ties go to the earlier cluster.
            let keep_other = clusters[other].members.len() > clusters[c].members.len();
            if keep_other {
                continue;
            }
            absorbed[other] = true;
            let members = std::mem::take(&mut clusters[other].members);
            clusters[c].conflicts.extend(members);
        }
    }
    let mut index = 0;
    clusters.retain(|_| {
        let keep = !absorbed[index];
        index += 1;
        keep
    });
}
