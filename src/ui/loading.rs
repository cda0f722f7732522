//! Background loading of an article folder: reads the corpus, builds the timeline and finds every
//! temporal expression for the reader, on a named thread, reporting progress over a channel and
//! stopping early when cancelled. Owns no UI state; the app polls [`LoadJob::poll`] each frame.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use chrono::NaiveDate;

use crate::corpus::{Corpus, CorpusError, LoadOptions};
use crate::extract::{self, Mention, Reference};
use crate::timeline::{self, BuildOptions, Timeline};

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
            .map(|doc| extract::extract(&doc.text, &doc.reference()))
            .collect();
        Self {
            corpus,
            timeline,
            mentions,
        }
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
        document_dates: BTreeMap<String, NaiveDate>,
        wake: impl Fn() + Send + Sync + 'static,
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
    document_dates: &BTreeMap<String, NaiveDate>,
    cancel: &AtomicBool,
    progress: &(dyn Fn(LoadProgress) + Sync),
) -> Result<Loaded, String> {
    let cancelled = || cancel.load(Ordering::Relaxed);
    let file_progress = |done: usize, total: usize| {
        progress(LoadProgress {
            stage: "reading articles",
            done,
            total,
        });
    };
    let options = LoadOptions {
        progress: Some(&file_progress),
        cancel: Some(cancel),
        ..LoadOptions::default()
    };
    let corpus = match target {
        LoadTarget::Samples => Corpus::samples_with(&options),
        LoadTarget::Path(path) if std::fs::symlink_metadata(path).is_err() => {
            Err(CorpusError::NotFound { path: path.clone() })
        }
        LoadTarget::Path(path) => Corpus::open_with(std::slice::from_ref(path), &options),
        LoadTarget::Paths(paths) => Corpus::open_with(paths, &options),
    }
    .map_err(|err| match err {
        CorpusError::Cancelled => "cancelled".to_owned(),
        other => other.to_string(),
    })?;
    if cancelled() {
        return Err("cancelled".to_owned());
    }
    let total = corpus.documents.len();
    progress(LoadProgress {
        stage: "building the timeline",
        done: 0,
        total,
    });
    let build_options = BuildOptions {
        date_corrections: document_dates
            .iter()
            .map(|(path, date)| (PathBuf::from(path), *date))
            .collect(),
        ..BuildOptions::default()
    };
    let timeline = timeline::build_with(&corpus, &build_options);
    if cancelled() {
        return Err("cancelled".to_owned());
    }
    let mut mentions = Vec::with_capacity(total);
    for (done, doc) in corpus.documents.iter().enumerate() {
        if cancelled() {
            return Err("cancelled".to_owned());
        }
        let corrected = document_dates.get(&doc.path.display().to_string());
        let reference = match corrected {
            Some(date) => Reference::known(*date),
            None => doc.reference(),
        };
        mentions.push(extract::extract(&doc.text, &reference));
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
