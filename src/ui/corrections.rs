//! The user's corrections to a folder's timeline: hide, rename, re-date, merge, split a source off,
//! add an event from a passage, and correct an article's own date. Owns the correction list, its
//! undo/redo history, how corrections apply to the built timeline, and their atomic storage in the
//! user's data folder (keyed by the opened folder's path, never inside the article folder). No egui.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::timeline::{Event, EventKind, Granularity, Source, Timeline};

/// Version of the corrections file format.
pub const CORRECTIONS_FORMAT_VERSION: u32 = 1;

/// The key under which the bundled samples' corrections are stored.
pub const SAMPLES_KEY: &str = "<samples>";

/// One correction made by the user.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// Hide an event.
    Hide {
        /// The event's id.
        event: String,
    },
    /// Give an event a new title.
    Rename {
        /// The event's id.
        event: String,
        /// The new title.
        title: String,
    },
    /// Give an event a new date (`2025-08-15`, `2025-08` or `2025`).
    ChangeDate {
        /// The event's id.
        event: String,
        /// The new date as a TIMEX3 calendar value.
        date: String,
    },
    /// Merge one event into another: its sources move over and it disappears.
    Merge {
        /// The event that stays.
        into: String,
        /// The event that is merged away.
        from: String,
    },
    /// Move one source of an event into a new event of its own.
    SplitSource {
        /// The event's id.
        event: String,
        /// The source's document.
        doc: String,
        /// The source's mention start (byte offset), which identifies it within the document.
        mention_start: usize,
    },
    /// Add an event from a passage the user selected.
    AddEvent {
        /// The document.
        doc: String,
        /// Byte offset of the passage.
        passage_start: usize,
        /// Byte offset of the passage's end.
        passage_end: usize,
        /// The passage text.
        passage: String,
        /// The event's date as a TIMEX3 calendar value.
        date: String,
        /// The event's title.
        title: String,
    },
    /// Correct an article's own date; its relative dates are resolved again.
    DocumentDate {
        /// The document's display path.
        doc: String,
        /// The date (`YYYY-MM-DD`).
        date: String,
    },
}

impl Correction {
    /// One line for the history list and the status bar.
    pub fn describe(&self) -> String {
        match self {
            Self::Hide { event } => format!("hide {event}"),
            Self::Rename { event, title } => format!("rename {event} to “{title}”"),
            Self::ChangeDate { event, date } => format!("date of {event} → {date}"),
            Self::Merge { into, from } => format!("merge {from} into {into}"),
            Self::SplitSource { event, doc, .. } => format!("split the {doc} source off {event}"),
            Self::AddEvent { title, date, .. } => format!("add “{title}” on {date}"),
            Self::DocumentDate { doc, date } => format!("date of article {doc} → {date}"),
        }
    }
}

/// The corrections of one folder, as stored and as exported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorrectionsFile {
    /// Format version ([`CORRECTIONS_FORMAT_VERSION`]).
    pub version: u32,
    /// The folder the corrections belong to (its path as opened, or [`SAMPLES_KEY`]).
    pub folder: String,
    /// The corrections, oldest first.
    pub corrections: Vec<Correction>,
}

/// Errors reading or writing corrections.
#[derive(Debug, thiserror::Error)]
pub enum CorrectionsError {
    /// A file could not be read or written.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file is not a corrections file.
    #[error("not a corrections file ({reason}): {path}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// There is no user data folder to keep corrections in.
    #[error("no user data folder (set XDG_DATA_HOME or HOME)")]
    NoDataDir,
}

/// The list of corrections with undo and redo.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorrectionHistory {
    applied: Vec<Correction>,
    undone: Vec<Correction>,
}

impl CorrectionHistory {
    /// A history whose corrections were loaded from storage (nothing to redo).
    pub fn from_corrections(corrections: Vec<Correction>) -> Self {
        Self {
            applied: corrections,
            undone: Vec::new(),
        }
    }

    /// The corrections in force, oldest first.
    pub fn corrections(&self) -> &[Correction] {
        &self.applied
    }

