// What axe cannot see, in real headless Chromium, in English and Arabic: the skip link, a
// visible focus indicator on every kind of control, the organisers' sign-in with the keyboard
// alone, forms without JavaScript, reflow at 320 px and at 200 % zoom, and wider text spacing.
// Usage: node keyboard.mjs BASE_URL SCREENSHOT_DIR FIXTURE_JSON ({ "email", "password" }).
import assert from "node:assert/strict";
import { base, browser, check, run, shots } from "./harness.mjs";

const fixture = JSON.parse(process.argv[4] || "{}");

/** What has focus: its tag, id, class and text. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e.tagName, id: e.id, cls: e.className, text: e.textContent.trim() };
});

/** The focus indicator of the focused element: its outline, as the browser draws it. */
const outline = (page) => page.evaluate(() => {
  const s = getComputedStyle(document.activeElement);
  return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
});

// Presses Tab until `pred(focused)` holds; fails if nothing matching is reachable.
async function tabUntil(page, pred, what) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (pred(await focused(page))) return;
  }
  throw new Error(`${what} cannot be reached with Tab`);
}

for (const [lang, skip] of [["en", "Skip to main content"], ["ar", "الانتقال إلى المحتوى الرئيسي"]]) {
  check(`${lang}: the first Tab shows the skip link; Enter moves focus to the content`, async () => {
    const ctx = await browser.newContext({ locale: lang });
    const page = await ctx.newPage();
    await page.goto(`${base}/series/wipo-conversation/sessions/8?lang=${lang}`);
    assert.equal(await page.locator(".skip").isVisible(), true, "out of sight is not hidden");
    const before = await page.locator(".skip").boundingBox();
    assert.ok(before.x + before.width <= 0 || before.x >= page.viewportSize().width, "off screen until focused");
    await page.keyboard.press("Tab");
    const f = await focused(page);
    assert.equal(f.text, skip);
    const box = await page.locator(".skip").boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= page.viewportSize().width && box.y >= 0, "on screen when focused");
    const o = await outline(page);
    assert.ok(o.style !== "none" && o.width >= 2, `the skip link shows focus: ${JSON.stringify(o)}`);
    if (shots) await page.screenshot({ path: `${shots}/skip-link-${lang}.png` });
    await page.keyboard.press("Enter");
    assert.equal((await focused(page)).id, "main", "focus is on the main content");
    // The next Tab goes on from the content, not back to the header.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.querySelector("header.site").contains(document.activeElement)), false);
    await ctx.close();
  });
}

check("every kind of control shows a visible focus outline", async () => {
  const ctx = await browser.newContext({ locale: "en-GB" });
  const page = await ctx.newPage();
  // A link, a select, a button and text inputs: the archive filter, then the register form.
  const seen = new Set();
  for (const path of ["/series/wipo-conversation", "/series/wipo-conversation/sessions/13/register", "/series/wipo-conversation/reach"]) {
    await page.goto(`${base}${path}`);
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (f.tag === "BODY") break;
      const kind = f.tag === "INPUT" ? `INPUT:${await page.evaluate(() => document.activeElement.type)}` : f.tag;
      const o = await outline(page);
      assert.ok(o.style !== "none" && o.width >= 2, `${kind}#${f.id} on ${path} shows no outline: ${JSON.stringify(o)}`);
      seen.add(kind);
    }
  }
  for (const kind of ["A", "SELECT", "BUTTON", "INPUT:text", "INPUT:email", "INPUT:checkbox", "INPUT:radio", "SUMMARY"]) {
    assert.ok(seen.has(kind), `a ${kind} was checked (seen: ${[...seen].join(", ")})`);
  }
  await ctx.close();
});

for (const lang of ["en", "ar"]) {
  check(`${lang}: an organiser signs in and out with the keyboard alone`, async () => {
    const ctx = await browser.newContext({ locale: lang });
    const page = await ctx.newPage();
    await page.goto(`${base}/admin?lang=${lang}`);
    await page.waitForURL(/\/admin\/login/);
    await tabUntil(page, (f) => f.id === "f-email", "the email field");
    await page.keyboard.type(fixture.email);
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).id, "f-password", "Tab goes from the email to the password");
    await page.keyboard.type(fixture.password);
    await Promise.all([page.waitForURL((u) => u.pathname === "/admin"), page.keyboard.press("Enter")]);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    // The back-office menu and the sign-out button are reachable, and Enter signs out.
    await tabUntil(page, (f) => f.tag === "BUTTON", "the sign-out button");
    const o = await outline(page);
    assert.ok(o.style !== "none" && o.width >= 2, `the sign-out button shows focus: ${JSON.stringify(o)}`);
    await Promise.all([page.waitForURL(/\/admin\/login\?notice=signed-out/), page.keyboard.press("Enter")]);
    await ctx.close();
  });
}

