//! The translation catalogue: one Fluent file per language, compiled into the binary.

pub(crate) mod bidi;
pub mod content_messages;
pub(crate) mod date_parts;
pub(crate) mod fmt;
pub(crate) mod locale;
pub(crate) mod localise;
pub(crate) mod numbers;
pub(crate) mod zones;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use convene_domain::Lang;

/// The Fluent source of one language's catalogue, compiled into the binary.
pub fn catalogue_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => include_str!("../../locales/ar.ftl"),
        Lang::Zh => include_str!("../../locales/zh.ftl"),
        Lang::En => include_str!("../../locales/en.ftl"),
        Lang::Fr => include_str!("../../locales/fr.ftl"),
        Lang::Ru => include_str!("../../locales/ru.ftl"),
        Lang::Es => include_str!("../../locales/es.ftl"),
    }
}

/// All catalogues, parsed once at start.
pub struct Catalogue {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue").field("languages", &self.bundles.len()).finish()
    }
}

/// A catalogue file that does not parse: a build defect, caught by the test suite.
#[derive(Debug, thiserror::Error)]
#[error("translation catalogue {lang} is invalid: {detail}")]
pub struct CatalogueError {
    lang: &'static str,
    detail: String,
}

impl Catalogue {
    /// Parses every language's catalogue.
    pub fn load() -> Result<Self, CatalogueError> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            let err = |detail: String| CatalogueError { lang: lang.code(), detail };
            let resource = FluentResource::try_new(catalogue_source(lang).to_owned())
                .map_err(|(_, errors)| err(format!("{errors:?}")))?;
            let id: unic_langid::LanguageIdentifier =
                lang.code().parse().map_err(|e| err(format!("{e}")))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Bidi isolation marks would be invisible noise in attributes and plain text; the
            // templates isolate user content with <bdi> where direction can differ.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).map_err(|e| err(format!("{e:?}")))?;
            bundles.insert(lang, bundle);
        }
        Ok(Self { bundles })
    }

    /// A translator for one language.
    pub fn tr(&self, lang: Lang) -> Tr<'_> {
        Tr { catalogue: self, lang }
    }

    /// The message ids of one language, for the completeness check.
    pub fn message_ids(lang: Lang) -> Vec<String> {
        let Ok(resource) = FluentResource::try_new(catalogue_source(lang).to_owned()) else {
            return Vec::new();
        };
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        // Fall back to English, then to the id itself, so a missing message is visible but
        // never breaks a page in production; the test suite fails on any missing message.
        for l in [lang, Lang::En] {
            let Some(bundle) = self.bundles.get(&l) else { continue };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(
                        message_id = id,
                        lang = l.code(),
                        ?errors,
                        "message formatting errors"
                    );
                }
                return text.into_owned();
            }
        }
        tracing::warn!(message_id = id, lang = lang.code(), "missing message");
        // Ids built at run time (`{id}-about`, `kind-{kind}`) escape the catalogue check, so
        // debug builds, which run the test suite, refuse to render a page with a missing one.
        debug_assert!(false, "missing message {id:?} in the catalogue");
        id.to_owned()
    }
}

/// Translates messages into one language; what templates call as `t`.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    catalogue: &'a Catalogue,
    /// The language translated into.
    pub lang: Lang,
}

impl<'a> Tr<'a> {
    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.catalogue.format(self.lang, id, None)
    }

    /// A message with named arguments (text or numbers).
    pub fn args<'v>(&self, id: &str, args: &[(&'static str, FluentValue<'v>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.catalogue.format(self.lang, id, Some(&fa))
    }

    /// A message with one text argument.
    pub fn arg(&self, id: &str, name: &'static str, value: &str) -> String {
        self.args(id, &[(name, FluentValue::from(value))])
    }

    /// A message whose `count` argument selects the plural form.
    pub fn count(&self, id: &str, count: usize) -> String {
        self.args(id, &[("count", FluentValue::from(count))])
    }
}