    /// Adds a correction; clears what could be redone.
    pub fn push(&mut self, correction: Correction) {
        self.applied.push(correction);
        self.undone.clear();
    }

    /// Undoes the latest correction; returns it, or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Option<&Correction> {
        let correction = self.applied.pop()?;
        self.undone.push(correction);
        self.undone.last()
    }

    /// Redoes the latest undone correction.
    pub fn redo(&mut self) -> Option<&Correction> {
        let correction = self.undone.pop()?;
        self.applied.push(correction);
        self.applied.last()
    }

    /// Whether [`Self::undo`] would do something.
    pub fn can_undo(&self) -> bool {
        !self.applied.is_empty()
    }

    /// Whether [`Self::redo`] would do something.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Replaces every correction (an import); the previous list can be restored with undo of
    /// nothing — imports are not undoable one by one, so the redo list is cleared.
    pub fn replace_all(&mut self, corrections: Vec<Correction>) {
        self.applied = corrections;
        self.undone.clear();
    }
}

/// The documents' corrected dates, by display path.
pub fn document_dates(corrections: &[Correction]) -> BTreeMap<String, NaiveDate> {
    let mut dates = BTreeMap::new();
    for correction in corrections {
        if let Correction::DocumentDate { doc, date } = correction
            && let Some((start, _, Granularity::Day)) = parse_calendar_value(date)
        {
            dates.insert(doc.clone(), start);
        }
    }
    dates
}

/// Applies corrections to a built timeline; returns the corrected events (sorted by start date
/// then id) and one warning per correction that no longer fits (its event is gone).
pub fn apply(timeline: &Timeline, corrections: &[Correction]) -> (Vec<Event>, Vec<String>) {
    let mut events: Vec<Event> = timeline.events.clone();
    let mut warnings = Vec::new();
    let mut index: BTreeMap<String, usize> = events
        .iter()
        .enumerate()
        .map(|(i, event)| (event.id.clone(), i))
        .collect();
    let mut hidden = vec![false; events.len()];
    for (number, correction) in corrections.iter().enumerate() {
        let found = |id: &str| index.get(id).copied().filter(|&i| !hidden[i]);
        let missing = |id: &str| format!("correction {}: no event {id} any more", number + 1);
        match correction {
            Correction::Hide { event } => match found(event) {
                Some(i) => hidden[i] = true,
                None => warnings.push(missing(event)),
            },
            Correction::Rename { event, title } => match found(event) {
                Some(i) => events[i].title.clone_from(title),
                None => warnings.push(missing(event)),
            },
            Correction::ChangeDate { event, date } => {
                match (found(event), parse_calendar_value(date)) {
                    (Some(i), Some((start, end, granularity))) => {
                        let target = &mut events[i];
                        target.date.clone_from(date);
                        target.modifier = None;
                        target.start = start;
                        target.end = end;
                        target.granularity = granularity;
                    }
                    (None, _) => warnings.push(missing(event)),
                    (_, None) => {
                        warnings.push(format!("correction {}: “{date}” is not a date", number + 1))
                    }
                }
            }
            Correction::Merge { into, from } => match (found(into), found(from)) {
                (Some(keep), Some(gone)) if keep != gone => {
                    let moved = std::mem::take(&mut events[gone].sources);
                    let importance = events[gone].importance;
                    let target = &mut events[keep];
                    for source in moved {
                        if !target.sources.contains(&source) {
                            target.sources.push(source);
                        }
                    }
                    target.importance = target.importance.max(importance);
                    hidden[gone] = true;
                }
                (None, _) => warnings.push(missing(into)),
                _ => warnings.push(missing(from)),
            },
            Correction::SplitSource {
                event,
                doc,
                mention_start,
            } => {
                let Some(i) = found(event) else {
                    warnings.push(missing(event));
                    continue;
                };
                let position = events[i]
                    .sources
                    .iter()
                    .position(|s| &s.doc == doc && s.mention_start == *mention_start);
                match position {
                    Some(p) if events[i].sources.len() > 1 => {
                        let source = events[i].sources.remove(p);
                        let mut split = events[i].clone();
                        split.id = format!("{}-split-{}", events[i].id, number + 1);
                        split.sources = vec![source];
                        split.conflicts.clear();
                        index.insert(split.id.clone(), events.len());
                        events.push(split);
                        hidden.push(false);
                    }
                    _ => warnings.push(format!(
                        "correction {}: {event} has no other source to keep besides {doc}",
                        number + 1
                    )),
                }
            }
            Correction::AddEvent {
                doc,
                passage_start,
                passage_end,
                passage,
                date,
                title,
            } => {
                let Some((start, end, granularity)) = parse_calendar_value(date) else {
                    warnings.push(format!("correction {}: “{date}” is not a date", number + 1));
                    continue;
                };
                let id = format!("user-{}", number + 1);
                let event = Event {
                    id: id.clone(),
                    date: date.clone(),
                    modifier: None,
                    start,
                    end,
                    granularity,
                    title: title.clone(),
                    kind: EventKind::Event,
                    importance: 1.0,
                    sources: vec![Source {
                        doc: doc.clone(),
                        passage: passage.clone(),
                        passage_start: *passage_start,
                        passage_end: *passage_end,
                        mention_start: *passage_start,
                        mention_end: *passage_start,
                        mention_text: String::new(),
                        value: date.clone(),
                        anchor: crate::extract::Anchor::Explicit,
                        doc_date: None,
                        date_source: None,
                    }],
                    conflicts: Vec::new(),
                };
                index.insert(id, events.len());
                events.push(event);
                hidden.push(false);
            }
            // Applied when the timeline is built again (the article's relative dates move).
            Correction::DocumentDate { .. } => {}
        }
    }
    let mut kept: Vec<Event> = events
        .into_iter()
        .zip(hidden)
        .filter_map(|(event, hidden)| (!hidden).then_some(event))
        .collect();
    kept.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    (kept, warnings)
}

