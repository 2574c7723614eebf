//! Markdown written in the back office, turned into safe HTML or plain text.
//!
//! API:
//! - [`render`]`(markdown) -> String`: safe HTML for a page. CommonMark through pulldown-cmark,
//!   then ammonia with a strict allow-list: `p em strong a[href] ul ol li blockquote code pre
//!   h3 h4 br`. Headings shift down to `h3`/`h4` (the page owns `h1`/`h2`); links keep only
//!   `http`, `https` and `mailto` targets and get `rel="nofollow noopener noreferrer"`; any other
//!   raw HTML is removed.
//! - [`plain`]`(markdown) -> String`: the text alone, paragraphs separated by a blank line, for
//!   meta descriptions, the text part of emails and `.ics` descriptions.
//!
//! Defacement is not silently stripped here: [`crate::markup_check::check`] refuses it before
//! saving, and says why.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The sanitiser, configured once: only the tags and URL schemes listed here survive.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> =
        ["p", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "br"]
            .into_iter()
            .collect();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .tag_attributes(HashMap::from([("a", HashSet::from(["href"]))]))
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("nofollow noopener noreferrer"))
        // The content of these is code, not text: drop it with the element.
        .clean_content_tags(HashSet::from(["script", "style", "template"]))
        .strip_comments(true);
    builder
});

fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH)
}

/// Safe HTML for `markdown`, ready to place inside a page without further escaping.
pub fn render(markdown: &str) -> String {
    // The page's own title and sections are h1 and h2, so the author's headings start at h3.
    let shift = |level: HeadingLevel| match level {
        HeadingLevel::H1 | HeadingLevel::H2 | HeadingLevel::H3 => HeadingLevel::H3,
        _ => HeadingLevel::H4,
    };
    let events = parser(markdown).map(|event| match event {
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: shift(level), id, classes, attrs })
        }
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 5 / 4);
    pulldown_cmark::html::push_html(&mut html, events);
    CLEANER.clean(&html).to_string()
}

/// The text of `markdown` without any markup: paragraphs and list items on their own lines.
pub fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in parser(markdown) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::List(_),
            ) => {
                out.push_str("\n\n");
            }
            Event::End(TagEnd::Item) => out.push('\n'),
            Event::Start(Tag::Item) => out.push_str("- "),
            // Raw HTML is markup, not text.
            _ => {}
        }
    }
    // Collapse the blank lines that nested blocks leave behind.
    let mut text = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines().map(str::trim_end) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !text.is_empty() {
            text.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        text.push_str(line);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_the_allowed_tags_only() {
        assert_eq!(render("Hello *world*"), "<p>Hello <em>world</em></p>\n");
        assert_eq!(render("# Title"), "<h3>Title</h3>\n");
        assert_eq!(render("#### Small"), "<h4>Small</h4>\n");
        assert!(render("- one\n- two").contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"));
        assert!(render("> quoted").contains("<blockquote>"));
        assert!(render("`x < y`").contains("<code>x &lt; y</code>"));
        assert_eq!(render("~~gone~~"), "<p>gone</p>\n", "del is not on the allow-list");
    }

    #[test]
    fn links_are_nofollow_and_only_web_or_mail() {
        let html = render("[WIPO](https://www.wipo.int/)");
        assert_eq!(
            html,
            "<p><a href=\"https://www.wipo.int/\" rel=\"nofollow noopener noreferrer\">WIPO</a></p>\n"
        );
        assert!(render("[mail](mailto:a@example.org)").contains("href=\"mailto:a@example.org\""));
        let js = render("[click](javascript:alert(1))");
        assert!(!js.contains("javascript"), "{js}");
        assert!(!render("[rel](/admin)").contains("href"), "relative links are dropped");
    }

    #[test]
    fn raw_html_beyond_the_allow_list_is_removed() {
        let html = render("Hi <script>alert(1)</script><img src=x onerror=alert(1)> <b>bold</b>");
        assert!(!html.contains("script") && !html.contains("img") && !html.contains("onerror"));
        assert!(!html.contains("alert"), "script content goes with the element: {html}");
        assert!(html.contains("bold") && !html.contains("<b>"), "{html}");
        let styled = render("<p style=\"display:none\">hidden</p>");
        assert!(!styled.contains("style"), "{styled}");
    }

    #[test]
    fn plain_text_keeps_words_and_drops_markup() {
        let md = "# Agenda\n\nWelcome to **the** [seventh](https://wipo.int) session.\n\n- one\n- two\n\n<b>x</b>";
        assert_eq!(plain(md), "Agenda\n\nWelcome to the seventh session.\n\n- one\n- two\n\nx");
        assert_eq!(plain("line one\nline two"), "line one line two");
        assert_eq!(plain(""), "");
    }
}
