//! The Articles panel: each article's title, its own date with the evidence, a checkbox that shows
//! or hides its events, a way to correct its date, a notice when it does not read as English, and
//! the load warnings. Draws only; changes are [`Intent`]s.

use super::app::{DatelineApp, Intent};
use super::corrections::{Correction, parse_calendar_value};
use crate::timeline::Granularity;

/// Draws the Articles panel.
pub fn articles_panel_ui(ui: &mut egui::Ui, app: &mut DatelineApp, intents: &mut Vec<Intent>) {
    ui.heading("Articles");
    let Some(folder) = &app.folder else {
        ui.weak("No folder open.");
        return;
    };
    let documents = &folder.loaded.corpus.documents;
    if documents.is_empty() {
        ui.label("No readable articles in this folder.");
    }
    egui::ScrollArea::vertical()
        .id_salt("articles scroll")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (i, doc) in documents.iter().enumerate() {
                let path = doc.path.display().to_string();
                ui.push_id(&path, |ui| {
                    let mut shown = !folder.hidden_articles.contains(&path);
                    let title = if doc.title.is_empty() { path.as_str() } else { doc.title.as_str() };
                    ui.horizontal(|ui| {
                        if ui
                            .checkbox(&mut shown, "")
                            .on_hover_text("Show this article's events")
                            .changed()
                        {
                            intents.push(Intent::SetArticleShown {
                                doc: path.clone(),
                                shown,
                            });
                        }
                        let link = ui.add(egui::Label::new(egui::RichText::new(title).strong()).sense(egui::Sense::click()).truncate());
                        if link.on_hover_text(format!("{path}\nClick to read it")).clicked() {
                            intents.push(Intent::ShowArticle { doc: path.clone(), at: None });
                        }
                    });
                    match &doc.date {
                        Some(date) => {
                            let year_note = if date.year_known { "" } else { ", year uncertain" };
                            ui.weak(format!(
                                "{} — from {} ({:.0}% sure{year_note})",
                                date.date.date(),
                                super::details::describe_date_source(date.source),
                                date.confidence * 100.0
                            ))
                            .on_hover_text(format!("Evidence: {}", date.evidence));
                        }
                        None => {
                            ui.weak("no date found — relative dates cannot be resolved");
                        }
                    }
                    if folder.not_english.get(i).copied().unwrap_or(false) {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            "Not English: Dateline reads English text only, so this article shows few or no dates.",
                        );
                    }
                    article_date_editor_ui(ui, &path, intents);
                });
                ui.add_space(4.0);
            }
            let warnings = &folder.loaded.corpus.warnings;
            if !warnings.is_empty() {
                ui.separator();
                ui.label(egui::RichText::new(format!("{} load warnings", warnings.len())).strong());
                for warning in warnings {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!("{}: {}", warning.path.display(), warning.message),
                    );
                }
            }
            for warning in &folder.loaded.timeline.warnings {
                ui.colored_label(ui.visuals().warn_fg_color, warning);
            }
            for warning in &folder.correction_warnings {
                ui.colored_label(ui.visuals().warn_fg_color, warning);
            }
        });
}

/// The "Correct date…" control of one article. The typed text lives in an egui temp slot so the
/// panel does not need mutable app state while it iterates.
fn article_date_editor_ui(ui: &mut egui::Ui, path: &str, intents: &mut Vec<Intent>) {
    let id = ui.scope_id().with("date draft");
    let mut draft: Option<String> = ui.data(|data| data.get_temp(id));
    let mut close = false;
    match &mut draft {
        None => {
            if ui.small_button("Correct date…").clicked() {
                draft = Some(String::new());
            }
        }
        Some(typed) => {
            ui.horizontal(|ui| {
                let label = ui.label("Date:");
                ui.add(
                    egui::TextEdit::singleline(typed)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(100.0),
                )
                .labelled_by(label.id);
                let valid = matches!(parse_calendar_value(typed), Some((_, _, Granularity::Day)));
                if ui.add_enabled(valid, egui::Button::new("Apply")).clicked() {
                    intents.push(Intent::Correct(Correction::DocumentDate {
                        doc: path.to_owned(),
                        date: typed.trim().to_owned(),
                    }));
                    close = true;
                } else if ui.small_button("Cancel").clicked() {
                    close = true;
                }
            });
        }
    }
    if close {
        draft = None;
    }
    ui.data_mut(|data| match draft {
        Some(typed) => {
            data.insert_temp(id, typed);
        }
        None => data.remove::<String>(id),
    });
}
