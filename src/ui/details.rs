//! The Details panel: the selected event's title, its date and precision, how the date was
//! resolved, every source passage with the date expression highlighted, conflicts, "Open article",
//! and the corrections (hide, rename, change date, merge, split a source off). Draws only.

use chrono::{Datelike as _, NaiveDate};

use super::app::{DatelineApp, Intent};
use super::corrections::{Correction, long_date, parse_calendar_value};
use crate::corpus::DateSource;
use crate::extract::Anchor;
use crate::timeline::{Event, Granularity, Source};

/// The background of a highlighted date expression.
pub fn highlight_color(visuals: &egui::Visuals) -> egui::Color32 {
    if visuals.dark_mode {
        egui::Color32::from_rgb(0x6b, 0x55, 0x10)
    } else {
        egui::Color32::from_rgb(0xff, 0xe0, 0x82)
    }
}

/// "18 July 2025 — day", "July 2025 — month", "late 2021 — last third of 2021".
pub fn describe_date(event: &Event) -> String {
    let start = event.start;
    let last_day = event.end.pred_opt().unwrap_or(event.end);
    let year = start.year();
    let third = match event.modifier.as_deref() {
        Some("START") => Some(("early", "first third")),
        Some("MID") => Some(("mid", "middle third")),
        Some("END") => Some(("late", "last third")),
        _ => None,
    };
    match event.granularity {
        Granularity::Time => format!(
            "{} {} — time of day",
            long_date(start),
            time_of_day(&event.date)
        ),
        Granularity::Day => format!("{} — day", long_date(start)),
        Granularity::Week => format!("week of {} — week", long_date(start)),
        Granularity::Month => match third {
            Some((word, part)) => format!(
                "{word} {} — {part} of {}",
                month_year(start),
                month_year(start)
            ),
            None => format!("{} — month", month_year(start)),
        },
        Granularity::Season | Granularity::Quarter | Granularity::Half => format!(
            "{} — {} to {}",
            event.date,
            long_date(start),
            long_date(last_day)
        ),
        Granularity::Year => {
            let year = year_text(year);
            match third {
                Some((word, part)) => format!("{word} {year} — {part} of {year}"),
                None => format!("{year} — year"),
            }
        }
        Granularity::Decade => format!("the {}0s — decade", year / 10),
        Granularity::Century => format!("the {}00s — century", year / 100),
    }
}

/// A compact date for the list: "18 Jul 2025", "Jul 2025", "2025", "1990s", "1800s".
pub fn short_date(event: &Event) -> String {
    let start = event.start;
    let prefix = match event.modifier.as_deref() {
        Some("START") => "early ",
        Some("MID") => "mid ",
        Some("END") => "late ",
        Some("APPROX") => "c. ",
        _ => "",
    };
    let core = match event.granularity {
        Granularity::Time => format!("{} {}", start.format("%-d %b %Y"), time_of_day(&event.date)),
        Granularity::Day => start.format("%-d %b %Y").to_string(),
        Granularity::Week => format!("wk {}", start.format("%-d %b %Y")),
        Granularity::Month => start.format("%b %Y").to_string(),
        Granularity::Season | Granularity::Quarter | Granularity::Half => event.date.clone(),
        Granularity::Year => year_text(start.year()),
        Granularity::Decade => format!("{}0s", start.year() / 10),
        Granularity::Century => format!("{}00s", start.year() / 100),
    };
    format!("{prefix}{core}")
}

/// The time of day of a TIMEX3 value: "16:39", "midnight", "evening" (from `TEV`).
pub fn time_of_day(value: &str) -> String {
    let time = value.split_once('T').map_or("", |(_, time)| time);
    match time {
        "MO" => "morning".to_owned(),
        "AF" => "afternoon".to_owned(),
        "EV" => "evening".to_owned(),
        "NI" => "night".to_owned(),
        "24:00" | "24" => "midnight".to_owned(),
        other => other.to_owned(),
    }
}

/// A year for people: "2025", "44 BC" (astronomical year -43).
pub fn year_text(year: i32) -> String {
    crate::layout::year_label(year)
}

fn month_year(date: NaiveDate) -> String {
    format!("{} {}", date.format("%B"), date.year())
}

