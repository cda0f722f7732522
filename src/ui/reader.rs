//! The article reader: an article's text with every temporal expression highlighted and web
//! boilerplate greyed. Clicking a highlighted date selects its event; in "add event" mode a click
//! starts a new event from the sentence clicked. Draws only; changes are [`Intent`]s.

use std::ops::Range;

use egui::text::{CCursor, LayoutJob, TextFormat};

use super::app::{DatelineApp, Intent, NewEventDraft, OpenFolder};
use super::corrections::{Correction, parse_calendar_value};
use super::details::highlight_color;

/// How a stretch of the article is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanStyle {
    /// Ordinary text.
    Text,
    /// Web boilerplate, reference lists, URLs.
    Boilerplate,
    /// A temporal expression.
    Mention,
    /// A temporal expression of the selected event.
    SelectedMention,
}

/// Cuts a text into styled stretches: mentions over boilerplate over text. Ranges must be byte
/// ranges on char boundaries; ranges that are not are skipped.
pub fn styled_spans(
    text_len: usize,
    boilerplate: &[Range<usize>],
    mentions: &[Range<usize>],
    selected: &[Range<usize>],
) -> Vec<(Range<usize>, SpanStyle)> {
    let clamp = |r: &Range<usize>| r.start.min(text_len)..r.end.min(text_len);
    let mut cuts: Vec<usize> = vec![0, text_len];
    for range in boilerplate.iter().chain(mentions).chain(selected) {
        let range = clamp(range);
        cuts.push(range.start);
        cuts.push(range.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let covers =
        |ranges: &[Range<usize>], at: usize| ranges.iter().any(|r| r.start <= at && at < r.end);
    let mut spans: Vec<(Range<usize>, SpanStyle)> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let style = if covers(selected, start) {
            SpanStyle::SelectedMention
        } else if covers(mentions, start) {
            SpanStyle::Mention
        } else if covers(boilerplate, start) {
            SpanStyle::Boilerplate
        } else {
            SpanStyle::Text
        };
        match spans.last_mut() {
            Some((range, last)) if *last == style && range.end == start => range.end = end,
            _ => spans.push((start..end, style)),
        }
    }
    spans
}

/// The sentence around a byte offset: from after the previous sentence end to the next one.
pub fn sentence_around(text: &str, offset: usize) -> Range<usize> {
    let offset = offset.min(text.len());
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text
        .get(..offset)
        .and_then(|before| before.rfind(is_end).map(|i| i + 1))
        .unwrap_or(0);
    let end = text
        .get(offset..)
        .and_then(|after| after.find(is_end).map(|i| offset + i + 1))
        .unwrap_or(text.len());
    let slice = text.get(start..end).unwrap_or("");
    let trimmed_start = start + (slice.len() - slice.trim_start().len());
    let trimmed_end = end - (slice.len() - slice.trim_end().len());
    trimmed_start..trimmed_end.max(trimmed_start)
}

/// Draws the reader panel.
pub fn reader_panel_ui(ui: &mut egui::Ui, app: &mut DatelineApp, intents: &mut Vec<Intent>) {
    ui.set_min_width(ui.available_width());
    let Some(folder) = &app.folder else {
        return;
    };
    let Some(path) = app.reader.doc.clone() else {
        return;
    };
    let Some(&doc_index) = folder.doc_index.get(&path) else {
        ui.weak("This article is no longer loaded.");
        return;
    };
    let doc = &folder.loaded.corpus.documents[doc_index];
    ui.horizontal(|ui| {
        ui.heading("Article");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("× Back to articles")
                .on_hover_text("Close the reader and show the article list")
                .clicked()
            {
                intents.push(Intent::ShowReader(false));
            }
            ui.toggle_value(&mut app.reader.add_mode, "Add event…")
                .on_hover_text("Click a sentence to make it an event");
        });
    });
    ui.label(egui::RichText::new(&doc.title).strong());
    ui.weak(&path);
    if folder.not_english.get(doc_index).copied().unwrap_or(false) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "Not English: dates in this article are not recognised (English only for now).",
        );
    }
    new_event_form_ui(ui, &mut app.drafts.new_event, intents);
    ui.separator();

    let mentions: Vec<Range<usize>> = folder
        .loaded
        .mentions
        .get(doc_index)
        .map(|mentions| mentions.iter().map(|m| m.start..m.end).collect())
        .unwrap_or_default();
    let selected: Vec<Range<usize>> = app
        .selected
        .as_deref()
        .and_then(|id| folder.event(id))
        .map(|event| {
            event
                .sources
                .iter()
                .filter(|s| s.doc == path)
                .map(|s| s.mention_start..s.mention_end)
                .collect()
        })
        .unwrap_or_default();
    let spans = styled_spans(doc.text.len(), &doc.boilerplate, &mentions, &selected);
    let job = layout_job(ui, &doc.text, &spans);
    let scroll_to = app.reader.scroll_to.take();
    let add_mode = app.reader.add_mode;
    egui::ScrollArea::vertical()
        .id_salt(("reader", &path))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let (pos, galley, response) = egui::Label::new(job)
                .sense(egui::Sense::click())
                .layout_in_ui(ui);
            ui.painter()
                .galley(pos, galley.clone(), ui.visuals().text_color());
            if let Some(offset) = scroll_to {
                let char_index = doc.text.get(..offset).map_or(0, |s| s.chars().count());
                let rect = galley
                    .pos_from_cursor(CCursor::new(char_index))
                    .translate(pos.to_vec2());
                ui.scroll_to_rect(rect.expand(60.0), Some(egui::Align::Center));
            }
            if response.clicked()
                && let Some(pointer) = response.interact_pointer_pos()
            {
                let cursor = galley.cursor_from_pos(pointer - pos);
                let offset = doc
                    .text
                    .char_indices()
                    .nth(cursor.index.0)
                    .map_or(doc.text.len(), |(byte, _)| byte);
                on_text_clicked(
                    folder,
                    &path,
                    &doc.text,
                    offset,
                    add_mode,
                    &mut app.drafts.new_event,
                    intents,
                );
            }
        });
}

