//! The application state and the one place where it changes: panels draw from [`DatelineApp`] and
//! push [`Intent`]s; [`DatelineApp::apply`] carries them out after the frame's panels are drawn.
//! Owns the open folder (its corrected events, filters, selection), loading, dialogs and settings.
//! Computes nothing about dates or layout itself — that is the headless modules' work.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::timeline::{Event, EventKind};

use super::corrections::{self, Correction, CorrectionHistory, CorrectionStore};
use super::export_dialog::ExportDialog;
use super::loading::{LoadJob, LoadPoll, LoadTarget, Loaded};
use super::picker::{FilePicker, PickPurpose, PickRequest, RfdPicker};
use super::settings::{LaneMode, Settings, ThemeChoice};
use super::{articles, details, event_list, help, open_panel, reader, timeline_view};

/// Something a panel asks the app to do; applied once per frame, after drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Show the folder dialog (falls back to the typed path when there is none).
    OpenDialog,
    /// Open a folder or file.
    OpenPath(PathBuf),
    /// Open several dropped files or folders as one corpus.
    OpenPaths(Vec<PathBuf>),
    /// Open the bundled samples.
    OpenSamples,
    /// Stop the running load.
    CancelLoad,
    /// Select an event (or nothing).
    Select(Option<String>),
    /// Select the previous (−1) or next (+1) visible event in time.
    SelectInTime(i32),
    /// Select the previous (−1) or next (+1) row of the event list.
    SelectInList(i32),
    /// Show an article in the reader, scrolled to a byte offset.
    ShowArticle {
        /// Display path of the article.
        doc: String,
        /// Byte offset to scroll to.
        at: Option<usize>,
    },
    /// Show the selected event's first source in the reader.
    OpenSelectedSource,
    /// Zoom the timeline by a factor around its centre (> 1 zooms in).
    Zoom(f64),
    /// Fit the timeline to all visible events.
    FitAll,
    /// Move the keyboard focus to the search box.
    FocusSearch,
    /// Show or hide the export dialog.
    ShowExport(bool),
    /// Show or hide the keyboard help.
    ToggleHelp,
    /// Add a correction.
    Correct(Correction),
    /// Undo the latest correction.
    Undo,
    /// Redo the latest undone correction.
    Redo,
    /// Ask for a file through the dialog.
    Pick(PickPurpose),
    /// Write the folder's corrections to a JSON file.
    ExportCorrectionsTo(PathBuf),
    /// Replace the folder's corrections with those of a JSON file.
    ImportCorrectionsFrom(PathBuf),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Change the lanes.
    SetLanes(LaneMode),
    /// Show or hide an article's events.
    SetArticleShown {
        /// Display path of the article.
        doc: String,
        /// Whether its events are shown.
        shown: bool,
    },
    /// Show or hide the reader panel.
    ShowReader(bool),
    /// Dismiss the status message.
    DismissStatus,
}

/// How the event list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortColumn {
    /// By date (then id).
    #[default]
    Date,
    /// By title.
    Title,
    /// By article.
    Article,
    /// By importance.
    Importance,
}

/// The event list's filters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListFilter {
    /// Words that must appear in the title or a passage (case-insensitive).
    pub search: String,
    /// Only events of this kind.
    pub kind: Option<EventKind>,
    /// Only events told by this article.
    pub article: Option<String>,
    /// Only events ending after this date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub from: String,
    /// Only events starting before the end of this date.
    pub to: String,
    /// Sort column.
    pub sort: SortColumn,
    /// Sort descending.
    pub descending: bool,
}

/// The folder on screen: what was loaded, the corrections, and what is derived from both.
pub struct OpenFolder {
    /// What was opened.
    pub target: LoadTarget,
    /// The loaded articles, timeline and mentions.
    pub loaded: Loaded,
    /// The corrections with undo/redo.
    pub history: CorrectionHistory,
    /// The corrected events, sorted by start date then id.
    pub events: Vec<Event>,
    /// Corrections that no longer apply.
    pub correction_warnings: Vec<String>,
    /// Articles whose events are hidden (display paths).
    pub hidden_articles: BTreeSet<String>,
    /// Display path → index in `loaded.corpus.documents`.
    pub doc_index: BTreeMap<String, usize>,
    /// Per article: true when it does not read as English.
    pub not_english: Vec<bool>,
    /// Indices into `events` that pass the filters and article checkboxes, in time order.
    pub visible_in_time: Vec<usize>,
    /// The same indices in the list's sort order.
    pub visible_in_list: Vec<usize>,
    /// Event id → index into `events`.
    pub event_index: BTreeMap<String, usize>,
    /// The visible events themselves, in time order (what the layout and the exporter draw).
    pub visible_events: Vec<Event>,
    /// Bumped whenever the visible events change, so cached layouts know to rebuild.
    pub generation: u64,
}

