//! The keyboard help overlay (F1 or ?): every shortcut the app knows, in one place. Draws only.

use super::app::Intent;

/// The shortcuts, as shown in the overlay and the README.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("← / →", "previous / next event in time"),
    ("↑ / ↓", "previous / next row of the list"),
    ("Enter", "open the selected event's source in the reader"),
    ("+ / −", "zoom in / out"),
    ("Home", "fit all events (or double-click the timeline)"),
    ("Mouse wheel", "zoom around the pointer"),
    ("Drag, Shift+wheel", "pan"),
    ("Ctrl+F", "search"),
    ("Ctrl+O", "open a folder"),
    ("Ctrl+E", "export"),
    ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo a correction"),
    ("Esc", "clear the selection"),
    ("F1 or ?", "this help"),
];

/// Draws the help overlay.
pub fn help_overlay_ui(ctx: &egui::Context, intents: &mut Vec<Intent>) {
    let modal = egui::Modal::new(egui::Id::unique("keyboard help")).show(ctx, |ui| {
        ui.heading("Keyboard shortcuts");
        ui.weak("Plain keys work while no text field has the focus.");
        ui.add_space(6.0);
        egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
            for (keys, action) in SHORTCUTS {
                ui.label(egui::RichText::new(*keys).monospace().strong());
                ui.label(*action);
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        if ui.button("Close").clicked() {
            intents.push(Intent::ToggleHelp);
        }
    });
    if modal.should_close() && !intents.contains(&Intent::ToggleHelp) {
        intents.push(Intent::ToggleHelp);
    }
}