/// How a source's date was resolved, in words: "relative to the article's date 2025-07-20, from
/// its footnotes' access dates".
pub fn describe_resolution(source: &Source) -> String {
    match source.anchor {
        Anchor::Explicit if source.mention_text.is_empty() => "added by hand".to_owned(),
        Anchor::Explicit => "written out in full in the text".to_owned(),
        Anchor::PreviousMention => "relative to the date mentioned just before it".to_owned(),
        Anchor::ReferenceDate => match (&source.doc_date, source.date_source) {
            (Some(date), Some(evidence)) => format!(
                "relative to the article's date {date}, from {}",
                describe_date_source(evidence)
            ),
            (Some(date), None) => format!("relative to the article's date {date}"),
            (None, _) => "relative to the article's date, which is unknown".to_owned(),
        },
    }
}

/// Where an article's date came from, in words.
pub fn describe_date_source(source: DateSource) -> &'static str {
    match source {
        DateSource::Dateline => "its dateline",
        DateSource::Metadata => "the page's metadata",
        DateSource::Path => "its file path",
        DateSource::AccessDates => "its footnotes' access dates",
        DateSource::Folder => "the year the folder's articles agree on",
        DateSource::Mtime => "the file's modification time",
        DateSource::ReferenceDate => "a correction",
    }
}

/// Splits a passage around its date expression: (before, expression, after). `None` when the
/// offsets do not fall inside the passage.
pub fn split_passage(source: &Source) -> Option<(&str, &str, &str)> {
    let start = source.mention_start.checked_sub(source.passage_start)?;
    let end = source.mention_end.checked_sub(source.passage_start)?;
    let passage = source.passage.as_str();
    Some((
        passage.get(..start)?,
        passage.get(start..end)?,
        passage.get(end..)?,
    ))
}

/// Draws a passage with its date expression highlighted; returns true when the expression was
/// clicked.
pub fn passage_ui(ui: &mut egui::Ui, source: &Source) -> bool {
    let mut clicked = false;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        match split_passage(source) {
            Some((before, mention, after)) if !mention.is_empty() => {
                ui.label(before);
                let text = egui::RichText::new(mention)
                    .background_color(highlight_color(ui.visuals()))
                    .strong();
                clicked = ui
                    .add(egui::Label::new(text).sense(egui::Sense::click()))
                    .on_hover_text("Show it in the article")
                    .clicked();
                ui.label(after);
            }
            _ => {
                ui.label(&source.passage);
            }
        }
    });
    clicked
}

/// Draws the Details panel.
pub fn details_panel_ui(ui: &mut egui::Ui, app: &mut DatelineApp, intents: &mut Vec<Intent>) {
    ui.set_min_width(ui.available_width());
    ui.heading("Details");
    let Some(folder) = &app.folder else {
        return;
    };
    let Some(event) = app.selected.as_deref().and_then(|id| folder.event(id)) else {
        ui.weak("Select an event on the timeline or in the list.");
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("details scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(&event.title).size(17.0).strong());
            ui.label(describe_date(event));
            ui.weak(format!(
                "TIMEX3 {}{} · {:?} · importance {:.1}",
                event.date,
                event
                    .modifier
                    .as_deref()
                    .map(|m| format!(" ({m})"))
                    .unwrap_or_default(),
                event.kind,
                event.importance
            ));
            ui.add_space(6.0);
            ui.label(egui::RichText::new(format!("Sources ({})", event.sources.len())).strong());
            for (i, source) in event.sources.iter().enumerate() {
                ui.push_id(i, |ui| {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width() - 4.0);
                        let title = folder
                            .document(&source.doc)
                            .map_or(source.doc.as_str(), |doc| doc.title.as_str());
                        ui.weak(title);
                        if passage_ui(ui, source) {
                            intents.push(Intent::ShowArticle {
                                doc: source.doc.clone(),
                                at: Some(source.mention_start),
                            });
                        }
                        ui.weak(format!(
                            "“{}” → {}, resolved {}.",
                            source.mention_text,
                            source.value,
                            describe_resolution(source)
                        ));
                        ui.horizontal(|ui| {
                            if ui.button("Open article").clicked() {
                                intents.push(Intent::ShowArticle {
                                    doc: source.doc.clone(),
                                    at: Some(source.mention_start),
                                });
                            }
                            if event.sources.len() > 1
                                && ui
                                    .small_button("Split off")
                                    .on_hover_text("Make this source an event of its own")
                                    .clicked()
                            {
                                intents.push(Intent::Correct(Correction::SplitSource {
                                    event: event.id.clone(),
                                    doc: source.doc.clone(),
                                    mention_start: source.mention_start,
                                }));
                            }
                        });
                    });
                });
            }
            if !event.conflicts.is_empty() {
                ui.add_space(6.0);
                ui.colored_label(ui.visuals().warn_fg_color, "Conflicting dates");
                for conflict in &event.conflicts {
                    ui.label(format!(
                        "{} according to {}",
                        conflict.date, conflict.source.doc
                    ));
                }
            }
            ui.add_space(8.0);
            ui.separator();
            corrections_ui(ui, event, &mut app.drafts, intents);
        });
}