/// A click in the text: select the event of the date clicked, or start a new event.
fn on_text_clicked(
    folder: &OpenFolder,
    path: &str,
    text: &str,
    offset: usize,
    add_mode: bool,
    draft: &mut Option<NewEventDraft>,
    intents: &mut Vec<Intent>,
) {
    if add_mode {
        let sentence = sentence_around(text, offset);
        let passage = text.get(sentence.clone()).unwrap_or("");
        let date = folder
            .loaded
            .mentions
            .get(folder.doc_index.get(path).copied().unwrap_or(usize::MAX))
            .and_then(|mentions| {
                mentions.iter().find(|m| {
                    m.start >= sentence.start
                        && m.end <= sentence.end
                        && parse_calendar_value(&m.value).is_some()
                })
            })
            .map(|m| m.value.clone())
            .unwrap_or_default();
        *draft = Some(NewEventDraft {
            doc: path.to_owned(),
            passage_start: sentence.start,
            passage_end: sentence.end,
            date,
            title: passage.chars().take(90).collect(),
            passage: passage.to_owned(),
        });
        return;
    }
    let event = folder.events.iter().find(|event| {
        event.sources.iter().any(|s| {
            s.doc == path
                && s.mention_start <= offset
                && offset < s.mention_end.max(s.mention_start + 1)
        })
    });
    if let Some(event) = event {
        intents.push(Intent::Select(Some(event.id.clone())));
    }
}

/// The form that confirms a new event taken from a passage.
fn new_event_form_ui(
    ui: &mut egui::Ui,
    draft: &mut Option<NewEventDraft>,
    intents: &mut Vec<Intent>,
) {
    let Some(new_event) = draft else {
        return;
    };
    let mut close = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(egui::RichText::new("New event from the passage").strong());
        let title_label = ui.label("Title:");
        ui.add(egui::TextEdit::singleline(&mut new_event.title).desired_width(f32::INFINITY))
            .labelled_by(title_label.id);
        ui.horizontal(|ui| {
            let date_label = ui.label("Date:");
            ui.add(
                egui::TextEdit::singleline(&mut new_event.date)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(110.0),
            )
            .labelled_by(date_label.id);
            let valid = parse_calendar_value(&new_event.date).is_some()
                && !new_event.title.trim().is_empty();
            if ui
                .add_enabled(valid, egui::Button::new("Add event"))
                .clicked()
            {
                intents.push(Intent::Correct(Correction::AddEvent {
                    doc: new_event.doc.clone(),
                    passage_start: new_event.passage_start,
                    passage_end: new_event.passage_end,
                    passage: new_event.passage.clone(),
                    date: new_event.date.trim().to_owned(),
                    title: new_event.title.trim().to_owned(),
                }));
                close = true;
            }
            if ui.small_button("Cancel").clicked() {
                close = true;
            }
        });
    });
    if close {
        *draft = None;
    }
}

/// The article as one layout job with its styled stretches.
fn layout_job(ui: &egui::Ui, text: &str, spans: &[(Range<usize>, SpanStyle)]) -> LayoutJob {
    let visuals = ui.visuals();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width() - 12.0;
    for (range, style) in spans {
        let Some(piece) = text.get(range.clone()) else {
            continue;
        };
        let mut format = TextFormat::simple(font.clone(), visuals.text_color());
        match style {
            SpanStyle::Text => {}
            SpanStyle::Boilerplate => format.color = visuals.weak_text_color(),
            SpanStyle::Mention => format.background = highlight_color(visuals),
            SpanStyle::SelectedMention => {
                format.background = visuals.selection.bg_fill;
                format.color = visuals.selection.stroke.color;
            }
        }
        job.append(piece, 0.0, format);
    }
    job
}
