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

/// The narrowest the title column gets; it takes whatever the other columns leave.
const MIN_TITLE_WIDTH_PX: f32 = 80.0;
/// Below this width the list drops its article column (the details panel names the articles).
const ARTICLE_COLUMN_MIN_LIST_WIDTH_PX: f32 = 520.0;

/// The table's column widths for the room it has: fixed date and importance columns, an article
/// column that takes about a quarter of the width (hidden when narrow) and the title in the rest,
/// so the right-hand columns are never cut off when the side panels are wide.
#[derive(Clone, Copy, Debug, PartialEq)]
struct ListColumns {
    date_px: f32,
    article_px: Option<f32>,
    importance_px: f32,
    /// Short headers.
    narrow: bool,
}

impl ListColumns {
    fn for_width(width_px: f32) -> Self {
        let narrow = width_px < ARTICLE_COLUMN_MIN_LIST_WIDTH_PX;
        Self {
            date_px: if narrow { 86.0 } else { 110.0 },
            article_px: (!narrow).then(|| (width_px * 0.26).clamp(90.0, 240.0)),
            importance_px: if narrow { 48.0 } else { 86.0 },
            narrow,
        }
    }
}

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
    let selected_row = app
        .selected
        .as_deref()
        .and_then(|id| folder.event_index.get(id))
        .and_then(|selected| folder.visible_in_list.iter().position(|i| i == selected));
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    let columns = ListColumns::for_width(ui.available_width());
    let mut table = TableBuilder::new(ui)
        .id_salt("event table")
        .striped(true)
        .auto_shrink([false, false])
        .column(Column::exact(columns.date_px).clip(true))
        .column(Column::remainder().at_least(MIN_TITLE_WIDTH_PX).clip(true));
    if let Some(article_px) = columns.article_px {
        table = table.column(Column::exact(article_px).clip(true));
    }
    table = table.column(Column::exact(columns.importance_px).clip(true));
    if app.scroll_list_to_selection
        && let Some(row) = selected_row
    {
        table = table.scroll_to_row(row, None);
    }
    app.scroll_list_to_selection = false;
    let filter = &mut app.filter;
    table
        .header(row_height + 2.0, |mut header| {
            let importance_name = if columns.narrow { "Imp." } else { "Importance" };
            for (column, name) in [
                (SortColumn::Date, "Date"),
                (SortColumn::Title, "Title"),
                (SortColumn::Article, "Article"),
                (SortColumn::Importance, importance_name),
            ] {
                if column == SortColumn::Article && columns.article_px.is_none() {
                    continue;
                }
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
                        .on_hover_text(format!("Sort by {}", name.to_lowercase()))
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
                    clicked |= ui
                        .add(egui::Button::selectable(is_selected, event.title.as_str()).truncate())
                        .clicked();
                });
                if columns.article_px.is_some() {
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
                }
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
    ui.horizontal_wrapped(|ui| {
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
    });
    // The article filter starts the second row and, in a narrow list, has it to itself, so a
    // wrapping row never parts a field from its label.
    let narrow = ui.available_width() < ARTICLE_COLUMN_MIN_LIST_WIDTH_PX + 40.0;
    ui.horizontal_wrapped(|ui| {
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
            if narrow {
                ui.end_row();
            }
        }
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
