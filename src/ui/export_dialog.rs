//! The Export dialog (Ctrl+E): image (PNG, SVG) of the current view range or of everything, with
//! size presets, or data (JSON, CSV, TimelineJS, iCalendar); a save dialog with a typed-path
//! fallback; confirmation before replacing a file; "copy image". Writing is [`crate::export`]'s
//! job; this file only gathers the choices and reports the outcome.

use std::path::{Path, PathBuf};

use super::app::{Intent, OpenFolder};
use super::picker::PickPurpose;
use super::settings::LaneMode;
use crate::export::{self, ExportFormat, ImageOptions};
use crate::layout::{self, Theme};

/// The formats the dialog offers, in menu order.
pub const FORMATS: [ExportFormat; 6] = [
    ExportFormat::Png,
    ExportFormat::Svg,
    ExportFormat::Json,
    ExportFormat::Csv,
    ExportFormat::TimelineJs,
    ExportFormat::Ics,
];

/// The name the dialog shows for a format.
pub fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Png => "PNG image",
        ExportFormat::Svg => "SVG image",
        ExportFormat::Json => "Events (JSON)",
        ExportFormat::Csv => "Events (CSV)",
        ExportFormat::TimelineJs => "TimelineJS (JSON)",
        ExportFormat::Ics => "Calendar (iCalendar)",
    }
}

/// Image size presets (logical pixels).
pub const SIZE_PRESETS: &[(&str, u32, u32)] = &[
    ("Slide 1600 × 900", 1600, 900),
    ("Report 2400 × 1200", 2400, 1200),
    ("Poster 4000 × 2000", 4000, 2000),
    ("Narrow 1200 × 800", 1200, 800),
];

/// What to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRequest {
    /// Format.
    pub format: ExportFormat,
    /// Output file.
    pub path: PathBuf,
    /// Image width (logical pixels).
    pub width: u32,
    /// Image height (logical pixels).
    pub height: u32,
    /// Output pixels per logical pixel.
    pub scale: f32,
    /// Only this range (days since 1970-01-01), or everything.
    pub range_days: Option<(f64, f64)>,
    /// Dark image.
    pub dark: bool,
}

/// The dialog's state.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportDialog {
    /// Whether the dialog is shown.
    pub open: bool,
    /// Chosen format.
    pub format: ExportFormat,
    /// Typed or chosen output path.
    pub path: String,
    /// Index into [`SIZE_PRESETS`].
    pub preset: usize,
    /// Pixel scale.
    pub scale: f32,
    /// Export only the current view range.
    pub current_view_only: bool,
    /// Dark image.
    pub dark: bool,
    /// The path the user agreed to replace.
    pub confirmed_overwrite: Option<String>,
    /// The outcome of the latest export.
    pub message: Option<String>,
    /// Lanes of the exported image (the view's).
    pub lanes: LaneMode,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            open: false,
            format: ExportFormat::Png,
            path: String::new(),
            preset: 1,
            scale: 1.0,
            current_view_only: true,
            dark: false,
            confirmed_overwrite: None,
            message: None,
            lanes: LaneMode::Article,
        }
    }
}

impl ExportDialog {
    /// The file name the save dialog suggests.
    pub fn suggested_file_name(&self) -> String {
        let stem = match self.format {
            ExportFormat::Png | ExportFormat::Svg | ExportFormat::TimelineJs => "timeline",
            _ => "events",
        };
        format!("{stem}.{}", self.format.extension())
    }

    /// The request the dialog describes.
    pub fn request(&self, view_range_days: Option<(f64, f64)>) -> ExportRequest {
        let (_, width, height) = SIZE_PRESETS
            .get(self.preset)
            .copied()
            .unwrap_or(SIZE_PRESETS[0]);
        ExportRequest {
            format: self.format,
            path: PathBuf::from(self.path.trim()),
            width,
            height,
            scale: self.scale,
            range_days: if self.current_view_only {
                view_range_days
            } else {
                None
            },
            dark: self.dark,
        }
    }

    /// Draws the dialog window.
    pub fn window_ui(
        &mut self,
        ctx: &egui::Context,
        folder: Option<&OpenFolder>,
        view_range_days: Option<(f64, f64)>,
        intents: &mut Vec<Intent>,
    ) {
        if !self.open {
            return;
        }
        let mut open = self.open;
        egui::Window::new("Export")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(420.0)
            .show(ctx, |ui| {
                self.contents_ui(ui, folder, view_range_days, intents)
            });
        self.open = self.open && open;
    }

