//! Small scanners over untrusted text shared by the content checks and the word diff:
//! which script a letter belongs to, the HTML tags and the links a text contains.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// A writing system, as far as the checks need to tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    /// Latin letters (English, French, Spanish…).
    Latin,
    /// Cyrillic letters (Russian…).
    Cyrillic,
    /// Arabic letters.
    Arabic,
    /// Chinese characters (also used in Japanese).
    Han,
    /// Japanese kana.
    Kana,
    /// Korean hangul.
    Hangul,
    /// Greek letters.
    Greek,
    /// Hebrew letters.
    Hebrew,
    /// Thai letters.
    Thai,
    /// Devanagari letters.
    Devanagari,
    /// Any other letter.
    Other,
    /// A combining mark, which belongs to the letter before it.
    Inherited,
}

impl Script {
    /// Whether the script is written without spaces between words.
    pub fn unspaced(self) -> bool {
        matches!(self, Self::Han | Self::Kana | Self::Thai)
    }
}

/// The script of a letter or mark, `None` for digits, punctuation, spaces and symbols.
pub fn script_of(c: char) -> Option<Script> {
    let script = match u32::from(c) {
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F => Script::Inherited,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0590..=0x05FF => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFE => {
            Script::Arabic
        }
        0x0900..=0x097F => Script::Devanagari,
        0x0E00..=0x0E7F => Script::Thai,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF => Script::Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF => Script::Han,
        _ if c.is_ascii_alphabetic() => Script::Latin,
        0x00C0..=0x024F | 0x1E00..=0x1EFF if c.is_alphabetic() => Script::Latin,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    };
    // Marks inside a script's block (Arabic vowel signs) still belong to the letter before.
    if script != Script::Inherited && !c.is_alphabetic() {
        return if is_mark(c) { Some(Script::Inherited) } else { None };
    }
    Some(script)
}

fn is_mark(c: char) -> bool {
    matches!(u32::from(c), 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0E31 | 0x0E34..=0x0E3A)
}

/// The script most letters of `text` are in.
pub fn dominant_script(text: &str) -> Option<Script> {
    let mut counts = std::collections::BTreeMap::new();
    for s in text.chars().filter_map(script_of).filter(|s| *s != Script::Inherited) {
        *counts.entry(s).or_insert(0usize) += 1;
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(s, _)| s)
}

/// An HTML start tag found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlTag {
    /// Element name, lowercased.
    pub name: String,
    /// Attributes, names lowercased, entities in values decoded; `None` for a bare attribute.
    pub attributes: Vec<(String, Option<String>)>,
}

/// Every start tag (`<name …>`) in `text`, however the rest of the text is written.
pub fn tags(text: &str) -> Vec<HtmlTag> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let body_end = rest.find('>').unwrap_or(rest.len());
        let body = &rest[name.len()..body_end];
        found.push(HtmlTag { name, attributes: attributes(body) });
    }
    found
}

/// Attributes of a tag body; a bare attribute (`hidden`) has no value.
fn attributes(body: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut chars = body.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace() || *c == '/').is_some() {}
        let name: String = std::iter::from_fn(|| {
            chars.next_if(|c| !c.is_whitespace() && !matches!(c, '=' | '/' | '>'))
        })
        .flat_map(char::to_lowercase)
        .collect();
        if name.is_empty() {
            if chars.next().is_none() {
                break;
            }
            continue;
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = None;
        if chars.next_if_eq(&'=').is_some() {
            let mut v = String::new();
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            match chars.next_if(|c| *c == '"' || *c == '\'') {
                Some(q) => v.extend(std::iter::from_fn(|| chars.next_if(|c| *c != q))),
                None => v.extend(std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace()))),
            }
            chars.next();
            value = Some(decode_entities(&v));
        }
        out.push((name, value));
    }
    out
}