impl OpenFolder {
    fn new(target: LoadTarget, loaded: Loaded, history: CorrectionHistory) -> Self {
        let doc_index = loaded
            .corpus
            .documents
            .iter()
            .enumerate()
            .map(|(i, doc)| (doc.path.display().to_string(), i))
            .collect();
        let not_english = loaded
            .corpus
            .documents
            .iter()
            .map(|doc| doc.language == crate::corpus::Language::NotEnglish)
            .collect();
        let mut folder = Self {
            target,
            loaded,
            history,
            events: Vec::new(),
            correction_warnings: Vec::new(),
            hidden_articles: BTreeSet::new(),
            doc_index,
            not_english,
            visible_in_time: Vec::new(),
            visible_in_list: Vec::new(),
            event_index: BTreeMap::new(),
            visible_events: Vec::new(),
            generation: 0,
        };
        folder.recompute_events();
        folder
    }

    /// Applies the corrections to the loaded timeline again.
    fn recompute_events(&mut self) {
        let (events, warnings) =
            corrections::apply(&self.loaded.timeline, self.history.corrections());
        self.event_index = events
            .iter()
            .enumerate()
            .map(|(i, event)| (event.id.clone(), i))
            .collect();
        self.events = events;
        self.correction_warnings = warnings;
    }

    /// Recomputes which events pass the filters, in time and in list order.
    pub fn refilter(&mut self, filter: &ListFilter) {
        let needle: Vec<String> = filter
            .search
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let from = corrections::parse_calendar_value(&filter.from).map(|(start, _, _)| start);
        let to = corrections::parse_calendar_value(&filter.to).map(|(_, end, _)| end);
        let visible: Vec<usize> = self
            .events
            .iter()
            .enumerate()
            .filter(|(_, event)| {
                let shown_article = event.sources.is_empty()
                    || event
                        .sources
                        .iter()
                        .any(|source| !self.hidden_articles.contains(&source.doc));
                shown_article
                    && filter.kind.is_none_or(|kind| event.kind == kind)
                    && filter
                        .article
                        .as_ref()
                        .is_none_or(|doc| event.sources.iter().any(|s| &s.doc == doc))
                    && from.is_none_or(|from| event.end > from)
                    && to.is_none_or(|to| event.start < to)
                    && (needle.is_empty() || matches_words(event, &needle))
            })
            .map(|(i, _)| i)
            .collect();
        let mut in_list = visible.clone();
        let events = &self.events;
        let article_of = |i: usize| events[i].sources.first().map_or("", |s| s.doc.as_str());
        match filter.sort {
            SortColumn::Date => {}
            SortColumn::Title => in_list.sort_by(|&a, &b| {
                events[a]
                    .title
                    .to_lowercase()
                    .cmp(&events[b].title.to_lowercase())
                    .then(a.cmp(&b))
            }),
            SortColumn::Article => {
                in_list.sort_by(|&a, &b| article_of(a).cmp(article_of(b)).then(a.cmp(&b)));
            }
            SortColumn::Importance => in_list.sort_by(|&a, &b| {
                events[b]
                    .importance
                    .total_cmp(&events[a].importance)
                    .then(a.cmp(&b))
            }),
        }
        if filter.descending {
            in_list.reverse();
        }
        self.visible_events = visible.iter().map(|&i| self.events[i].clone()).collect();
        self.visible_in_time = visible;
        self.visible_in_list = in_list;
        self.generation += 1;
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index.get(id).map(|&i| &self.events[i])
    }

    /// The visible events as a timeline (for the exporter): the corrected, filtered events and the
    /// documents.
    pub fn visible_timeline(&self) -> crate::timeline::Timeline {
        crate::timeline::Timeline {
            documents: self.loaded.timeline.documents.clone(),
            events: self.visible_events.clone(),
            warnings: Vec::new(),
        }
    }

