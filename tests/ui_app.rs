//! The desktop app driven through egui_kittest on the real app state: open the samples, find an
//! event in the list, select it, read its details, step through time, search, correct a date and
//! reload. Corrections go to a temporary data folder, never to the user's.

#![cfg(feature = "gui")]

use dateline::ui::picker::FakePicker;
use dateline::ui::{AppEnvironment, DatelineApp, LoadTarget, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// An app on the bundled samples, loaded, with corrections kept in `data_dir`.
fn samples_app(data_dir: &std::path::Path) -> DatelineApp {
    let environment = AppEnvironment {
        data_dir: Some(data_dir.to_path_buf()),
        picker: Box::new(FakePicker::default()),
    };
    let mut app = DatelineApp::new(Settings::default(), environment);
    app.open(LoadTarget::Samples);
    app.finish_loading_blocking();
    app
}

fn start(app: DatelineApp) -> Harness<'static, DatelineApp> {
    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut DatelineApp| app.ui(ui), app);
    harness.run_steps(3);
    harness
}

/// Types `text` into the list's search box.
fn search(harness: &mut Harness<'_, DatelineApp>, text: &str) {
    harness.get_by_label("Search:").click();
    harness.run_steps(2);
    harness.get_by_label("Search:").type_text(text);
    harness.run_steps(3);
}

fn visible_titles(app: &DatelineApp) -> Vec<String> {
    let folder = app.folder.as_ref().expect("a folder is open");
    folder
        .visible_in_list
        .iter()
        .map(|&i| folder.events[i].title.clone())
        .collect()
}

#[test]
fn samples_open_with_events() {
    let data = tempfile::tempdir().unwrap();
    let app = samples_app(data.path());
    let folder = app.folder.as_ref().unwrap();
    assert_eq!(folder.loaded.corpus.documents.len(), 5);
    assert!(!folder.events.is_empty(), "the samples give events");
}

#[test]
fn alaska_event_shows_its_passage_with_the_date_highlighted() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = start(samples_app(data.path()));
    search(&mut harness, "Alaska August");
    let titles = visible_titles(harness.state());
    assert!(!titles.is_empty(), "the Alaska summit is in the list");
    let folder = harness.state().folder.as_ref().unwrap();
    let alaska = folder.visible_in_list[0];
    let title = folder.events[alaska].title.clone();
    let id = folder.events[alaska].id.clone();

    harness.get_by_label(&title).click();
    harness.run_steps(3);
    assert_eq!(harness.state().selected.as_deref(), Some(id.as_str()));
    let event = harness.state().selected_event().unwrap();
    let source = event
        .sources
        .iter()
        .find(|s| s.passage.contains("Alaska"))
        .expect("a source passage mentions Alaska");
    assert_eq!(source.mention_text, "August 15");
    // The date expression is drawn as its own highlighted, clickable label in the details.
    assert!(harness.query_all_by_label("August 15").next().is_some());
    assert!(
        harness
            .query_all_by_label_contains("meet with Russian President")
            .next()
            .is_some()
    );
}

#[test]
fn right_arrow_selects_the_next_event_in_time() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = start(samples_app(data.path()));
    let (first, second) = {
        let folder = harness.state().folder.as_ref().unwrap();
        let order = &folder.visible_in_time;
        assert!(order.len() >= 2);
        (
            folder.events[order[0]].id.clone(),
            folder.events[order[1]].id.clone(),
        )
    };
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    assert_eq!(harness.state().selected.as_deref(), Some(first.as_str()));
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    assert_eq!(harness.state().selected.as_deref(), Some(second.as_str()));
    harness.key_press(egui::Key::ArrowLeft);
    harness.run_steps(2);
    assert_eq!(harness.state().selected.as_deref(), Some(first.as_str()));
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert_eq!(harness.state().selected, None);
}

