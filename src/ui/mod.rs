//! The desktop window: the only place egui and eframe appear. Panels draw and return intents; state
//! changes happen in one place. Everything it shows is computed by the headless modules.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::corpus::Corpus;

/// What the binary asks of the app.
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// Folder or file to open; `None` opens the bundled samples.
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
}

/// Opens the window and runs until it is closed.
pub fn run(options: AppOptions) -> Result<(), UiError> {
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dateline")
            .with_inner_size([1600.0, 1000.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Dateline",
        native_options,
        Box::new(move |_cc| Ok(Box::new(DatelineApp::new(options)))),
    )
    .map_err(|err| UiError::Eframe(err.to_string()))
}

/// The application state.
pub struct DatelineApp {
    corpus: Corpus,
    screenshot: Option<ScreenshotState>,
}

struct ScreenshotState {
    path: PathBuf,
    frames: u32,
    requested: bool,
    done: Arc<Mutex<Option<Result<(), String>>>>,
}

impl DatelineApp {
    /// Loads the corpus named by `options` (or the samples).
    pub fn new(options: AppOptions) -> Self {
        let corpus = match &options.path {
            Some(path) => Corpus::open(path).unwrap_or_default(),
            None => Corpus::samples(),
        };
        Self {
            corpus,
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
        shot.frames += 1;
        ctx.request_repaint();
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
            if let Err(err) = result {
                eprintln!("dateline: screenshot failed: {err}");
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

impl eframe::App for DatelineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Dateline");
            ui.label(format!("{} articles", self.corpus.documents.len()));
            for doc in &self.corpus.documents {
                ui.label(&doc.title);
            }
        });
        self.screenshot_logic(&ctx);
    }
}
