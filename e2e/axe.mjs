// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page of convene, in English and in Arabic,
// including the error states of every form. One check per page and language; a failing check
// lists every violation: rule, page and the selector of each element at fault.
//
// Usage: node axe.mjs BASE_URL SCREENSHOT_DIR FIXTURE_JSON
// FIXTURE_JSON is what the Rust test (crates/convene-web/tests/accessibility.rs) prepared:
//   { "manage": "/manage/…", "setPassword": "/admin/set-password/…", "email": "…",
//     "password": "…", "checkinToken": "…", "checkinCode": "…", "adminPages": ["/admin", …] }
//
// Adding a page: a public page is one line in PUBLIC below; a back-office page that a signed-in
// admin opens with a GET is one more path in the test's ADMIN_PAGES (passed here as adminPages).
// A form's error state is one entry in FORMS: a path and what to do on the page.
import AxeBuilder from "@axe-core/playwright";
import { base, browser, check, run } from "./harness.mjs";

const fixture = JSON.parse(process.argv[4] || "{}");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LANGS = ["en", "ar"];
const S = "/series/wipo-conversation";

/** Public pages, opened with a GET (expected status, default 200). */
const PUBLIC = [
  { path: "/" },
  { path: "/sessions" },
  { path: S },
  { path: `${S}?topic=metaverse` },
  { path: `${S}?topic=gardening` },
  { path: `${S}/sessions/8` },
  { path: `${S}/sessions/13` },
  { path: `${S}/sessions/8?tz=Asia/Tokyo` },
  { path: `${S}/sessions/13/register` },
  { path: `${S}/sessions/13/register/sent` },
  { path: fixture.manage },
  { path: "/speakers" },
  { path: "/speakers/amara-okafor" },
  { path: "/privacy" },
  { path: "/reach" },
  { path: `${S}/reach` },
  { path: `${S}/sessions/8/reach` },
  { path: "/no-such-page", status: 404 },
  { path: `${S}/sessions/999`, status: 404 },
  { path: "/checkin" },
  { path: "/admin/login" },
  { path: "/admin/reset" },
  { path: fixture.setPassword },
];

// Helpers for FORMS: fill a field by id, send the form holding it and wait for the next page.
// One field after the other: fills at once would type into whichever field has focus.
const fill = async (page, values) => {
  for (const [id, v] of Object.entries(values)) await page.fill(`#${id}`, v);
};
/** The path and query of the page's URL. */
const here = (page) => { const u = new URL(page.url()); return `${u.pathname}${u.search}`; };
const send = async (page, selector = "main form:not(.logout) button[type=submit]") => {
  await Promise.all([page.waitForNavigation(), page.locator(selector).last().click()]);
};

/** Forms sent with bad (or, for the pages they lead to, good) input: the path, what to do,
 * and what the resulting page must show (so a form that stops refusing is noticed). */
const FORMS = [
  { name: "register: empty form", shows: "#errors", path: `${S}/sessions/13/register`, act: (p) => send(p) },
  {
    name: "register: bad email", shows: "#e-email",
    path: `${S}/sessions/13/register`,
    act: async (p) => { await fill(p, { "f-name": "Ana", "f-email": "not-an-email" }); await send(p); },
  },
  {
    name: "check-in: wrong door token", shows: "main h1",
    path: "/checkin",
    act: async (p) => { await fill(p, { "c-token": "wrong" }); await send(p); },
  },
  {
    name: "check-in: staff form", shows: "#c-code",
    path: "/checkin",
    act: async (p) => { await fill(p, { "c-token": fixture.checkinToken }); await send(p); },
  },
  {
    name: "check-in: a code scanned (in Arabic: already checked in)", shows: ".checkin-result",
    path: "/checkin",
    act: async (p) => { await fill(p, { "c-code": fixture.checkinCode }); await send(p); },
  },
  {
    name: "check-in: an unknown code", shows: ".checkin-result.field-error",
    path: "/checkin",
    act: async (p) => { await fill(p, { "c-code": "ZZZZ-ZZZZ" }); await send(p); },
  },
  {
    name: "sign-in: wrong password", shows: "#errors",
    path: "/admin/login",
    act: async (p) => { await fill(p, { "f-email": fixture.email, "f-password": "wrong password!" }); await send(p); },
  },
  {
    name: "reset: empty address", shows: "#e-email",
    path: "/admin/reset",
    act: (p) => send(p),
  },
  {
    name: "reset: sent", shows: ".notice[role=status]",
    path: "/admin/reset",
    act: async (p) => { await fill(p, { "f-email": "nobody@example.org" }); await send(p); },
  },
  {
    name: "set password: too short", shows: "#e-new_password",
    path: fixture.setPassword,
    act: async (p) => { await fill(p, { "f-new_password": "short", "f-confirm": "other" }); await send(p); },
  },
  // From here on the browser is signed in (this form's good input does it).
  {
    name: "sign-in: signed in, the dashboard", shows: "nav.admin",
    path: "/admin/login",
    act: async (p) => {
      await fill(p, { "f-email": fixture.email, "f-password": fixture.password });
      await send(p);
      if (here(p) !== "/admin") throw new Error(`not signed in: at ${p.url()}`);
    },
  },
  {
    name: "password change: refused", shows: "#e-new_password",
    path: "/admin/password",
    act: async (p) => {
      await fill(p, { "f-current": "not it at all", "f-new_password": "short", "f-confirm": "different" });
      await send(p);
    },
  },
  {
    name: "new session: errors beside the fields", shows: "#errors",
    path: "/admin/sessions/new?series=1",
    act: async (p) => { await fill(p, { "f-number": "0", "f-title": "" }); await send(p, "main form:not(.logout) button[value=save]"); },
  },
  {
    name: "session: preview of its texts", shows: ".preview",
    path: fixture.session8,
    act: (p) => send(p, "main form:not(.logout) button[value=preview]"),
  },
  {
    name: "users: invalid email, no role", shows: "#e-email",
    path: "/admin/users",
    act: async (p) => { await fill(p, { "f-email": "not-an-email" }); await send(p, "main form:not(.inline):not(.logout) button"); },
  },
  {
    name: "users: account created, its link", shows: "code.link",
    path: "/admin/users",
    act: async (p, lang) => {
      await fill(p, { "f-email": `new-${lang}@example.org` });
      await p.selectOption("#f-role", { index: 1 });
      await send(p, "main form:not(.inline):not(.logout) button");
    },
  },
];

