//! The desktop window: the only place egui and eframe appear. One file per panel; panels draw from
//! the app state and return [`Intent`]s, which [`DatelineApp::apply`] carries out in one place.
//! Everything shown is computed by the headless modules (corpus, timeline, layout, export); this
//! module adds interaction, corrections and settings, and never writes into an article folder.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

mod app;
pub mod articles;
pub mod corrections;
mod details;
mod event_list;
pub mod export_dialog;
mod fonts;
mod help;
pub mod loading;
mod open_panel;
pub mod picker;
mod reader;
pub mod settings;
pub mod timeline_view;

pub use app::{AppEnvironment, DatelineApp, Intent, ListFilter, OpenFolder, SortColumn};
pub use loading::LoadTarget;
pub use settings::Settings;

/// The window's size at first start, in logical pixels.
pub const DEFAULT_WINDOW_SIZE: [f32; 2] = [1600.0, 1000.0];

/// What the binary asks of the app.
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// Folder or file to open; `None` opens the last folder, or the bundled samples.
    pub path: Option<PathBuf>,
    /// Save a screenshot of the window to this PNG after a few frames, then exit.
    pub screenshot: Option<PathBuf>,
}

/// Errors that stop the window from opening.
#[derive(Debug, thiserror::Error)]
pub enum UiError {
    /// eframe could not start.
    #[error("could not open the window: {0}")]
    Eframe(String),
    /// `--screenshot` could not save its PNG.
    #[error("screenshot failed: {0}")]
    Screenshot(String),
}

/// The application id: the desktop entry's name, so desktops match the window to its menu entry and icon.
pub const APP_ID: &str = "io.github.dateline.Dateline";

/// The window icon (the 256 px rendering of `assets/icons/dateline.svg`).
const WINDOW_ICON_PNG: &[u8] = include_bytes!("../../assets/icons/dateline-256.png");

/// Opens the window and runs until it is closed.
pub fn run(options: AppOptions) -> Result<(), UiError> {
    let screenshot_mode = options.screenshot.is_some();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Dateline")
        .with_app_id(APP_ID)
        .with_inner_size(DEFAULT_WINDOW_SIZE)
        .with_min_inner_size([800.0, 500.0])
        .with_drag_and_drop(true);
    // The icon is compiled in and known to decode; a failure would only cost the window its icon.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(WINDOW_ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    if screenshot_mode {
        // A screenshot shows the default window, not whatever size was remembered.
        viewport = viewport.with_position([0.0, 0.0]);
    }
    let native_options = eframe::NativeOptions {
        viewport,
        persist_window: !screenshot_mode,
        ..Default::default()
    };
    let screenshot_error: Arc<Mutex<Option<String>>> = Arc::default();
    let app_error = Arc::clone(&screenshot_error);
    eframe::run_native(
        "Dateline",
        native_options,
        Box::new(move |cc| {
            let mut app = WindowApp::new(cc, options);
            app.screenshot_error = app_error;
            Ok(Box::new(app))
        }),
    )
    .map_err(|err| UiError::Eframe(err.to_string()))?;
    let failed = screenshot_error
        .lock()
        .ok()
        .and_then(|mut slot| slot.take());
    match failed {
        Some(message) => Err(UiError::Screenshot(message)),
        None => Ok(()),
    }
}

/// The eframe side of the app: settings storage and the `--screenshot` flag around [`DatelineApp`].
pub struct WindowApp {
    app: DatelineApp,
    screenshot: Option<ScreenshotState>,
    /// Where a failed screenshot's reason is left for [`run`] to return.
    screenshot_error: Arc<Mutex<Option<String>>>,
}

struct ScreenshotState {
    path: PathBuf,
    frames: u32,
    requested: bool,
    done: Arc<Mutex<Option<Result<(), String>>>>,
}

impl WindowApp {
    /// Restores the settings, applies the theme and starts loading what `options` names (or the
    /// last folder, or the samples).
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let screenshot_mode = options.screenshot.is_some();
        let settings: Settings = if screenshot_mode {
            Settings::default()
        } else {
            cc.storage
                .and_then(|storage| eframe::get_value(storage, Settings::STORAGE_KEY))
                .unwrap_or_default()
        };
        cc.egui_ctx.set_theme(settings.theme.preference());
        let target = match options.path {
            Some(path) => LoadTarget::Path(path),
            None => match &settings.last_folder {
                Some(folder) if folder.exists() && !screenshot_mode => {
                    LoadTarget::Path(folder.clone())
                }
                _ => LoadTarget::Samples,
            },
        };
        let mut app = DatelineApp::new(settings, AppEnvironment::default());
        app.logic(&cc.egui_ctx);
        app.open(target);
        Self {
            app,
            screenshot_error: Arc::default(),
            screenshot: options.screenshot.map(|path| ScreenshotState {
                path,
                frames: 0,
                requested: false,
                done: Arc::new(Mutex::new(None)),
            }),
        }
    }

    fn screenshot_logic(&mut self, ctx: &egui::Context) {
        let Some(shot) = &mut self.screenshot else {
            return;
        };
        ctx.request_repaint();
        if self.app.is_loading() {
            return;
        }
        shot.frames += 1;
        if shot.frames == 2 {
            // Show what the app is for: the most important event selected, its article open.
            let most_important = self.app.folder.as_ref().and_then(|folder| {
                folder
                    .visible_in_time
                    .iter()
                    .map(|&i| &folder.events[i])
                    .max_by(|a, b| a.importance.total_cmp(&b.importance))
                    .map(|event| event.id.clone())
            });
            if let Some(id) = most_important {
                self.app.push(Intent::Select(Some(id)));
                self.app.push(Intent::OpenSelectedSource);
            }
        }
        if !shot.requested && shot.frames >= 10 {
            shot.requested = true;
            let path = shot.path.clone();
            let done = Arc::clone(&shot.done);
            ctx.request_screenshot(move |image: Arc<egui::ColorImage>| {
                let result = save_color_image(&image, &path);
                if let Ok(mut slot) = done.lock() {
                    *slot = Some(result);
                }
            });
        }
        let finished = shot.done.lock().ok().and_then(|mut slot| slot.take());
        if let Some(result) = finished {
            if let Err(err) = result
                && let Ok(mut slot) = self.screenshot_error.lock()
            {
                *slot = Some(err);
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// Saves an egui image as PNG.
fn save_color_image(image: &egui::ColorImage, path: &std::path::Path) -> Result<(), String> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, bytes)
        .ok_or_else(|| "screenshot has the wrong size".to_owned())?;
    buffer
        .save(path)
        .map_err(|err| format!("{}: {err}", path.display()))
}

impl eframe::App for WindowApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.app.ui(ui);
        self.screenshot_logic(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            eframe::set_value(storage, Settings::STORAGE_KEY, &self.app.settings);
        }
    }
}