/// Parses a TIMEX3 calendar value (`2025-08-15`, `2025-08`, `2025`, `2025-W30`, `2024-SU`, …) into
/// its interval (start inclusive, end exclusive) and granularity.
pub fn parse_calendar_value(value: &str) -> Option<(NaiveDate, NaiveDate, Granularity)> {
    crate::timeline::interval::interval_of(value.trim())
        .map(|interval| (interval.start, interval.end, interval.granularity))
}

/// Formats a date the way the details panel and the list show it ("18 July 2025").
pub fn long_date(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), date.format("%B"), date.year())
}

/// Where corrections are kept: one JSON file per opened folder under `<data dir>/dateline/corrections/`.
#[derive(Clone, Debug)]
pub struct CorrectionStore {
    dir: PathBuf,
}

impl CorrectionStore {
    /// A store in `root` (normally `$XDG_DATA_HOME/dateline`; tests pass a temporary folder).
    pub fn new(root: &Path) -> Self {
        Self {
            dir: root.join("corrections"),
        }
    }

    /// A store in the user's data folder (`$XDG_DATA_HOME/dateline`).
    pub fn in_user_data_dir() -> Result<Self, CorrectionsError> {
        Ok(Self::new(
            &user_data_dir().ok_or(CorrectionsError::NoDataDir)?,
        ))
    }

    /// The file that holds a folder's corrections: a readable stem plus a stable hash of the key.
    pub fn path_for(&self, folder_key: &str) -> PathBuf {
        let stem: String = Path::new(folder_key)
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_else(|| "folder".to_owned())
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .take(40)
            .collect();
        self.dir.join(format!(
            "{stem}-{:016x}.json",
            fnv1a_64(folder_key.as_bytes())
        ))
    }

    /// Loads a folder's corrections; none stored is an empty list.
    pub fn load(&self, folder_key: &str) -> Result<Vec<Correction>, CorrectionsError> {
        let path = self.path_for(folder_key);
        if !path.exists() {
            return Ok(Vec::new());
        }
        Ok(read_corrections_file(&path)?.corrections)
    }

