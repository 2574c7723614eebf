//! The rules about markup: active elements, event handlers, script URLs and hidden text.

use super::{HiddenHow, Refusal, push};
use crate::text_scan::tags;

/// Elements that run code, load other documents or restyle the page.
const ACTIVE_TAGS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta",
    "base", "svg", "math", "form", "input", "button", "textarea", "template",
];

pub(super) fn check_tags(text: &str, refusals: &mut Vec<Refusal>) {
    for tag in tags(text) {
        if ACTIVE_TAGS.contains(&tag.name.as_str()) {
            push(refusals, Refusal::ActiveTag { tag: tag.name.clone() });
        }
        for (name, value) in &tag.attributes {
            if name.len() > 2 && name.starts_with("on") && value.is_some() {
                push(refusals, Refusal::EventHandler { attribute: name.clone() });
            }
            let hidden = |how| Refusal::HiddenText { how };
            let value = value.as_deref().unwrap_or_default();
            match name.as_str() {
                "hidden" => push(refusals, hidden(HiddenHow::HiddenAttribute)),
                "aria-hidden" if value != "false" => push(refusals, hidden(HiddenHow::AriaHidden)),
                "style" => {
                    for how in hidden_by_style(value) {
                        push(refusals, hidden(how));
                    }
                }
                _ => {}
            }
        }
    }
}

/// The ways a `style` attribute hides text.
fn hidden_by_style(style: &str) -> Vec<HiddenHow> {
    let mut found = Vec::new();
    let mut color = None;
    let mut background = None;
    for decl in style.split(';') {
        let Some((prop, value)) = decl.split_once(':') else { continue };
        let prop = prop.trim().to_lowercase();
        let value: String = value.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
        let value = value.trim_end_matches("!important").trim().to_owned();
        let zero = is_zero(&value);
        match prop.as_str() {
            "display" if value == "none" => found.push(HiddenHow::DisplayNone),
            "visibility" if value == "hidden" || value == "collapse" => {
                found.push(HiddenHow::Invisible);
            }
            "font-size" if zero => found.push(HiddenHow::ZeroFontSize),
            "opacity" if zero => found.push(HiddenHow::ZeroOpacity),
            "left"
            | "right"
            | "top"
            | "bottom"
            | "text-indent"
            | "margin-left"
            | "margin-top"
            | "inset-inline-start"
            | "inset-block-start"
            | "margin-inline-start"
                if far_negative(&value) =>
            {
                found.push(HiddenHow::OffScreen);
            }
            "color" if value == "transparent" => found.push(HiddenHow::SameColour),
            "color" => color = Some(value),
            "background" | "background-color" => background = Some(value),
            _ => {}
        }
    }
    if color.is_some() && color == background {
        found.push(HiddenHow::SameColour);
    }
    found
}

/// `0`, `0px`, `0.0em`, `0%`: a length or number that is zero.
fn is_zero(value: &str) -> bool {
    let number: String = value.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    !number.is_empty() && number.chars().all(|c| c == '0' || c == '.')
}

/// A negative offset of 500 or more units: far outside any screen.
fn far_negative(value: &str) -> bool {
    let Some(rest) = value.strip_prefix('-') else { return false };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse::<u64>().is_ok_and(|n| n >= 500)
}

pub(super) fn check_script_urls(text: &str, refusals: &mut Vec<Refusal>) {
    // Browsers ignore whitespace and control characters inside a scheme, and decode entities
    // in attributes, so compare against a squeezed, decoded copy.
    let squeezed: String = crate::text_scan::decode_entities(text)
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    for scheme in ["javascript", "vbscript", "data"] {
        let needle = format!("{scheme}:");
        // Only where a URL can start: after `(`, `<`, a quote or `=`, so prose such as
        // "Data: five countries" is not mistaken for one.
        let in_url_position = squeezed.match_indices(&needle).any(|(i, _)| {
            let after = &squeezed[i + needle.len()..];
            squeezed[..i].ends_with(['(', '<', '"', '\'', '=', '['])
                && (scheme != "data" || looks_like_media_type(after))
        });
        if in_url_position {
            push(refusals, Refusal::ScriptUrl { scheme: scheme.to_owned() });
        }
    }
}

/// `text/html;…` or `,…`: what follows `data:` in a data URL, unlike "(data: 2023)".
fn looks_like_media_type(after: &str) -> bool {
    let kind: String = after.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    after.starts_with(',') || (!kind.is_empty() && after[kind.len()..].starts_with('/'))
}

pub(super) fn check_zero_width(text: &str, refusals: &mut Vec<Refusal>) {
    // One joiner is legitimate (emoji, Persian and Arabic shaping); a run of them hides text.
    let zero_width =
        |c: char| matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    let mut run = 0;
    for c in text.chars() {
        run = if zero_width(c) { run + 1 } else { 0 };
        if run >= 2 {
            push(refusals, Refusal::HiddenText { how: HiddenHow::ZeroWidth });
            return;
        }
    }
}