check("without JavaScript, forms still refuse bad input with a linked error summary", async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const page = await ctx.newPage();
  for (const [path, field] of [["/series/wipo-conversation/sessions/13/register", "f-name"], ["/admin/login", "f-email"]]) {
    await page.goto(`${base}${path}`);
    await Promise.all([page.waitForNavigation(), page.locator("main form button[type=submit]").first().click()]);
    assert.equal(await page.locator("#errors").getAttribute("role"), "alert", `${path}: the summary is announced`);
    assert.equal(await page.locator(`#errors a[href="#${field}"]`).count(), 1, `${path}: it links to #${field}`);
    assert.equal(await page.locator(`#${field}`).getAttribute("aria-invalid"), "true");
  }
  await ctx.close();
});

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280 px window at 400 % zoom) and at 640 (200 %
// zoom, drawn at twice the pixels) nothing needs sideways scrolling; wide tables scroll in their
// own box. Screenshots go to SCREENSHOT_DIR for a person to look at.
const REFLOW = ["/", "/series/wipo-conversation", "/series/wipo-conversation/sessions/8",
  "/series/wipo-conversation/sessions/13/register", "/series/wipo-conversation/reach",
  "/series/wipo-conversation/sessions/8/reach", "/reach", "/speakers", "/privacy", "/checkin", "/admin/login"];
for (const [lang, width, zoom] of [["en", 320, 1], ["ar", 320, 1], ["en", 640, 2], ["ar", 640, 2]]) {
  check(`${lang}: pages reflow at ${width} px wide`, async () => {
    const ctx = await browser.newContext({ locale: lang, viewport: { width, height: 720 }, deviceScaleFactor: zoom });
    const page = await ctx.newPage();
    const wide = [];
    for (const path of REFLOW) {
      await page.goto(`${base}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
      // The page never scrolls sideways; wide tables scroll inside their own box.
      const over = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth
        && [...document.querySelectorAll("main *")]
          .filter((e) => { const r = e.getBoundingClientRect(); return r.right > innerWidth + 1 || r.left < -1; })
          .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${e.className}`)
          .slice(0, 5));
      if (over) wide.push(`${path}: ${over.join(", ")}`);
      if (shots) await page.screenshot({ path: `${shots}/${width}-${lang}${path.replace(/\W+/g, "-")}.png`, fullPage: true });
    }
    await ctx.close();
    assert.deepEqual(wide, [], `wider than ${width} px`);
  });
}

// WCAG 1.4.12 Text spacing: with the spacing the criterion names, no text is cut off.
const SPACING = `* { line-height: 1.5 !important; letter-spacing: .12em !important;
  word-spacing: .16em !important; } p { margin-block-end: 2em !important; }`;
for (const lang of ["en", "ar"]) {
  check(`${lang}: wider text spacing cuts nothing off`, async () => {
    // A reader's own style sheet is not subject to the site's CSP; bypassCSP stands in for it.
    const ctx = await browser.newContext({ locale: lang, bypassCSP: true });
    const page = await ctx.newPage();
    const cut = [];
    for (const path of REFLOW) {
      await page.goto(`${base}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
      await page.addStyleTag({ content: SPACING });
      cut.push(...await page.evaluate((path) => [...document.querySelectorAll("body *")]
        .filter((e) => !e.closest(".hp, .visually-hidden, svg, .table-scroll"))
        .filter((e) => { const s = getComputedStyle(e); return s.overflowX !== "visible" || s.overflowY !== "visible"; })
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        .map((e) => `${path}: ${e.tagName.toLowerCase()}.${e.className}`), path));
    }
    await ctx.close();
    assert.deepEqual(cut, [], "text cut off");
  });
}

await run();
