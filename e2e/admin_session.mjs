// An organiser prepares a session in the back office, in real headless Chromium: signs in,
// creates a session, adds an agenda item, sets registration, announces it and opens
// registration; a visitor then sees it on the public page and can register.
// Usage: node admin_session.mjs BASE_URL SCREENSHOT_DIR FIXTURE_JSON
//   FIXTURE_JSON: { "email", "password", "day", "opens", "closes", "speaker" }
import assert from "node:assert/strict";
import { base, browser, check, run, shots } from "./harness.mjs";

const f = JSON.parse(process.argv[4] || "{}");
const ctx = await browser.newContext({ locale: "en-GB" });
const page = await ctx.newPage();
let editUrl = "";

// Submits the form that holds `button` and waits for the page it leads to.
async function submit(button) {
  await Promise.all([page.waitForLoadState("load"), page.locator(button).first().click()]);
  await page.waitForLoadState("load");
}

check("an organiser signs in", async () => {
  await page.goto(`${base}/admin/login`);
  await page.fill("#f-email", f.email);
  await page.fill("#f-password", f.password);
  await submit("main form button[type=submit]");
  assert.equal(new URL(page.url()).pathname, "/admin");
});

check("creates a session: a draft", async () => {
  await page.click("nav.admin >> text=Sessions");
  await page.click("text=New session");
  await page.fill("#f-number", "14");
  await page.fill("#f-title", "IP and quantum computing");
  await page.fill("#f-summary", "How **quantum** computing meets intellectual property.");
  await page.fill("#f-starts_on", f.day);
  await page.fill("#f-starts_time", "13:00");
  await page.fill("#f-ends_on", f.day);
  await page.fill("#f-ends_time", "17:00");
  await page.fill("#f-time_zone", "Europe/Zurich");
  await page.selectOption("#f-format", "hybrid");
  await page.fill("#f-venue", "WIPO, Geneva");
  await submit("main form button[value=save]");
  editUrl = page.url().split("?")[0];
  assert.match(editUrl, /\/admin\/sessions\/\d+$/);
  assert.match(await page.locator("p.notice").innerText(), /Created/);
  assert.match(await page.locator("main").innerText(), /Draft/);
  if (shots) await page.screenshot({ path: `${shots}/admin-session-draft.png`, fullPage: true });
});

check("adds an agenda item with a moderator", async () => {
  await page.click("text=Add an agenda item");
  await page.fill("#f-day", f.day);
  await page.fill("#f-starts_time", "13:00");
  await page.fill("#f-ends_time", "13:30");
  await page.selectOption("#f-kind", "opening");
  await page.fill("#f-title", "Opening and welcome");
  await page.fill("#f-speakers", `${f.speaker}:moderator`);
  await submit("main form button[value=save]");
  assert.match(await page.locator("#agenda + table, section[aria-labelledby=agenda] table").first().innerText(), /Opening and welcome/);
});

check("sets registration: open now, 40 seats", async () => {
  const form = `form[action$="/registration"]`;
  await page.selectOption(`${form} #f-takes_registrations`, "yes");
  await page.fill(`${form} #f-opens_on`, f.opens);
  await page.fill(`${form} #f-closes_on`, f.closes);
  await page.fill(`${form} #f-capacity_in_person`, "40");
  await submit(`${form} button[value=save]`);
  assert.match(await page.locator("p.notice").innerText(), /Saved/);
});

check("announces it and opens registration", async () => {
  await submit("form[action$='/status'] button >> text=Announce (make public)");
  assert.match(await page.locator("p.notice").innerText(), /status is changed/);
  await submit("form[action$='/status'] button >> text=Open registration");
  assert.match(await page.locator("main").innerText(), /Registration open/);
});

check("a visitor sees it on the public page and can register", async () => {
  const visitor = await browser.newContext({ locale: "en-GB" });
  const p = await visitor.newPage();
  const res = await p.goto(`${base}/series/wipo-conversation/sessions/14`);
  assert.equal(res.status(), 200);
  assert.equal(await p.locator("h1").innerText(), "IP and quantum computing");
  assert.match(await p.locator("main").innerText(), /Opening and welcome/);
  assert.equal(await p.locator("#about + strong, section[aria-labelledby=about] strong").first().innerText(), "quantum");
  assert.match(await p.locator("main").innerText(), /Registration is open and free\./);
  await p.click("text=Register");
  assert.match(p.url(), /\/sessions\/14\/register$/);
  if (shots) await p.screenshot({ path: `${shots}/public-session-14.png`, fullPage: true });
  await visitor.close();
});

await run();
