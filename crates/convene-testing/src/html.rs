//! Pages as a reader meets them: parsed by a real HTML parser (scraper, over html5ever), so a
//! test selects elements with CSS instead of searching the markup's text.

use scraper::{ElementRef, Html, Node, Selector};

/// A parsed page (or fragment).
pub struct Page {
    html: Html,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad CSS selector {css:?}: {e}"))
}

/// Elements whose text a reader never sees.
const HIDDEN: &[&str] = &["script", "style", "template"];

impl Page {
    /// Parses an HTML document; a fragment is parsed as the body of one.
    pub fn parse(html: &str) -> Self {
        Self { html: Html::parse_document(html) }
    }

    /// Every element matching `css`, in document order.
    pub fn select(&self, css: &str) -> Vec<ElementRef<'_>> {
        self.html.select(&selector(css)).collect()
    }

    /// The visible text of the first element matching `css`; panics when there is none.
    pub fn text_of(&self, css: &str) -> String {
        let el = self.select(css).into_iter().next();
        element_text(el.unwrap_or_else(|| panic!("no {css} in the page")))
    }

    /// The visible text of each element matching `css`.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.select(css).into_iter().map(element_text).collect()
    }

    /// The attribute `name` of the first element matching `css`, if both exist.
    pub fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.select(css).first().and_then(|e| e.value().attr(name)).map(str::to_owned)
    }

    /// The visible text of the whole page.
    pub fn text(&self) -> String {
        element_text(self.html.root_element())
    }

    /// A readable outline of the first element matching `css` (see [`outline`]); panics when
    /// there is none.
    pub fn outline(&self, css: &str) -> String {
        let el = self.select(css).into_iter().next();
        outline(el.unwrap_or_else(|| panic!("no {css} in the page")))
    }
}

/// The visible text of an HTML document or fragment: text outside scripts and styles, entities
/// decoded, one space between the text of neighbouring elements, white space folded. Enough to
/// assert what a reader sees.
pub fn text(html: &str) -> String {
    Page::parse(html).text()
}

/// The visible text of an element, as [`text`] reads it.
pub fn element_text(el: ElementRef<'_>) -> String {
    let mut parts = Vec::new();
    for node in el.descendants() {
        let Node::Text(t) = node.value() else { continue };
        let hidden = node
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| HIDDEN.contains(&a.value().name()));
        if !hidden {
            parts.push(&**t);
        }
    }
    fold(&parts.join(" "))
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Elements that begin a line of their own in an [`outline`].
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "label",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
];

/// A readable, stable outline of an element for snapshots: one line per block (heading
/// levels as `#`, list items as `-`, table cells separated by `|`), links as `[text](href)`,
/// form controls and images as bracketed notes, `{lang=… dir=…}` where content declares its
/// language or direction.
/// Markup that changes nothing a reader meets (classes, wrappers) does not show.
pub fn outline(el: ElementRef<'_>) -> String {
    let mut out = Outline::default();
    out.element(el, 0);
    out.flush();
    out.lines.join("\n")
}

#[derive(Default)]
struct Outline {
    lines: Vec<String>,
    line: String,
}

impl Outline {
    fn flush(&mut self) {
        let line = fold(&self.line);
        if !line.is_empty() {
            self.lines.push(line);
        }
        self.line.clear();
    }

    fn push(&mut self, s: &str) {
        self.line.push_str(s);
    }