// Rules axe could not decide (e.g. contrast over an image): reported, for a person to check.
const incomplete = {};

/** Runs axe on the page as it is; throws listing every violation. */
async function audit(page, where) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const r of results.incomplete) {
    const seen = (incomplete[r.id] ||= new Set());
    for (const n of r.nodes.slice(0, 3)) seen.add(`${where} ${n.target.join(" ")} (${n.any[0]?.message ?? ""})`);
  }
  // A page axe found nothing to check on (blank, or the script not injected) is no pass.
  if (results.passes.length < 5) throw new Error(`axe checked next to nothing on ${where}`);
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) =>
    v.nodes.map((n) => `  ${v.id} (${v.impact}) on ${where}: ${n.target.join(" ")}\n    ${n.failureSummary.replace(/\n/g, "\n    ")}`));
  throw new Error(`${lines.length} violation(s):\n${lines.join("\n")}`);
}

// The audit itself can fail: a field without a label and an image without text are caught.
check("axe reports a known fault", async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.setContent(`<!doctype html><html lang="en"><title>t</title><main><h1>t</h1>
    <input id="x"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="2" height="2"></main></html>`);
  const found = await audit(page, "a faulty page").then(() => "", (e) => e.message);
  await ctx.close();
  for (const id of Object.keys(incomplete)) delete incomplete[id];
  if (!/\blabel\b/.test(found) || !/image-alt/.test(found)) throw new Error(`not caught: ${found}`);
});

for (const lang of LANGS) {
  let ctx;
  let page;
  // A fresh browser per language: `?lang=` once sets the cookie every later page follows.
  check(`${lang}: the browser opens`, async () => {
    ctx = await browser.newContext({ locale: lang === "ar" ? "ar" : "en-GB" });
    page = await ctx.newPage();
    await page.goto(`${base}/?lang=${lang}`);
    const got = await page.evaluate(() => document.documentElement.lang);
    if (got !== lang) throw new Error(`the page is in ${got}, not ${lang}`);
  });
  for (const { path, status = 200 } of PUBLIC) {
    check(`${lang}: ${path}`, async () => {
      const res = await page.goto(`${base}${path}`);
      if (res.status() !== status) throw new Error(`${path} answered ${res.status()}, not ${status}`);
      await audit(page, `${lang} ${path}`);
    });
  }
  for (const { name, path, act, shows } of FORMS) {
    check(`${lang}: ${name}`, async () => {
      await page.goto(`${base}${path}`);
      if (here(page) !== path) throw new Error(`${path} led to ${page.url()}`);
      await act(page, lang);
      if (!(await page.locator(shows).count())) throw new Error(`${name}: no ${shows} at ${page.url()}`);
      await audit(page, `${lang} ${name} (${page.url().replace(base, "")})`);
    });
  }
  for (const path of fixture.adminPages || []) {
    check(`${lang}: ${path} (signed in)`, async () => {
      const res = await page.goto(`${base}${path}`);
      if (res.status() !== 200 || here(page) !== path) {
        throw new Error(`${path} answered ${res.status()} at ${page.url()}: not signed in?`);
      }
      await audit(page, `${lang} ${path}`);
    });
  }
  check(`${lang}: the browser closes`, () => ctx.close());
}

check("report what axe left for a person to check", () => {
  for (const [id, pages] of Object.entries(incomplete)) console.log(`# needs review: ${id} on\n#   ${[...pages].join("\n#   ")}`);
});

await run();