/// Decodes the character references an attacker would use to hide a keyword from a naive
/// search (`&#106;avascript&colon;`); others are left as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|e| *e <= 12);
        let decoded = end.and_then(|e| {
            let entity = &rest[1..e];
            let code = if let Some(hex) = entity.strip_prefix("#x").or(entity.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()
            } else if let Some(dec) = entity.strip_prefix('#') {
                dec.parse().ok()
            } else {
                match entity.to_ascii_lowercase().as_str() {
                    "colon" => Some(58),
                    "tab" => Some(9),
                    "newline" => Some(10),
                    "lpar" => Some(40),
                    "amp" => Some(38),
                    "quot" => Some(34),
                    "apos" => Some(39),
                    "lt" => Some(60),
                    "gt" => Some(62),
                    _ => None,
                }
            };
            Some((char::from_u32(code?)?, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A link found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The target as written.
    pub url: String,
    /// The host, lowercased, for web links.
    pub host: Option<String>,
    /// The anchor text of a Markdown link; empty for bare URLs.
    pub anchor: String,
}

/// Every link in `text`: Markdown links and autolinks (with their anchor text), then bare
/// `http://`, `https://` and `www.` URLs, including those inside raw HTML attributes.
pub fn links(text: &str) -> Vec<Link> {
    let mut found: Vec<Link> = Vec::new();
    let mut open: Option<(String, String)> = None;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                open = Some((dest_url.to_string(), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, anchor)) = open.as_mut() {
                    anchor.push_str(&t);
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, anchor)) = open.take() {
                    found.push(Link { host: host_of(&url), url, anchor: anchor.trim().to_owned() });
                }
            }
            _ => {}
        }
    }
    for url in bare_urls(text) {
        if !found.iter().any(|l| l.url == url) {
            found.push(Link { host: host_of(&url), url, anchor: String::new() });
        }
    }
    found
}

fn bare_urls(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let mut urls = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        let starts = ["https://", "http://", "www."].iter().any(|p| lower[i..].starts_with(p));
        let at_word_start = i == 0 || !lower[..i].ends_with(|c: char| c.is_alphanumeric());
        if starts && at_word_start {
            let len = text[i..]
                .find(|c: char| {
                    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']')
                })
                .unwrap_or(text.len() - i);
            let url = text[i..i + len].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            if url.len() > 4 {
                urls.push(url.to_owned());
            }
            i += len.max(1);
        } else {
            i += lower[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    urls
}

/// The host of a web URL (`https://user@Sub.Example.org:8080/x` → `sub.example.org`).
pub fn host_of(url: &str) -> Option<String> {
    let lower = url.trim().to_lowercase();
    let rest = ["https://", "http://", "//"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .or_else(|| lower.starts_with("www.").then_some(lower.as_str()))?;
    let authority = rest.split(['/', '?', '#', '\\']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?.trim_end_matches('.');
    (!host.is_empty()).then(|| host.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_told_apart() {
        assert_eq!(script_of('a'), Some(Script::Latin));
        assert_eq!(script_of('é'), Some(Script::Latin));
        assert_eq!(script_of('я'), Some(Script::Cyrillic));
        assert_eq!(script_of('ع'), Some(Script::Arabic));
        assert_eq!(script_of('\u{0301}'), Some(Script::Inherited), "combining acute");
        assert_eq!(script_of('网'), Some(Script::Han));
        assert_eq!(script_of('7'), None);
        assert_eq!(script_of('，'), None);
        assert_eq!(dominant_script("The 大地 session"), Some(Script::Latin));
    }

    #[test]
    fn tags_and_attributes_are_found_however_written() {
        let t = tags("x <IMG src=x OnError = 'alert(1)'> <p hidden style=\"a:b\">");
        assert_eq!(t[0].name, "img");
        assert!(t[0].attributes.contains(&("onerror".into(), Some("alert(1)".into()))));
        assert!(t[1].attributes.contains(&("hidden".into(), None)));
        assert!(t[1].attributes.contains(&("style".into(), Some("a:b".into()))));
        assert!(tags("a < b and 3<4").is_empty());
    }

    #[test]
    fn links_of_every_kind_with_hosts() {
        let l = links(
            "See [the page](https://www.WIPO.int/x) or <http://a.example/>, www.b.example/y. Or mailto:x",
        );
        let hosts: Vec<_> = l.iter().map(|l| l.host.clone()).collect();
        assert_eq!(
            hosts,
            vec![
                Some("www.wipo.int".into()),
                Some("a.example".into()),
                Some("www.b.example".into())
            ]
        );
        assert_eq!(l[0].anchor, "the page");
        assert_eq!(host_of("https://u@h.example:8080/p"), Some("h.example".into()));
        assert_eq!(host_of("mailto:a@b.c"), None);
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(decode_entities("&#106;ava&#x73;cript&colon;"), "javascript:");
        assert_eq!(decode_entities("R&D &unknown;"), "R&D &unknown;");
    }
}