    /// Saves a folder's corrections atomically (temporary file + rename).
    pub fn save(
        &self,
        folder_key: &str,
        corrections: &[Correction],
    ) -> Result<(), CorrectionsError> {
        let path = self.path_for(folder_key);
        write_corrections_file(&path, folder_key, corrections)
    }
}

/// The user's data folder for Dateline: `$XDG_DATA_HOME/dateline` (or the platform's equivalent).
pub fn user_data_dir() -> Option<PathBuf> {
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(xdg).join("dateline"));
    }
    directories::BaseDirs::new().map(|dirs| dirs.data_dir().join("dateline"))
}

/// Reads a corrections file (stored or exported).
pub fn read_corrections_file(path: &Path) -> Result<CorrectionsFile, CorrectionsError> {
    let text = fs::read_to_string(path).map_err(|source| CorrectionsError::Io {
        action: "cannot read",
        path: path.to_path_buf(),
        source,
    })?;
    let file: CorrectionsFile =
        serde_json::from_str(&text).map_err(|err| CorrectionsError::Format {
            path: path.to_path_buf(),
            reason: err.to_string(),
        })?;
    if file.version > CORRECTIONS_FORMAT_VERSION {
        return Err(CorrectionsError::Format {
            path: path.to_path_buf(),
            reason: format!("version {} is newer than this Dateline", file.version),
        });
    }
    Ok(file)
}

/// Writes a corrections file atomically (temporary file in the same folder, then rename).
pub fn write_corrections_file(
    path: &Path,
    folder_key: &str,
    corrections: &[Correction],
) -> Result<(), CorrectionsError> {
    let file = CorrectionsFile {
        version: CORRECTIONS_FORMAT_VERSION,
        folder: folder_key.to_owned(),
        corrections: corrections.to_vec(),
    };
    let json = serde_json::to_string_pretty(&file).map_err(|err| CorrectionsError::Format {
        path: path.to_path_buf(),
        reason: err.to_string(),
    })?;
    write_atomically(path, json.as_bytes())
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a crash
/// leaves either the old file or the new one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), CorrectionsError> {
    let io = |action: &'static str, path: &Path| {
        let path = path.to_path_buf();
        move |source| CorrectionsError::Io {
            action,
            path,
            source,
        }
    };
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(dir).map_err(io("cannot create", dir))?;
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(source) = result {
        let _ = fs::remove_file(&temp);
        return Err(io("cannot write", &temp)(source));
    }
    fs::rename(&temp, path).map_err(|source| {
        let _ = fs::remove_file(&temp);
        io("cannot replace", path)(source)
    })
}

/// 64-bit FNV-1a: a hash that stays the same across Rust versions, for file names.
fn fnv1a_64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_values_parse_to_intervals() {
        let day = parse_calendar_value("2025-08-15").unwrap();
        assert_eq!(day.2, Granularity::Day);
        assert_eq!(day.1, NaiveDate::from_ymd_opt(2025, 8, 16).unwrap());
        let month = parse_calendar_value("2024-12").unwrap();
        assert_eq!(month.1, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        assert_eq!(parse_calendar_value("2025").unwrap().2, Granularity::Year);
        assert!(parse_calendar_value("2025-13-01").is_none());
        assert!(parse_calendar_value("yesterday").is_none());
    }

    #[test]
    fn undo_then_new_correction_clears_redo() {
        let mut history = CorrectionHistory::default();
        history.push(Correction::Hide { event: "a".into() });
        assert!(history.undo().is_some());
        assert!(history.can_redo());
        history.push(Correction::Hide { event: "b".into() });
        assert!(!history.can_redo());
        assert_eq!(history.corrections().len(), 1);
    }

    #[test]
    fn store_file_name_is_stable_and_outside_the_folder() {
        let store = CorrectionStore::new(Path::new("/data/dateline"));
        let path = store.path_for("/home/me/news");
        assert!(path.starts_with("/data/dateline/corrections"));
        assert_eq!(path, store.path_for("/home/me/news"));
        assert_ne!(path, store.path_for("/home/me/news2"));
    }
}
