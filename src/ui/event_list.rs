//! The event list: a sortable table (date, title, article, importance) with a search box and
//! filters for kind, article and date range; its selection is the timeline's selection. Draws from
//! the app's precomputed visible lists; changes to filters are typed straight into the filter
//! state, everything else is an [`Intent`].

use egui_extras::{Column, TableBuilder};

use super::app::{DatelineApp, Intent, SortColumn};
use super::details::short_date;
use crate::timeline::EventKind;

/// The label of the search box (also its accessible name).
pub const SEARCH_LABEL: &str = "Search:";

/// Draws the list with its search box and filters.
pub fn event_list_ui(ui: &mut egui::Ui, app: &mut DatelineApp, intents: &mut Vec<Intent>) {
    filters_ui(ui, app);
    ui.separator();
    let Some(folder) = &app.folder else {
        ui.weak("Open a folder to see its events.");
        return;
    };
    if folder.events.is_empty() {
        ui.label("No dated events were found in these articles.");
        return;
    }
    if folder.visible_in_list.is_empty() {
        ui.label("No event matches the search and filters.");
        return;
    }
    let selected_row = app.selected.as_deref().and_then(|id| {
        folder
            .visible_in_list
            .iter()
            .position(|&i| folder.events[i].id == id)
    });
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    let mut table = TableBuilder::new(ui)
        .id_salt("event table")
        .striped(true)
        .resizable(true)
        .auto_shrink([false, false])
        .column(Column::initial(110.0).at_least(80.0).clip(true))
        .column(Column::remainder().at_least(160.0).clip(true))
        .column(Column::initial(190.0).at_least(80.0).clip(true))
        .column(Column::exact(86.0));
    if app.scroll_list_to_selection
        && let Some(row) = selected_row
    {
        table = table.scroll_to_row(row, None);
    }
    app.scroll_list_to_selection = false;
    let filter = &mut app.filter;
    table
        .header(row_height + 2.0, |mut header| {
            for (column, name) in [
                (SortColumn::Date, "Date"),
                (SortColumn::Title, "Title"),
                (SortColumn::Article, "Article"),
                (SortColumn::Importance, "Importance"),
            ] {
                header.col(|ui| {
                    let arrow = match (filter.sort == column, filter.descending) {
                        (true, false) => " ↑",
                        (true, true) => " ↓",
                        (false, _) => "",
                    };
                    if ui
                        .add(
                            egui::Button::new(
                                egui::RichText::new(format!("{name}{arrow}")).strong(),
                            )
                            .frame(false),
                        )
                        .on_hover_text("Sort by this column")
                        .clicked()
                    {
                        if filter.sort == column {
                            filter.descending = !filter.descending;
                        } else {
                            filter.sort = column;
                            filter.descending = false;
                        }
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, folder.visible_in_list.len(), |mut row| {
                let event = &folder.events[folder.visible_in_list[row.index()]];
                let is_selected = app.selected.as_deref() == Some(event.id.as_str());
                row.set_selected(is_selected);
                let mut clicked = false;
                row.col(|ui| {
                    clicked |= ui
                        .add(
                            egui::Label::new(short_date(event))
                                .sense(egui::Sense::click())
                                .truncate(),
                        )
                        .clicked();
                });
                row.col(|ui| {
                    clicked |= ui.selectable_label(is_selected, &event.title).clicked();
                });
                row.col(|ui| {
                    let article = match event.sources.as_slice() {
                        [] => String::new(),
                        [one] => folder
                            .document(&one.doc)
                            .map_or_else(|| one.doc.clone(), |doc| doc.title.clone()),
                        [one, rest @ ..] => format!(
                            "{} +{}",
                            folder
                                .document(&one.doc)
                                .map_or_else(|| one.doc.clone(), |doc| doc.title.clone()),
                            rest.len()
                        ),
                    };
                    clicked |= ui
                        .add(
                            egui::Label::new(article)
                                .sense(egui::Sense::click())
                                .truncate(),
                        )
                        .clicked();
                });
                row.col(|ui| {
                    ui.label(format!("{:.1}", event.importance));
                });
                if clicked || row.response().clicked() {
                    intents.push(Intent::Select(Some(event.id.clone())));
                }
                if row.response().double_clicked() {
                    intents.push(Intent::OpenSelectedSource);
                }
            });
        });
}

/// The search box and the filters.
fn filters_ui(ui: &mut egui::Ui, app: &mut DatelineApp) {
    ui.horizontal(|ui| {
        let label = ui.label(SEARCH_LABEL);
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut app.filter.search)
                    .hint_text("words in title or passage  (Ctrl+F)")
                    .desired_width(170.0),
            )
            .labelled_by(label.id);
        if app.focus_search {
            search.request_focus();
            app.focus_search = false;
        }
        ui.separator();
        let kind_text = app
            .filter
            .kind
            .map_or("all kinds".to_owned(), |kind| format!("{kind:?}"));
        let kind_label = ui.label("Kind:");
        egui::ComboBox::from_id_salt("kind filter")
            .selected_text(kind_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut app.filter.kind, None, "all kinds");
                for kind in [EventKind::Event, EventKind::Background, EventKind::Metadata] {
                    ui.selectable_value(&mut app.filter.kind, Some(kind), format!("{kind:?}"));
                }
            })
            .response
            .labelled_by(kind_label.id);
        if let Some(folder) = &app.folder {
            let article_text = app
                .filter
                .article
                .as_ref()
                .and_then(|path| folder.document(path))
                .map_or("all articles".to_owned(), |doc| truncate(&doc.title, 28));
            let article_label = ui.label("Article:");
            egui::ComboBox::from_id_salt("article filter")
                .selected_text(article_text)
                .width(150.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut app.filter.article, None, "all articles");
                    for doc in &folder.loaded.corpus.documents {
                        let path = doc.path.display().to_string();
                        ui.selectable_value(
                            &mut app.filter.article,
                            Some(path),
                            truncate(&doc.title, 60),
                        );
                    }
                })
                .response
                .labelled_by(article_label.id);
        }
    });
    ui.horizontal(|ui| {
        let from = ui.label("From:");
        ui.add(
            egui::TextEdit::singleline(&mut app.filter.from)
                .hint_text("YYYY-MM-DD")
                .desired_width(78.0),
        )
        .labelled_by(from.id);
        let to = ui.label("to:");
        ui.add(
            egui::TextEdit::singleline(&mut app.filter.to)
                .hint_text("YYYY-MM-DD")
                .desired_width(78.0),
        )
        .labelled_by(to.id);
        if ui.small_button("Clear").clicked() {
            let sort = (app.filter.sort, app.filter.descending);
            app.filter = super::app::ListFilter::default();
            (app.filter.sort, app.filter.descending) = sort;
        }
        if let Some(folder) = &app.folder {
            ui.weak(format!(
                "{} of {} events",
                folder.visible_in_list.len(),
                folder.events.len()
            ));
        }
    });
}

/// Shortens a text to at most `max_chars` characters, with an ellipsis.
fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(max_chars.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}
