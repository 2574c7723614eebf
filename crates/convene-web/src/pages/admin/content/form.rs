//! Editing forms described as data: each field knows its label, kind, value and error, so
//! one template renders every editor form, with labels, errors beside fields, and the
//! translations of a record's texts grouped by language.

use convene_domain::Lang;

use crate::i18n::Tr;
use crate::pages::admin::frame::Frame;

/// How a field is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Text,
    /// Several lines (Markdown).
    Area,
    /// One of `options`.
    Select,
    /// `YYYY-MM-DD`.
    Date,
    /// `HH:MM`.
    Time,
    /// A whole number.
    Number,
    /// A web address.
    Url,
}

/// One form field.
#[derive(Debug, Clone)]
pub struct Field {
    /// Input name (and `f-{name}` id).
    pub name: String,
    /// Visible label.
    pub label: String,
    /// How it is entered.
    pub kind: Kind,
    /// Current value.
    pub value: String,
    /// Choices of a select: (value, label).
    pub options: Vec<(String, String)>,
    /// The error beside it.
    pub error: Option<String>,
    /// A hint under the label.
    pub hint: Option<String>,
    /// Whether it must be filled.
    pub required: bool,
    /// Language of the value, when it is a translation.
    pub lang: Option<&'static str>,
    /// Writing direction of the value, when it is a translation.
    pub dir: Option<&'static str>,
}

impl Field {
    /// Whether the field is of `kind` (templates compare kinds through this).
    pub fn is(&self, kind: &str) -> bool {
        let k = match self.kind {
            Kind::Text => "text",
            Kind::Area => "area",
            Kind::Select => "select",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Number => "number",
            Kind::Url => "url",
        };
        k == kind
    }

    /// The HTML input type.
    pub fn input_type(&self) -> &'static str {
        match self.kind {
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Number => "number",
            Kind::Url => "url",
            _ => "text",
        }
    }
}

/// A group of fields, optionally collapsed (translations) and in a language.
#[derive(Debug, Clone)]
pub struct Section {
    /// Heading (a legend).
    pub heading: String,
    /// Shown folded (`<details>`) unless it holds an error or a value.
    pub folded: bool,
    /// Its fields.
    pub fields: Vec<Field>,
}

/// Builds fields from the values a form holds and the errors the frame carries.
pub struct Builder<'a, 'b> {
    t: &'a Tr<'b>,
    values: &'a [(String, String)],
    frame: &'a Frame,
}

impl<'a, 'b> Builder<'a, 'b> {
    /// A builder over `values` (the record's, or what was typed).
    pub fn new(t: &'a Tr<'b>, values: &'a [(String, String)], frame: &'a Frame) -> Self {
        Self { t, values, frame }
    }

    fn value(&self, name: &str) -> String {
        self.values.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// A field labelled by `admin-field-{name}`.
    pub fn field(&self, name: &str, kind: Kind, required: bool) -> Field {
        self.labelled(name, self.t.t(&format!("admin-field-{name}")), kind, required)
    }

    /// A field with a label of its own (one message for several fields).
    pub fn labelled(&self, name: &str, label: String, kind: Kind, required: bool) -> Field {
        Field {
            name: name.to_owned(),
            label,
            kind,
            value: self.value(name),
            options: Vec::new(),
            error: self.frame.error(name).map(str::to_owned),
            hint: None,
            required,
            lang: None,
            dir: None,
        }
    }

    /// A select whose options are `(value, message id)`.
    pub fn select(&self, name: &str, options: Vec<(String, String)>) -> Field {
        Field { options, ..self.field(name, Kind::Select, true) }
    }

    /// The translation sections of `fields` (name, kind) for every language but `own`.
    pub fn translations(&self, own: Lang, fields: &[(&str, Kind)]) -> Vec<Section> {
        Lang::ALL
            .into_iter()
            .filter(|l| *l != own)
            .map(|lang| {
                let fields: Vec<Field> = fields
                    .iter()
                    .map(|(f, kind)| {
                        let name = format!("{f}_{lang}");
                        Field {
                            label: self.t.t(&format!("admin-field-{f}")),
                            lang: Some(lang.code()),
                            dir: Some(lang.dir()),
                            ..self.field_named(&name, *kind)
                        }
                    })
                    .collect();
                let folded = fields.iter().all(|f| f.value.is_empty() && f.error.is_none());
                Section {
                    heading: self.t.arg(
                        "admin-translation-heading",
                        "language",
                        &self.t.t(&format!("language-{lang}")),
                    ),
                    folded,
                    fields,
                }
            })
            .collect()
    }

    fn field_named(&self, name: &str, kind: Kind) -> Field {
        Field {
            name: name.to_owned(),
            label: String::new(),
            kind,
            value: self.value(name),
            options: Vec::new(),
            error: self.frame.error(name).map(str::to_owned),
            hint: None,
            required: false,
            lang: None,
            dir: None,
        }
    }
}

/// The six languages as select options, in their own names.
pub fn language_options(t: &Tr<'_>) -> Vec<(String, String)> {
    Lang::ALL.iter().map(|l| (l.code().to_owned(), t.t(&format!("language-{l}")))).collect()
}

/// A text's values as form pairs: `{field}` for the own language, `{field}_{lang}` for others.
pub fn text_pairs(texts: &convene_domain::Texts, own: Lang) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for (field, by_lang) in texts {
        for (lang, text) in by_lang {
            let name = if *lang == own { field.clone() } else { format!("{field}_{lang}") };
            pairs.push((name, text.clone()));
        }
    }
    pairs
}

/// A fresh key for a creation form: a double submit of the same form creates one record.
pub fn new_form_key() -> String {
    convene_domain::SecretToken::from_bytes(rand::random()).as_str().to_owned()
}

/// An editor form: where it posts, its version or creation key, fields and translations.
#[derive(Debug, Clone)]
pub struct EditForm {
    /// Where it posts.
    pub action: String,
    /// The record's version, for edits.
    pub version: Option<i32>,
    /// The one-time key, for creations.
    pub key: Option<String>,
    /// Main fields.
    pub fields: Vec<Field>,
    /// Translation sections.
    pub translations: Vec<Section>,
    /// The submit button's label.
    pub submit: String,
    /// Whether it offers a preview.
    pub preview: bool,
}