    fn contents_ui(
        &mut self,
        ui: &mut egui::Ui,
        folder: Option<&OpenFolder>,
        view_range_days: Option<(f64, f64)>,
        intents: &mut Vec<Intent>,
    ) {
        let Some(folder) = folder else {
            ui.label("Open a folder first.");
            return;
        };
        egui::Grid::new("export grid")
            .num_columns(2)
            .show(ui, |ui| {
                let format_label = ui.label("Format");
                egui::ComboBox::from_id_salt("export format")
                    .selected_text(format_name(self.format))
                    .show_ui(ui, |ui| {
                        for format in FORMATS {
                            if ui
                                .selectable_value(&mut self.format, format, format_name(format))
                                .changed()
                            {
                                self.retarget_extension();
                            }
                        }
                    })
                    .response
                    .labelled_by(format_label.id);
                ui.end_row();
                if self.format.is_image() {
                    ui.label("Range");
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut self.current_view_only, true, "Current view");
                        ui.radio_value(&mut self.current_view_only, false, "Everything");
                    });
                    ui.end_row();
                    let size_label = ui.label("Size");
                    egui::ComboBox::from_id_salt("export size")
                        .selected_text(SIZE_PRESETS.get(self.preset).map_or("", |p| p.0))
                        .show_ui(ui, |ui| {
                            for (i, (name, _, _)) in SIZE_PRESETS.iter().enumerate() {
                                ui.selectable_value(&mut self.preset, i, *name);
                            }
                        })
                        .response
                        .labelled_by(size_label.id);
                    ui.end_row();
                    let scale_label = ui.label("Scale");
                    ui.add(
                        egui::Slider::new(&mut self.scale, 1.0..=3.0)
                            .step_by(0.5)
                            .suffix("×"),
                    )
                    .labelled_by(scale_label.id);
                    ui.end_row();
                    ui.label("Theme");
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut self.dark, false, "Light");
                        ui.radio_value(&mut self.dark, true, "Dark");
                    });
                    ui.end_row();
                }
                let file_label = ui.label("Save as:");
                let hint = self.suggested_file_name();
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut self.path)
                            .hint_text(hint)
                            .desired_width(240.0),
                    )
                    .labelled_by(file_label.id);
                    if ui.button("Choose…").clicked() {
                        intents.push(Intent::Pick(PickPurpose::ExportFile));
                    }
                });
                ui.end_row();
            });
        ui.separator();
        let path = self.path.trim().to_owned();
        let exists = !path.is_empty() && Path::new(&path).exists();
        ui.horizontal(|ui| {
            if exists && self.confirmed_overwrite.as_deref() != Some(path.as_str()) {
                ui.colored_label(ui.visuals().warn_fg_color, "The file exists.");
                if ui.button("Replace it").clicked() {
                    self.confirmed_overwrite = Some(path.clone());
                }
            } else if ui
                .add_enabled(!path.is_empty(), egui::Button::new("Write file"))
                .clicked()
            {
                let request = self.request(view_range_days);
                self.message = Some(match write_export(&request, folder, self.lanes) {
                    Ok(()) => format!("written: {}", request.path.display()),
                    Err(err) => format!("export failed: {err}"),
                });
                self.confirmed_overwrite = None;
            }
            if self.format.is_image()
                && ui
                    .button("Copy image")
                    .on_hover_text("Copies a PNG of the timeline to the clipboard")
                    .clicked()
            {
                let request = self.request(view_range_days);
                self.message = Some(match render_image(&request, folder, self.lanes) {
                    Ok(image) => {
                        ui.ctx().copy_image(image);
                        "image copied".to_owned()
                    }
                    Err(err) => format!("copy failed: {err}"),
                });
            }
        });
        if let Some(message) = &self.message {
            ui.label(message);
        }
    }

    /// Keeps the typed path's extension in step with the chosen format.
    fn retarget_extension(&mut self) {
        let trimmed = self.path.trim();
        if trimmed.is_empty() {
            return;
        }
        let path = Path::new(trimmed).with_extension(self.format.extension());
        self.path = path.display().to_string();
    }
}

/// The image options of a request.
fn image_options(request: &ExportRequest, lanes: LaneMode) -> ImageOptions {
    ImageOptions {
        width_px: request.width,
        height_px: request.height,
        scale: request.scale,
        range_days: request.range_days,
        theme: if request.dark {
            Theme::Dark
        } else {
            Theme::Light
        },
        title: None,
        lanes: match lanes {
            LaneMode::Article => layout::LaneMode::Article,
            LaneMode::Kind => layout::LaneMode::Kind,
        },
    }
}

/// Writes the export: the events as corrected and filtered, laid out as in the window. The user
/// already confirmed replacing an existing file.
pub fn write_export(
    request: &ExportRequest,
    folder: &OpenFolder,
    lanes: LaneMode,
) -> Result<(), String> {
    export::write(
        &request.path,
        request.format,
        &folder.visible_timeline(),
        &image_options(request, lanes),
        true,
    )
    .map_err(|err| err.to_string())
}

/// Renders the timeline image for the clipboard.
pub fn render_image(
    request: &ExportRequest,
    folder: &OpenFolder,
    lanes: LaneMode,
) -> Result<egui::ColorImage, String> {
    let image = export::render_rgba(&folder.visible_timeline(), &image_options(request, lanes))
        .map_err(|err| err.to_string())?;
    let size = [image.width as usize, image.height as usize];
    if image.pixels.len() != size[0] * size[1] * 4 {
        return Err("the rendered image has the wrong size".to_owned());
    }
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        &image.pixels,
    ))
}