    /// The article with this display path.
    pub fn document(&self, path: &str) -> Option<&crate::corpus::Document> {
        self.doc_index
            .get(path)
            .map(|&i| &self.loaded.corpus.documents[i])
    }
}

/// Whether every word occurs in the event's title or one of its passages.
fn matches_words(event: &Event, words: &[String]) -> bool {
    let title = event.title.to_lowercase();
    let passages: Vec<String> = event
        .sources
        .iter()
        .map(|source| source.passage.to_lowercase())
        .collect();
    words.iter().all(|word| {
        title.contains(word.as_str()) || passages.iter().any(|p| p.contains(word.as_str()))
    })
}

/// Drafts of the edits the details panel offers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditDrafts {
    /// New title being typed.
    pub rename: Option<String>,
    /// New date being typed.
    pub redate: Option<String>,
    /// An event marked to be merged into the next selected one.
    pub merge_from: Option<String>,
    /// A new event from a passage: (document, passage start, end, typed date, typed title).
    pub new_event: Option<NewEventDraft>,
}

/// A new event being added from a passage of the reader.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewEventDraft {
    /// Display path of the article.
    pub doc: String,
    /// Byte offset of the passage.
    pub passage_start: usize,
    /// Byte offset of the passage's end.
    pub passage_end: usize,
    /// Typed date.
    pub date: String,
    /// Typed title.
    pub title: String,
    /// The passage text.
    pub passage: String,
}

/// The state of the reader panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReaderState {
    /// The article shown (display path).
    pub doc: Option<String>,
    /// Scroll to this byte offset on the next frame.
    pub scroll_to: Option<usize>,
    /// When on, a click in the text starts a new event from the sentence clicked.
    pub add_mode: bool,
}

/// What the timeline view should do with its bounds on the next frame.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The visible range last frame (days since 1970-01-01).
    pub range_days: Option<(f64, f64)>,
    /// Set the plot to this range on the next frame.
    pub pending_range_days: Option<(f64, f64)>,
    /// Fit to all events on the next frame.
    pub fit_pending: bool,
    /// Show where most events are on the next frame (a newly opened folder).
    pub focus_pending: bool,
}

/// Options the app starts with (tests set the data folder and the file picker).
pub struct AppEnvironment {
    /// Where corrections are stored (`None`: the user's data folder).
    pub data_dir: Option<PathBuf>,
    /// The file dialogs.
    pub picker: Box<dyn FilePicker>,
}

impl Default for AppEnvironment {
    fn default() -> Self {
        Self {
            data_dir: None,
            picker: Box::new(RfdPicker::default()),
        }
    }
}

/// The application.
pub struct DatelineApp {
    /// Remembered settings.
    pub settings: Settings,
    /// The folder on screen.
    pub folder: Option<OpenFolder>,
    /// A load in progress.
    pub loading: Option<LoadJob>,
    /// The selected event's id.
    pub selected: Option<String>,
    /// Filters and sort of the event list.
    pub filter: ListFilter,
    /// The filter the visible lists were computed for.
    filtered_for: Option<ListFilter>,
    /// The article reader.
    pub reader: ReaderState,
    /// The timeline view.
    pub view: ViewState,
    /// Edits being typed.
    pub drafts: EditDrafts,
    /// The typed-path field of the Open panel.
    pub typed_path: String,
    /// The export dialog.
    pub export: ExportDialog,
    /// Whether the keyboard help is shown.
    pub help_open: bool,
    /// One line shown in the status bar (errors, results).
    pub status: Option<String>,
    /// Ask the search box to take the focus on the next frame.
    pub focus_search: bool,
    /// Scroll the list to the selection on the next frame.
    pub scroll_list_to_selection: bool,
    /// The timeline's layout, kept while nothing it depends on changes.
    pub scene_cache: Option<timeline_view::CachedScene>,
    store: Option<CorrectionStore>,
    picker: Box<dyn FilePicker>,
    intents: Vec<Intent>,
    ctx: Option<egui::Context>,
}