    fn children(&mut self, el: ElementRef<'_>, depth: usize) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.push(t),
                Node::Element(_) => {
                    if let Some(e) = ElementRef::wrap(child) {
                        self.element(e, depth);
                    }
                }
                _ => {}
            }
        }
    }

    fn element(&mut self, el: ElementRef<'_>, depth: usize) {
        let v = el.value();
        let name = v.name();
        if HIDDEN.contains(&name) {
            return;
        }
        let block = BLOCKS.contains(&name);
        if block {
            self.flush();
        }
        let declared = attrs(el, &["lang", "dir"]);
        if !declared.is_empty() {
            self.push(&format!("{{{declared}}} "));
        }
        let list_depth = if matches!(name, "ul" | "ol") { depth + 1 } else { depth };
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name[1..].parse().unwrap_or(1);
                self.push(&format!("{} ", "#".repeat(level)));
                self.children(el, list_depth);
            }
            "li" => {
                self.push(&format!("{}- ", "  ".repeat(depth.saturating_sub(1))));
                self.children(el, list_depth);
            }
            "td" | "th" => {
                self.push(" | ");
                self.children(el, list_depth);
            }
            "a" => {
                self.push(&format!(" [{}]", element_text(el)));
                if let Some(href) = v.attr("href") {
                    self.push(&format!("({href}) "));
                }
            }
            "br" => self.flush(),
            "hr" => self.push("---"),
            "img" => self.push(&format!(" [img: {}] ", v.attr("alt").unwrap_or_default())),
            "svg" => self.push(&format!(" [svg: {}] ", svg_name(el))),
            "input" => self.push(&control(el)),
            "textarea" => self.push(&format!(" [textarea {}] ", attrs(el, &["name"]))),
            "select" => {
                let options = el.select(&selector("option")).count();
                let chosen = el.select(&selector("option[selected]")).map(element_text).next();
                self.push(&format!(
                    " [select {} options={options} selected={}] ",
                    attrs(el, &["name"]),
                    chosen.unwrap_or_default()
                ));
            }
            "button" => self.push(&format!(" [button: {}] ", element_text(el))),
            _ => self.children(el, list_depth),
        }
        if block {
            self.flush();
        }
    }
}

/// What a screen reader announces for an SVG: its label, or its title and description.
fn svg_name(el: ElementRef<'_>) -> String {
    if let Some(label) = el.value().attr("aria-label") {
        return label.to_owned();
    }
    let child = |name: &str| {
        el.children()
            .filter_map(ElementRef::wrap)
            .find(|c| c.value().name() == name)
            .map(element_text)
            .unwrap_or_default()
    };
    [child("title"), child("desc")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" — ")
}

fn control(el: ElementRef<'_>) -> String {
    let v = el.value();
    let kind = v.attr("type").unwrap_or("text");
    if kind == "hidden" {
        // The CSRF token and the form's start time change every time; other values are the
        // form's own (an action, a version).
        let secret = matches!(v.attr("name"), Some("csrf" | "started"));
        return format!(
            " [hidden {}] ",
            attrs(el, if secret { &["name"] } else { &["name", "value"] })
        );
    }
    let mut wanted = vec!["type", "name"];
    if matches!(kind, "radio" | "checkbox" | "submit") {
        wanted.push("value");
    }
    wanted.extend(["checked", "required"]);
    format!(" [input {}] ", attrs(el, &wanted))
}

fn attrs(el: ElementRef<'_>, names: &[&str]) -> String {
    names
        .iter()
        .filter_map(|n| {
            el.value()
                .attr(n)
                .map(|v| if v.is_empty() { (*n).to_owned() } else { format!("{n}={v}") })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_what_a_reader_sees() {
        let html =
            "<title>T</title><p>A &amp; <b>b</b>\n  c</p><script>x()</script><style>p{}</style>";
        assert_eq!(text(html), "T A & b c");
    }

    #[test]
    fn an_outline_keeps_blocks_links_and_controls() {
        let page = Page::parse(
            "<main><h2>Title</h2><p>See <a href=\"/x\">this</a>.</p><ul><li>one</li></ul>\
             <form><input type=hidden name=csrf value=secret><input type=hidden name=action \
             value=cancel><label>Mode <input type=radio name=m value=a checked></label>\
             <button>Go</button></form><p lang=fr>Bonjour</p></main>",
        );
        assert_eq!(
            page.outline("main"),
            "## Title\nSee [this](/x) .\n- one\n[hidden name=csrf] [hidden name=action value=cancel]\n\
             Mode [input type=radio name=m value=a checked]\n[button: Go]\n{lang=fr} Bonjour"
        );
    }

    #[test]
    fn selections_read_text_and_attributes() {
        let page = Page::parse("<html lang=ar dir=rtl><body><h1> A  <i>b</i></h1></body></html>");
        assert_eq!(page.text_of("h1"), "A b");
        assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"));
        assert!(page.select("h2").is_empty());
    }
}