/// The correction controls for the selected event.
fn corrections_ui(
    ui: &mut egui::Ui,
    event: &Event,
    drafts: &mut super::app::EditDrafts,
    intents: &mut Vec<Intent>,
) {
    ui.label(egui::RichText::new("Correct").strong());
    ui.horizontal_wrapped(|ui| {
        if ui.button("Hide").clicked() {
            intents.push(Intent::Correct(Correction::Hide {
                event: event.id.clone(),
            }));
        }
        if ui.button("Rename…").clicked() {
            drafts.rename = Some(event.title.clone());
        }
        if ui.button("Change date…").clicked() {
            drafts.redate = Some(event.date.clone());
        }
        match drafts.merge_from.clone() {
            Some(from) if from != event.id => {
                if ui.button("Merge the marked event into this one").clicked() {
                    intents.push(Intent::Correct(Correction::Merge {
                        into: event.id.clone(),
                        from,
                    }));
                    drafts.merge_from = None;
                }
                if ui.small_button("Unmark").clicked() {
                    drafts.merge_from = None;
                }
            }
            Some(_) => {
                ui.weak("Marked for merging: select the event to merge it into.");
            }
            None => {
                if ui
                    .button("Mark for merge")
                    .on_hover_text("Then select the event it duplicates")
                    .clicked()
                {
                    drafts.merge_from = Some(event.id.clone());
                }
            }
        }
    });
    if let Some(title) = &mut drafts.rename {
        let mut done = false;
        ui.horizontal(|ui| {
            let label = ui.label("Title:");
            ui.add(egui::TextEdit::singleline(title).desired_width(220.0))
                .labelled_by(label.id);
            if ui.button("Rename").clicked() && !title.trim().is_empty() {
                intents.push(Intent::Correct(Correction::Rename {
                    event: event.id.clone(),
                    title: title.trim().to_owned(),
                }));
                done = true;
            }
            if ui.small_button("Cancel").clicked() {
                done = true;
            }
        });
        if done {
            drafts.rename = None;
        }
    }
    if let Some(date) = &mut drafts.redate {
        let mut done = false;
        ui.horizontal(|ui| {
            let label = ui.label("New date:");
            ui.add(
                egui::TextEdit::singleline(date)
                    .hint_text("YYYY-MM-DD, YYYY-MM or YYYY")
                    .desired_width(140.0),
            )
            .labelled_by(label.id);
            let valid = parse_calendar_value(date).is_some();
            if ui
                .add_enabled(valid, egui::Button::new("Set date"))
                .clicked()
            {
                intents.push(Intent::Correct(Correction::ChangeDate {
                    event: event.id.clone(),
                    date: date.trim().to_owned(),
                }));
                done = true;
            }
            if ui.small_button("Cancel").clicked() {
                done = true;
            }
        });
        if done {
            drafts.redate = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{time_of_day, year_text};

    #[test]
    fn times_of_day_and_years_for_people() {
        assert_eq!(time_of_day("2010-01-12TEV"), "evening");
        assert_eq!(time_of_day("2025-06-19T16:39"), "16:39");
        assert_eq!(time_of_day("1989-10-27T24:00"), "midnight");
        assert_eq!(year_text(2025), "2025");
        assert_eq!(year_text(-43), "44 BC");
        assert_eq!(year_text(0), "1 BC");
    }
}