#[test]
fn typing_in_search_filters_the_list() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = start(samples_app(data.path()));
    let all = visible_titles(harness.state()).len();
    search(&mut harness, "Alaska");
    let filtered = visible_titles(harness.state());
    assert!(!filtered.is_empty());
    assert!(
        filtered.len() < all,
        "{} of {all} events left",
        filtered.len()
    );
    let folder = harness.state().folder.as_ref().unwrap();
    for &i in &folder.visible_in_list {
        let event = &folder.events[i];
        let text = format!(
            "{} {}",
            event.title,
            event
                .sources
                .iter()
                .map(|s| s.passage.as_str())
                .collect::<String>()
        );
        assert!(text.to_lowercase().contains("alaska"), "{text}");
    }
    // Arrow keys do nothing while the search box has the focus.
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    assert_eq!(harness.state().selected, None);
}

#[test]
fn a_corrected_date_sticks_after_reload() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = start(samples_app(data.path()));
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    let id = harness
        .state()
        .selected
        .clone()
        .expect("an event is selected");
    harness.get_by_label("Change date…").click();
    harness.run_steps(2);
    harness.get_by_label("New date:").click();
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("New date:").type_text("1999-12-31");
    harness.run_steps(2);
    harness.get_by_label("Set date").click();
    harness.run_steps(3);
    let event = harness
        .state()
        .folder
        .as_ref()
        .unwrap()
        .event(&id)
        .unwrap()
        .clone();
    assert_eq!(event.date, "1999-12-31");

    // A new app on the same folder and data folder finds the correction again.
    drop(harness);
    let reloaded = samples_app(data.path());
    let event = reloaded.folder.as_ref().unwrap().event(&id).unwrap();
    assert_eq!(event.date, "1999-12-31");
    assert_eq!(event.start.to_string(), "1999-12-31");

    // Undo brings the built date back, and that sticks too.
    let mut harness = start(reloaded);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    let again = samples_app(data.path());
    assert_ne!(
        again.folder.as_ref().unwrap().event(&id).unwrap().date,
        "1999-12-31"
    );
}

#[test]
fn help_overlay_opens_with_f1_and_closes_with_escape() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = start(samples_app(data.path()));
    harness.key_press(egui::Key::F1);
    harness.run_steps(2);
    assert!(harness.state().help_open);
    assert!(harness.query_by_label("Keyboard shortcuts").is_some());
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert!(!harness.state().help_open);
}

#[test]
fn a_missing_typed_path_reports_an_error_and_keeps_the_samples() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = start(samples_app(data.path()));
    harness.get_by_label("Path:").click();
    harness.run_steps(1);
    harness
        .get_by_label("Path:")
        .type_text("/no/such/folder/anywhere");
    harness.run_steps(1);
    harness.get_by_label("Open").click();
    harness.run_steps(2);
    harness.state_mut().finish_loading_blocking();
    harness.run_steps(2);
    let status = harness.state().status.clone().unwrap_or_default();
    assert!(status.contains("/no/such/folder/anywhere"), "{status}");
    assert_eq!(
        harness.state().folder.as_ref().unwrap().target,
        LoadTarget::Samples
    );
}

#[test]
fn export_dialog_writes_a_png_of_the_timeline() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("timeline.png");
    let mut harness = start(samples_app(data.path()));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run_steps(2);
    assert!(harness.state().export.open);
    harness.get_by_label("Save as:").click();
    harness.run_steps(1);
    harness
        .get_by_label("Save as:")
        .type_text(&target.display().to_string());
    harness.run_steps(2);
    harness.get_by_label("Write file").click();
    harness.run_steps(2);
    let message = harness.state().export.message.clone().unwrap_or_default();
    assert!(message.starts_with("written"), "{message}");
    let image = image::open(&target).unwrap();
    assert_eq!((image.width(), image.height()), (2400, 1200));
}

#[test]
fn ctrl_o_opens_the_folder_the_dialog_returns() {
    let data = tempfile::tempdir().unwrap();
    let seeds = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"));
    let mut picker = FakePicker::default();
    picker.answers.push_back(Some(seeds.clone()));
    let environment = AppEnvironment {
        data_dir: Some(data.path().to_path_buf()),
        picker: Box::new(picker),
    };
    let mut harness = start(DatelineApp::new(Settings::default(), environment));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    harness.state_mut().finish_loading_blocking();
    harness.run_steps(2);
    let app = harness.state();
    let folder = app.folder.as_ref().expect("the chosen folder is open");
    assert_eq!(folder.target, LoadTarget::Path(seeds.clone()));
    assert_eq!(folder.loaded.corpus.documents.len(), 5);
    assert_eq!(app.settings.recent_folders, vec![seeds]);
}