impl DatelineApp {
    /// A new app with nothing open yet.
    pub fn new(settings: Settings, environment: AppEnvironment) -> Self {
        let store = match environment.data_dir {
            Some(dir) => Some(CorrectionStore::new(&dir)),
            None => CorrectionStore::in_user_data_dir().ok(),
        };
        Self {
            settings,
            folder: None,
            loading: None,
            selected: None,
            filter: ListFilter::default(),
            filtered_for: None,
            reader: ReaderState::default(),
            view: ViewState {
                focus_pending: true,
                ..ViewState::default()
            },
            drafts: EditDrafts::default(),
            typed_path: String::new(),
            export: ExportDialog::default(),
            help_open: false,
            status: None,
            focus_search: false,
            scroll_list_to_selection: false,
            scene_cache: None,
            store,
            picker: environment.picker,
            intents: Vec::new(),
            ctx: None,
        }
    }

    /// Queues an intent (applied at the end of the frame, or by [`Self::apply_pending`]).
    pub fn push(&mut self, intent: Intent) {
        self.intents.push(intent);
    }

    /// Whether a load is running.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The selected event, if any and still present.
    pub fn selected_event(&self) -> Option<&Event> {
        let folder = self.folder.as_ref()?;
        folder.event(self.selected.as_deref()?)
    }

