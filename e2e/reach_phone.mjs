// The reach pages on a 390 px phone, in real headless Chromium (issue 13, point 7): chart text
// is drawn at least at the body's font size, and no table reaches past the screen unless it
// sits in a scroll container that itself fits the screen.
// Usage: node reach_phone.mjs BASE_URL [SCREENSHOT_DIR]. Exits non-zero on any failed check.
import assert from "node:assert/strict";
import { base, browser, check, run, shots } from "./harness.mjs";

const pages = [
  ["session-8-en", "/series/wipo-conversation/sessions/8/reach"],
  ["session-8-ar", "/series/wipo-conversation/sessions/8/reach?lang=ar"],
  ["series-en", "/series/wipo-conversation/reach"],
  ["series-fr", "/series/wipo-conversation/reach?lang=fr"],
];

/** Every chart text's drawn font size (computed size times the SVG's scale), with the body's. */
const measure = () => {
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  const texts = [];
  for (const svg of document.querySelectorAll("svg.chart")) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll("text")) {
      const drawn = parseFloat(getComputedStyle(t).fontSize) * scale;
      texts.push({ chart: svg.getAttribute("class"), text: t.textContent, drawn });
    }
  }
  return { body, texts };
};

/** Tables that reach past the viewport with no scroll container (itself inside it) around them. */
const overflowing = () => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const d of document.querySelectorAll("details")) d.open = true;
  for (const table of document.querySelectorAll("table")) {
    const r = table.getBoundingClientRect();
    if (r.left >= -1 && r.right <= width + 1) continue;
    let el = table.parentElement;
    let scroller = null;
    while (el && el !== document.body) {
      const o = getComputedStyle(el).overflowX;
      if (o === "auto" || o === "scroll") { scroller = el; break; }
      el = el.parentElement;
    }
    const s = scroller && scroller.getBoundingClientRect();
    if (!s || s.left < -1 || s.right > width + 1) {
      out.push(`${table.querySelector("caption")?.textContent ?? table.className}: ${r.left}..${r.right}`);
    }
  }
  return { out, page: document.documentElement.scrollWidth, width };
};

for (const [name, path] of pages) {
  check(`${name}: chart labels at least the body size, tables within the screen`, async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" });
    const page = await ctx.newPage();
    const res = await page.goto(`${base}${path}`);
    assert.equal(res.status(), 200);
    const { body, texts } = await page.evaluate(measure);
    assert.ok(texts.length > 20, `charts with text on ${path}`);
    const small = texts.filter((t) => t.drawn < body - 0.05);
    assert.deepEqual(small.slice(0, 5), [], `text under ${body}px on a phone`);
    const { out, page: scrollWidth, width } = await page.evaluate(overflowing);
    assert.deepEqual(out, [], "tables cut off");
    assert.ok(scrollWidth <= width + 1, `the page itself scrolls sideways: ${scrollWidth} > ${width}`);
    if (shots) await page.screenshot({ path: `${shots}/reach-phone-${name}.png`, fullPage: true });
    await ctx.close();
  });
}

await run();
