//! Background loading of an article folder: reads the corpus, builds the timeline and finds every
//! temporal expression for the reader, on a named thread, reporting progress over a channel and
//! stopping early when cancelled. Owns no UI state; the app polls [`LoadJob::poll`] each frame.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use chrono::NaiveDate;

use crate::corpus::Corpus;
use crate::extract::{self, Mention, Reference};
use crate::timeline::{self, Timeline};

use super::corrections::SAMPLES_KEY;

/// What to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadTarget {
    /// The bundled sample articles.
    Samples,
    /// A folder or file on disk.
    Path(PathBuf),
    /// Several files or folders (dropped together), read as one corpus.
    Paths(Vec<PathBuf>),
}

impl LoadTarget {
    /// The key corrections are stored under: the path as opened, or [`SAMPLES_KEY`].
    pub fn key(&self) -> String {
        match self {
            Self::Samples => SAMPLES_KEY.to_owned(),
            Self::Path(path) => path.display().to_string(),
            Self::Paths(paths) => paths
                .iter()
                .map(|path| path.display().to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// A short name for the title bar.
    pub fn display_name(&self) -> String {
        match self {
            Self::Samples => "sample articles".to_owned(),
            Self::Path(path) => path.display().to_string(),
            Self::Paths(paths) => format!("{} dropped files", paths.len()),
        }
    }
}

/// A loaded folder: its articles, their timeline and every temporal expression per article.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// The articles.
    pub corpus: Corpus,
    /// The timeline as built, before corrections.
    pub timeline: Timeline,
    /// Every temporal expression of each article (same order as `corpus.documents`).
    pub mentions: Vec<Vec<Mention>>,
}

impl Loaded {
    /// Builds the timeline and the reader's mentions for a corpus (on the calling thread).
    pub fn from_corpus(corpus: Corpus) -> Self {
        let timeline = timeline::build(&corpus);
        let mentions = corpus
            .documents
            .iter()
            .map(|doc| extract::extract(&doc.text, &reference_of(doc.date.as_ref())))
            .collect();
        Self {
            corpus,
            timeline,
            mentions,
        }
    }
}

/// The reference date the extractor resolves an article's relative dates against.
fn reference_of(date: Option<&crate::corpus::DocumentDate>) -> Reference {
    match date {
        Some(date) => Reference {
            date: Some(date.date.date()),
            year_known: date.year_known,
        },
        None => Reference::unknown(),
    }
}

/// Progress of a load: which stage, and how far it is.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadProgress {
    /// What is being done ("reading articles", "building the timeline").
    pub stage: &'static str,
    /// Units done.
    pub done: usize,
    /// Units in all (0 when not known yet).
    pub total: usize,
}

impl LoadProgress {
    /// 0.0 – 1.0, for the progress bar.
    pub fn fraction(&self) -> f32 {
        if self.total == 0 {
            0.0
        } else {
            (self.done as f32 / self.total as f32).clamp(0.0, 1.0)
        }
    }
}

/// A message from the loading thread.
enum LoadMessage {
    Progress(LoadProgress),
    Done(Result<Box<Loaded>, String>),
}

/// What polling a job found.
#[derive(Debug)]
pub enum LoadPoll {
    /// Still working.
    Working,
    /// Finished.
    Done(Result<Box<Loaded>, String>),
}

/// A load running in the background.
pub struct LoadJob {
    /// What is being opened.
    pub target: LoadTarget,
    /// The latest progress.
    pub progress: LoadProgress,
    cancel: Arc<AtomicBool>,
    receiver: Receiver<LoadMessage>,
}

impl LoadJob {
    /// Starts loading `target` on a background thread; `document_dates` are the user's corrected
    /// article dates. `wake` is called whenever there is news (the app passes a repaint request).
    pub fn start(
        target: LoadTarget,
        document_dates: std::collections::BTreeMap<String, NaiveDate>,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, String> {
        let (sender, receiver) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let thread_cancel = Arc::clone(&cancel);
        let thread_target = target.clone();
        std::thread::Builder::new()
            .name("dateline-load".to_owned())
            .spawn(move || {
                let send = |message| {
                    // The receiver is gone when the app dropped the job; nothing to tell then.
                    let _ = sender.send(message);
                    wake();
                };
                let result = load(
                    &thread_target,
                    &document_dates,
                    &thread_cancel,
                    &|progress| {
                        send(LoadMessage::Progress(progress));
                    },
                );
                if !thread_cancel.load(Ordering::Relaxed) {
                    send(LoadMessage::Done(result.map(Box::new)));
                }
            })
            .map_err(|err| format!("cannot start loading: {err}"))?;
        Ok(Self {
            target,
            progress: LoadProgress {
                stage: "reading articles",
                done: 0,
                total: 0,
            },
            cancel,
            receiver,
        })
    }

    /// Asks the thread to stop; its result is dropped.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Takes the thread's news: the latest progress, or the result.
    pub fn poll(&mut self) -> LoadPoll {
        loop {
            match self.receiver.try_recv() {
                Ok(LoadMessage::Progress(progress)) => self.progress = progress,
                Ok(LoadMessage::Done(result)) => return LoadPoll::Done(result),
                Err(TryRecvError::Empty) => return LoadPoll::Working,
                Err(TryRecvError::Disconnected) => {
                    return LoadPoll::Done(Err("loading stopped unexpectedly".to_owned()));
                }
            }
        }
    }

    /// Waits for the result (tests and `--screenshot` use this).
    pub fn wait(self) -> Result<Box<Loaded>, String> {
        loop {
            match self.receiver.recv() {
                Ok(LoadMessage::Progress(_)) => {}
                Ok(LoadMessage::Done(result)) => return result,
                Err(_) => return Err("loading stopped unexpectedly".to_owned()),
            }
        }
    }
}

impl Drop for LoadJob {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// The work of a load, stage by stage, checking the cancel flag between stages.
fn load(
    target: &LoadTarget,
    document_dates: &std::collections::BTreeMap<String, NaiveDate>,
    cancel: &AtomicBool,
    progress: &dyn Fn(LoadProgress),
) -> Result<Loaded, String> {
    let cancelled = || cancel.load(Ordering::Relaxed);
    progress(LoadProgress {
        stage: "reading articles",
        done: 0,
        total: 0,
    });
    let mut corpus = match target {
        LoadTarget::Samples => Corpus::samples(),
        LoadTarget::Path(path) => Corpus::open(path).map_err(|err| err.to_string())?,
        LoadTarget::Paths(paths) => {
            let mut merged = Corpus::default();
            for path in paths {
                match Corpus::open(path) {
                    Ok(corpus) => {
                        merged.documents.extend(corpus.documents);
                        merged.warnings.extend(corpus.warnings);
                    }
                    Err(err) => merged.warnings.push(crate::corpus::LoadWarning {
                        path: path.clone(),
                        message: err.to_string(),
                    }),
                }
            }
            merged.documents.sort_by(|a, b| a.path.cmp(&b.path));
            merged.warnings.sort_by(|a, b| a.path.cmp(&b.path));
            merged
        }
    };
    if cancelled() {
        return Err("cancelled".to_owned());
    }
    apply_document_dates(&mut corpus, document_dates);
    let total = corpus.documents.len();
    progress(LoadProgress {
        stage: "building the timeline",
        done: 0,
        total,
    });
    let timeline = timeline::build(&corpus);
    if cancelled() {
        return Err("cancelled".to_owned());
    }
    let mut mentions = Vec::with_capacity(total);
    for (done, doc) in corpus.documents.iter().enumerate() {
        if cancelled() {
            return Err("cancelled".to_owned());
        }
        mentions.push(extract::extract(
            &doc.text,
            &reference_of(doc.date.as_ref()),
        ));
        if done % 16 == 0 {
            progress(LoadProgress {
                stage: "finding dates for the reader",
                done,
                total,
            });
        }
    }
    Ok(Loaded {
        corpus,
        timeline,
        mentions,
    })
}

/// Puts the user's corrected article dates into the corpus before the timeline is built.
fn apply_document_dates(
    corpus: &mut Corpus,
    document_dates: &std::collections::BTreeMap<String, NaiveDate>,
) {
    for doc in &mut corpus.documents {
        let key = doc.path.display().to_string();
        if let Some(date) = document_dates.get(&key) {
            doc.date = Some(crate::corpus::DocumentDate {
                date: date.and_time(chrono::NaiveTime::MIN),
                source: crate::corpus::DateSource::ReferenceDate,
                confidence: 1.0,
                evidence: "corrected by the user".to_owned(),
                year_known: true,
            });
        }
    }
}