/// A folder holding copies of the sample articles (`copies` of each).
fn copied_samples(copies: usize) -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    let seeds = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"));
    let mut names: Vec<_> = std::fs::read_dir(seeds)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    names.sort();
    for copy in 0..copies {
        for path in &names {
            let name = format!("{copy:04}_{}", path.file_name().unwrap().to_string_lossy());
            std::fs::copy(path, folder.path().join(name)).unwrap();
        }
    }
    folder
}

/// A file or folder dropped on the window, as egui-winit's native handle carries it.
#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|err| err.to_string())
    }
}

#[test]
fn a_folder_dropped_on_the_window_opens() {
    let data = tempfile::tempdir().unwrap();
    let dropped = copied_samples(1);
    let environment = AppEnvironment {
        data_dir: Some(data.path().to_path_buf()),
        picker: Box::new(FakePicker::default()),
    };
    let mut harness = start(DatelineApp::new(Settings::default(), environment));
    assert!(harness.state().folder.is_none());
    // What egui-winit hands egui when a folder is dropped on the window.
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(
            dropped.path().to_path_buf(),
        )));
    harness.run_steps(2);
    assert!(harness.state().is_loading(), "the drop starts a load");
    harness.state_mut().finish_loading_blocking();
    harness.run_steps(2);
    let folder = harness
        .state()
        .folder
        .as_ref()
        .expect("the dropped folder is open");
    assert_eq!(
        folder.target,
        LoadTarget::Path(dropped.path().to_path_buf())
    );
    assert_eq!(folder.loaded.corpus.documents.len(), 5);
    assert!(!folder.events.is_empty());
}

#[test]
fn cancelling_a_load_keeps_the_open_timeline_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    // Big enough that the load is still running when Cancel is clicked.
    let big = copied_samples(600);
    let mut harness = start(samples_app(data.path()));
    let (events_before, first_title) = {
        let folder = harness.state().folder.as_ref().unwrap();
        (folder.events.len(), folder.events[0].title.clone())
    };
    harness
        .state_mut()
        .push(dateline::ui::Intent::OpenPath(big.path().to_path_buf()));
    harness.run_steps(2);
    assert!(harness.state().is_loading());
    harness.get_by_label("Cancel").click();
    harness.run_steps(3);

    let app = harness.state();
    assert!(!app.is_loading());
    let folder = app.folder.as_ref().expect("the samples are still open");
    assert_eq!(folder.target, LoadTarget::Samples);
    assert_eq!(folder.events.len(), events_before);
    assert_eq!(folder.events[0].title, first_title);
    let status = app.status.clone().unwrap_or_default();
    assert!(
        status.contains("cancelled") && status.contains("still showing sample articles"),
        "{status}"
    );
    assert!(harness.query_by_label_contains("cancelled").is_some());
    // The cancelled load's result never replaces the timeline later.
    harness.run_steps(5);
    let folder = harness.state().folder.as_ref().unwrap();
    assert_eq!(folder.target, LoadTarget::Samples);
}

#[test]
fn regression_event_list_columns_were_clipped_beside_wide_panels() {
    let data = tempfile::tempdir().unwrap();
    // 1150 px leave the list about 450 px between the Articles and Details panels.
    let mut harness = Harness::builder()
        .with_size([1150.0, 800.0])
        .build_ui_state(
            |ui, app: &mut DatelineApp| app.ui(ui),
            samples_app(data.path()),
        );
    harness.run_steps(3);
    let importance = harness.get_by_label("Imp.").rect();
    assert!(
        importance.right() <= 1150.0 - 300.0,
        "the importance column ends at {importance:?}, under the details panel"
    );
    assert!(harness.query_by_label("Article").is_none());
    drop(harness);

    let wide = start(samples_app(data.path()));
    assert!(wide.query_by_label("Article").is_some());
    assert!(wide.query_by_label("Importance").is_some());
}