    /// Starts loading a folder in the background.
    pub fn open(&mut self, target: LoadTarget) {
        let key = target.key();
        let stored = self.load_stored_corrections(&key);
        let document_dates = corrections::document_dates(&stored);
        let ctx = self.ctx.clone();
        let wake = move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        };
        match LoadJob::start(target, document_dates, wake) {
            Ok(job) => self.loading = Some(job),
            Err(err) => self.status = Some(err),
        }
    }

    /// Shows an already loaded folder (benchmarks and tests build their own).
    pub fn set_loaded(&mut self, target: LoadTarget, loaded: Loaded) {
        self.loading = None;
        self.finish_load(target, Ok(Box::new(loaded)));
        self.refresh_filter();
    }

    /// Waits for the running load to finish (used by tests and screenshots).
    pub fn finish_loading_blocking(&mut self) {
        if let Some(job) = self.loading.take() {
            let target = job.target.clone();
            let result = job.wait();
            self.finish_load(target, result);
            self.refresh_filter();
        }
    }

    fn load_stored_corrections(&mut self, key: &str) -> Vec<Correction> {
        let Some(store) = &self.store else {
            return Vec::new();
        };
        match store.load(key) {
            Ok(corrections) => corrections,
            Err(err) => {
                self.status = Some(format!("corrections not loaded: {err}"));
                Vec::new()
            }
        }
    }

    fn finish_load(&mut self, target: LoadTarget, result: Result<Box<Loaded>, String>) {
        match result {
            Ok(loaded) => {
                let stored = self.load_stored_corrections(&target.key());
                let keep_selection = self
                    .folder
                    .as_ref()
                    .is_some_and(|folder| folder.target == target);
                let hidden = self
                    .folder
                    .as_ref()
                    .filter(|_| keep_selection)
                    .map(|folder| folder.hidden_articles.clone())
                    .unwrap_or_default();
                match &target {
                    LoadTarget::Path(path) => self.settings.remember_folder(path),
                    LoadTarget::Samples | LoadTarget::Paths(_) => self.settings.last_folder = None,
                }
                let mut folder =
                    OpenFolder::new(target, *loaded, CorrectionHistory::from_corrections(stored));
                folder.hidden_articles = hidden;
                self.folder = Some(folder);
                self.filtered_for = None;
                if !keep_selection {
                    self.selected = None;
                    self.reader = ReaderState::default();
                    self.view.focus_pending = true;
                }
                self.status = None;
            }
            Err(err) if err == "cancelled" => self.status = Some("loading cancelled".to_owned()),
            Err(err) => self.status = Some(format!("could not open: {err}")),
        }
    }

    /// Polls the background work (load, dialogs) and refreshes derived lists.
    pub fn logic(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            super::fonts::install(ctx);
            self.ctx = Some(ctx.clone());
        }
        if let Some(job) = &mut self.loading {
            match job.poll() {
                LoadPoll::Working => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100))
                }
                LoadPoll::Done(result) => {
                    let target = job.target.clone();
                    self.loading = None;
                    self.finish_load(target, result);
                }
            }
        }
        if self.picker.busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some(answer) = self.picker.poll() {
            self.route_pick(answer.purpose, answer.path);
        }
        self.refresh_filter();
    }

    /// Recomputes the visible lists when the filter changed.
    pub fn refresh_filter(&mut self) {
        if self.filtered_for.as_ref() == Some(&self.filter) {
            return;
        }
        if let Some(folder) = &mut self.folder {
            folder.refilter(&self.filter);
            self.filtered_for = Some(self.filter.clone());
        }
    }

    fn invalidate_filter(&mut self) {
        self.filtered_for = None;
    }

    fn route_pick(&mut self, purpose: PickPurpose, path: Option<PathBuf>) {
        let Some(path) = path else {
            if purpose == PickPurpose::OpenFolder {
                self.status = Some(
                    "no folder chosen — type a path in the Open panel if no dialog appeared"
                        .to_owned(),
                );
            }
            return;
        };
        match purpose {
            PickPurpose::OpenFolder => self.push(Intent::OpenPath(path)),
            PickPurpose::ImportCorrections => self.push(Intent::ImportCorrectionsFrom(path)),
            PickPurpose::ExportCorrections => self.push(Intent::ExportCorrectionsTo(path)),
            PickPurpose::ExportFile => self.export.path = path.display().to_string(),
        }
    }

    /// Applies every queued intent.
    pub fn apply_pending(&mut self) {
        let mut rounds = 0;
        while !self.intents.is_empty() && rounds < 4 {
            rounds += 1;
            for intent in std::mem::take(&mut self.intents) {
                self.apply(intent);
            }
            self.refresh_filter();
        }
    }

    /// Carries out one intent.
    pub fn apply(&mut self, intent: Intent) {
        match intent {
            Intent::OpenDialog => self
                .picker
                .request(PickPurpose::OpenFolder, PickRequest::OpenFolder),
            Intent::OpenPath(path) => self.open(LoadTarget::Path(path)),
            Intent::OpenPaths(mut paths) => {
                paths.sort();
                if paths.len() == 1 {
                    self.open(LoadTarget::Path(paths.remove(0)));
                } else if !paths.is_empty() {
                    self.open(LoadTarget::Paths(paths));
                }
            }
            Intent::OpenSamples => self.open(LoadTarget::Samples),
            Intent::CancelLoad => {
                if let Some(job) = self.loading.take() {
                    job.cancel();
                    self.status = Some(cancelled_message(
                        &job.target,
                        self.folder.as_ref().map(|folder| &folder.target),
                    ));
                }
            }
            Intent::Select(id) => {
                self.selected = id;
                self.scroll_list_to_selection = true;
                self.drafts.rename = None;
                self.drafts.redate = None;
            }
            Intent::SelectInTime(step) => {
                if let Some(folder) = &self.folder {
                    let next = step_through(
                        &folder.visible_in_time,
                        &folder.events,
                        self.selected.as_deref(),
                        step,
                    );
                    if let Some(id) = next {
                        self.apply(Intent::Select(Some(id)));
                    }
                }
            }
            Intent::SelectInList(step) => {
                if let Some(folder) = &self.folder {
                    let next = step_through(
                        &folder.visible_in_list,
                        &folder.events,
                        self.selected.as_deref(),
                        step,
                    );
                    if let Some(id) = next {
                        self.apply(Intent::Select(Some(id)));
                    }
                }
            }
            Intent::ShowArticle { doc, at } => {
                self.reader.doc = Some(doc);
                self.reader.scroll_to = at;
                self.settings.show_reader = true;
            }
            Intent::OpenSelectedSource => {
                let target = self
                    .selected_event()
                    .and_then(|event| event.sources.first())
                    .map(|source| (source.doc.clone(), source.mention_start));
                if let Some((doc, at)) = target {
                    self.apply(Intent::ShowArticle { doc, at: Some(at) });
                }
            }
            Intent::Zoom(factor) => {
                if let Some((min, max)) = self.view.range_days {
                    let centre = (min + max) / 2.0;
                    let half = ((max - min) / 2.0 / factor).max(0.5);
                    self.view.pending_range_days = Some((centre - half, centre + half));
                }
            }
            Intent::FitAll => self.view.fit_pending = true,
            Intent::FocusSearch => self.focus_search = true,
            Intent::ShowExport(open) => self.export.open = open,
            Intent::ToggleHelp => self.help_open = !self.help_open,
            Intent::Correct(correction) => {
                let reload = matches!(correction, Correction::DocumentDate { .. });
                if let Correction::AddEvent { .. } = &correction {
                    self.drafts.new_event = None;
                }
                let description = correction.describe();
                if let Some(folder) = &mut self.folder {
                    folder.history.push(correction);
                }
                self.after_corrections_changed(reload);
                if self.status.is_none() {
                    self.status = Some(format!("{description} (Ctrl+Z undoes)"));
                }
            }
            Intent::Undo | Intent::Redo => {
                let Some(folder) = &mut self.folder else {
                    return;
                };
                let changed = if intent == Intent::Undo {
                    folder.history.undo().cloned()
                } else {
                    folder.history.redo().cloned()
                };
                if let Some(correction) = changed {
                    let reload = matches!(correction, Correction::DocumentDate { .. });
                    let verb = if intent == Intent::Undo {
                        "undone"
                    } else {
                        "redone"
                    };
                    self.after_corrections_changed(reload);
                    if self.status.is_none() {
                        self.status = Some(format!("{verb}: {}", correction.describe()));
                    }
                }
            }
            Intent::Pick(purpose) => {
                let request = match purpose {
                    PickPurpose::OpenFolder => PickRequest::OpenFolder,
                    PickPurpose::ImportCorrections => PickRequest::OpenCorrections,
                    PickPurpose::ExportCorrections => PickRequest::Save {
                        file_name: "dateline-corrections.json".to_owned(),
                        extension: "json".to_owned(),
                    },
                    PickPurpose::ExportFile => PickRequest::Save {
                        file_name: self.export.suggested_file_name(),
                        extension: self.export.format.extension().to_owned(),
                    },
                };
                self.picker.request(purpose, request);
            }
            Intent::ExportCorrectionsTo(path) => {
                if let Some(folder) = &self.folder {
                    let result = corrections::write_corrections_file(
                        &path,
                        &folder.target.key(),
                        folder.history.corrections(),
                    );
                    self.status = Some(match result {
                        Ok(()) => format!("corrections written to {}", path.display()),
                        Err(err) => err.to_string(),
                    });
                }
            }
            Intent::ImportCorrectionsFrom(path) => {
                match corrections::read_corrections_file(&path) {
                    Ok(file) => {
                        let count = file.corrections.len();
                        if let Some(folder) = &mut self.folder {
                            folder.history.replace_all(file.corrections);
                        }
                        self.after_corrections_changed(true);
                        self.status = Some(format!(
                            "{count} corrections imported from {}",
                            path.display()
                        ));
                    }
                    Err(err) => self.status = Some(err.to_string()),
                }
            }
            Intent::SetTheme(theme) => {
                self.settings.theme = theme;
                if let Some(ctx) = &self.ctx {
                    ctx.set_theme(theme.preference());
                }
            }
            Intent::SetLanes(lanes) => self.settings.lanes = lanes,
            Intent::SetArticleShown { doc, shown } => {
                if let Some(folder) = &mut self.folder {
                    if shown {
                        folder.hidden_articles.remove(&doc);
                    } else {
                        folder.hidden_articles.insert(doc);
                    }
                }
                self.invalidate_filter();
            }
            Intent::ShowReader(show) => self.settings.show_reader = show,
            Intent::DismissStatus => self.status = None,
        }
    }

    /// Saves the corrections, then applies them (rebuilding the timeline when an article's date
    /// changed).
    fn after_corrections_changed(&mut self, reload: bool) {
        self.status = None;
        let Some(folder) = &mut self.folder else {
            return;
        };
        let key = folder.target.key();
        if let Some(store) = &self.store
            && let Err(err) = store.save(&key, folder.history.corrections())
        {
            self.status = Some(format!("corrections not saved: {err}"));
        }
        folder.recompute_events();
        let target = folder.target.clone();
        self.invalidate_filter();
        if reload {
            self.open(target);
        }
    }

    /// Handles the keyboard shortcuts (only while no text field has the focus).
    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let typing = ctx.egui_wants_keyboard_input();
        let mut intents = Vec::new();
        ctx.input_mut(|input| {
            // Shortcuts with Ctrl work everywhere; plain keys only when no field is being typed in.
            let redo = Modifiers::COMMAND | Modifiers::SHIFT;
            if input.consume_key(redo, Key::Z) {
                intents.push(Intent::Redo);
            }
            if input.consume_key(Modifiers::COMMAND, Key::Z) {
                intents.push(Intent::Undo);
            }
            if input.consume_key(Modifiers::COMMAND, Key::O) {
                intents.push(Intent::OpenDialog);
            }
            if input.consume_key(Modifiers::COMMAND, Key::F) {
                intents.push(Intent::FocusSearch);
            }
            if input.consume_key(Modifiers::COMMAND, Key::E) {
                intents.push(Intent::ShowExport(true));
            }
            if input.consume_key(Modifiers::NONE, Key::F1) {
                intents.push(Intent::ToggleHelp);
            }
            if typing {
                return;
            }
            let plain = [
                (Key::ArrowLeft, Intent::SelectInTime(-1)),
                (Key::ArrowRight, Intent::SelectInTime(1)),
                (Key::ArrowUp, Intent::SelectInList(-1)),
                (Key::ArrowDown, Intent::SelectInList(1)),
                (Key::Enter, Intent::OpenSelectedSource),
                (Key::Plus, Intent::Zoom(1.5)),
                (Key::Equals, Intent::Zoom(1.5)),
                (Key::Minus, Intent::Zoom(1.0 / 1.5)),
                (Key::Home, Intent::FitAll),
                (Key::Questionmark, Intent::ToggleHelp),
            ];
            for (key, intent) in plain {
                if input.consume_key(Modifiers::NONE, key)
                    || input.consume_key(Modifiers::SHIFT, key)
                {
                    intents.push(intent);
                }
            }
            if input.consume_key(Modifiers::NONE, Key::Escape) {
                intents.push(if self.help_open {
                    Intent::ToggleHelp
                } else {
                    Intent::Select(None)
                });
            }
        });
        self.intents.extend(intents);
    }

    /// Files dropped on the window open as a folder (or as one corpus when several are dropped).
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let paths: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .collect()
        });
        if !paths.is_empty() {
            self.push(Intent::OpenPaths(paths));
        }
    }

    /// Draws the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.logic(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);
        let mut intents = Vec::new();

        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar_ui(ui, &mut intents);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            self.status_bar_ui(ui, &mut intents);
        });
        // The reader takes the place of the article list while it is open, so the timeline keeps
        // its width.
        if self.settings.show_reader && self.reader.doc.is_some() {
            egui::Panel::left("reader")
                .resizable(true)
                .default_size(440.0)
                .min_size(300.0)
                .max_size(720.0)
                .show(ui, |ui| {
                    reader::reader_panel_ui(ui, self, &mut intents);
                });
        } else {
            egui::Panel::left("articles")
                .resizable(true)
                .default_size(320.0)
                .min_size(220.0)
                .max_size(480.0)
                .show(ui, |ui| {
                    open_panel::open_panel_ui(ui, self, &mut intents);
                    ui.separator();
                    articles::articles_panel_ui(ui, self, &mut intents);
                });
        }
        egui::Panel::right("details")
            .resizable(true)
            .default_size(380.0)
            .min_size(300.0)
            .show(ui, |ui| {
                details::details_panel_ui(ui, self, &mut intents);
            });
        egui::Panel::bottom("event list")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                event_list::event_list_ui(ui, self, &mut intents);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            timeline_view::timeline_view_ui(ui, self, &mut intents);
        });
        self.export.window_ui(
            &ctx,
            self.folder.as_ref(),
            self.view.range_days,
            &mut intents,
        );
        if self.help_open {
            help::help_overlay_ui(&ctx, &mut intents);
        }
        self.intents.extend(intents);
        self.apply_pending();
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui, intents: &mut Vec<Intent>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open folder…  (Ctrl+O)").clicked() {
                    intents.push(Intent::OpenDialog);
                }
                if ui.button("Open the samples").clicked() {
                    intents.push(Intent::OpenSamples);
                }
                ui.menu_button("Recent folders", |ui| {
                    if self.settings.recent_folders.is_empty() {
                        ui.weak("none yet");
                    }
                    for folder in &self.settings.recent_folders {
                        if ui.button(folder.display().to_string()).clicked() {
                            intents.push(Intent::OpenPath(folder.clone()));
                        }
                    }
                });
                ui.separator();
                if ui.button("Export…  (Ctrl+E)").clicked() {
                    intents.push(Intent::ShowExport(true));
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("Edit", |ui| {
                let (can_undo, can_redo) = self.folder.as_ref().map_or((false, false), |f| {
                    (f.history.can_undo(), f.history.can_redo())
                });
                if ui
                    .add_enabled(can_undo, egui::Button::new("Undo  (Ctrl+Z)"))
                    .clicked()
                {
                    intents.push(Intent::Undo);
                }
                if ui
                    .add_enabled(can_redo, egui::Button::new("Redo  (Ctrl+Shift+Z)"))
                    .clicked()
                {
                    intents.push(Intent::Redo);
                }
                ui.separator();
                if ui.button("Export corrections…").clicked() {
                    intents.push(Intent::Pick(PickPurpose::ExportCorrections));
                }
                if ui.button("Import corrections…").clicked() {
                    intents.push(Intent::Pick(PickPurpose::ImportCorrections));
                }
            });
            ui.menu_button("View", |ui| {
                ui.label("Lanes");
                for (mode, name) in [
                    (LaneMode::Article, "By article"),
                    (LaneMode::Kind, "By kind"),
                ] {
                    if ui.radio(self.settings.lanes == mode, name).clicked() {
                        intents.push(Intent::SetLanes(mode));
                    }
                }
                ui.separator();
                ui.label("Theme");
                for (theme, name) in [
                    (ThemeChoice::System, "Follow the system"),
                    (ThemeChoice::Light, "Light"),
                    (ThemeChoice::Dark, "Dark"),
                ] {
                    if ui.radio(self.settings.theme == theme, name).clicked() {
                        intents.push(Intent::SetTheme(theme));
                    }
                }
                ui.separator();
                let mut reader = self.settings.show_reader;
                if ui.checkbox(&mut reader, "Article reader").changed() {
                    intents.push(Intent::ShowReader(reader));
                }
                if ui.button("Fit all  (Home)").clicked() {
                    intents.push(Intent::FitAll);
                }
            });
            ui.menu_button("Help", |ui| {
                if ui.button("Keyboard shortcuts  (F1)").clicked() {
                    intents.push(Intent::ToggleHelp);
                }
                ui.label(format!("Dateline {}", crate::VERSION));
            });
        });
    }

    fn status_bar_ui(&mut self, ui: &mut egui::Ui, intents: &mut Vec<Intent>) {
        ui.horizontal(|ui| {
            if let Some(folder) = &self.folder {
                ui.label(format!(
                    "{} · {} articles · {} events ({} shown)",
                    folder.target.display_name(),
                    folder.loaded.corpus.documents.len(),
                    folder.events.len(),
                    folder.visible_in_time.len()
                ));
            } else if self.loading.is_none() {
                ui.label("Nothing open — Ctrl+O opens a folder");
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
                if ui.small_button("×").on_hover_text("Dismiss").clicked() {
                    intents.push(Intent::DismissStatus);
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.weak("F1: keyboard shortcuts");
            });
        });
    }
}

/// What the status bar says after a load was cancelled: what was not opened, and what is still
/// on screen.
fn cancelled_message(cancelled: &LoadTarget, shown: Option<&LoadTarget>) -> String {
    let what = cancelled.display_name();
    match shown {
        Some(shown) => format!(
            "opening {what} cancelled — still showing {}",
            shown.display_name()
        ),
        None => format!("opening {what} cancelled"),
    }
}

/// The id of the event `step` places before/after the selected one in `order` (the first or last
/// one when nothing is selected).
fn step_through(
    order: &[usize],
    events: &[Event],
    selected: Option<&str>,
    step: i32,
) -> Option<String> {
    if order.is_empty() {
        return None;
    }
    let position = selected.and_then(|id| order.iter().position(|&i| events[i].id == id));
    let next = match position {
        Some(p) => {
            let p = p as i64 + i64::from(step);
            usize::try_from(p.clamp(0, order.len() as i64 - 1)).ok()?
        }
        None if step >= 0 => 0,
        None => order.len() - 1,
    };
    Some(events[order[next]].id.clone())
}
