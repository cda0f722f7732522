//! The Open panel: "Open folder…" (the file dialog), a typed path as the fallback when no dialog
//! is available, the samples, recent folders, and the progress of a running load with Cancel.
//! Draws only; every action is an [`Intent`].

use std::path::PathBuf;

use super::app::{DatelineApp, Intent};
use super::picker::PickPurpose;

/// Draws the Open panel.
pub fn open_panel_ui(ui: &mut egui::Ui, app: &mut DatelineApp, intents: &mut Vec<Intent>) {
    ui.horizontal(|ui| {
        if ui
            .button("Open folder…")
            .on_hover_text("Ctrl+O — or drop a folder or files on the window")
            .clicked()
        {
            intents.push(Intent::Pick(PickPurpose::OpenFolder));
        }
        if ui
            .button("Samples")
            .on_hover_text("The five bundled articles")
            .clicked()
        {
            intents.push(Intent::OpenSamples);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Path:");
        let field = ui.add(
            egui::TextEdit::singleline(&mut app.typed_path)
                .hint_text("type a folder path")
                .desired_width((ui.available_width() - 64.0).max(60.0)),
        );
        let field = field.labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Open").clicked() || entered) && !app.typed_path.trim().is_empty() {
            intents.push(Intent::OpenPath(expand_home(app.typed_path.trim())));
        }
    });
    if let Some(job) = &app.loading {
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(job.progress.fraction())
                    .desired_width(ui.available_width() - 70.0)
                    .text(job.progress.stage)
                    .animate(true),
            );
            if ui.button("Cancel").clicked() {
                intents.push(Intent::CancelLoad);
            }
        });
        ui.weak(format!("Opening {}", job.target.display_name()));
    }
}

/// Expands a leading `~/` to the home folder, as a shell would.
fn expand_home(typed: &str) -> PathBuf {
    if let Some(rest) = typed.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(typed)
}
