// What a visitor sees on a session page, in real headless Chromium.
// Usage: node session_page.mjs BASE_URL [SCREENSHOT_DIR]. Exits non-zero on any failed check.
import assert from "node:assert/strict";
import { base, browser, check, run, shots } from "./harness.mjs";

check("a visitor in New York sees the session, its agenda and their local time", async () => {
  const ctx = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
  const page = await ctx.newPage();
  const res = await page.goto(`${base}/series/wipo-conversation/sessions/8`);
  assert.equal(res.status(), 200);
  assert.equal(await page.locator("h1").innerText(), "IP and generative AI");
  assert.match(await page.locator("dl.facts").innerText(), /September 20, 2023, 13:00 – September 21, 2023, 17:00/);
  assert.equal(await page.locator("table.agenda tbody tr").count(), 12);
  const local = page.locator(".local-time");
  await local.waitFor({ state: "visible" });
  const text = await local.innerText();
  assert.match(text, /America\/New_York/);
  assert.match(text, /7:00/, `the browser's own zone is used: ${text}`);
  const row = await page.locator("table.agenda .your-time").first().innerText();
  assert.match(row, /07:00–07:20/, `each agenda row in the browser's zone too: ${row}`);
  await page.getByRole("link", { name: "Amara Okafor" }).first().click();
  await page.waitForURL(/\/speakers\/amara-okafor$/);
  assert.equal(await page.locator("h1").innerText(), "Amara Okafor");
  if (shots) await page.goBack().then(() => page.screenshot({ path: `${shots}/session-8-en.png`, fullPage: true }));
  await ctx.close();
});

check("the language switcher leads to French and to right-to-left Arabic", async () => {
  const ctx = await browser.newContext({ locale: "en-US" });
  const page = await ctx.newPage();
  await page.goto(`${base}/series/wipo-conversation/sessions/8`);
  await page.getByRole("link", { name: "Français" }).click();
  await page.waitForURL(/lang=fr/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
  assert.match(await page.locator("dl.facts").innerText(), /septembre 2023/);
  await page.getByRole("link", { name: "العربية" }).click();
  await page.waitForURL(/lang=ar/);
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  const brand = await page.locator(".brand").boundingBox();
  const width = page.viewportSize().width;
  assert.ok(brand.x > width / 2, `the header starts on the right in Arabic (x=${brand.x})`);
  // The choice is remembered: a plain URL now comes in Arabic.
  await page.goto(`${base}/`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ar");
  if (shots) await page.goto(`${base}/series/wipo-conversation/sessions/13`).then(() => page.screenshot({ path: `${shots}/session-13-ar.png`, fullPage: true }));
  await ctx.close();
});

check("the page works without JavaScript and from the keyboard", async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
  const page = await ctx.newPage();
  await page.goto(`${base}/series/wipo-conversation/sessions/8`);
  assert.equal(await page.locator("table.agenda tbody tr").count(), 12);
  assert.equal(await page.locator(".local-time").isVisible(), false);
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement.className);
  assert.equal(focused, "skip", "the first Tab reaches the skip link");
  assert.ok(await page.locator(".skip").isVisible(), "the skip link shows when focused");
  // Choosing a time zone with the form, no script involved.
  await page.fill("#tz", "Asia/Tokyo");
  await page.press("#tz", "Enter");
  await page.waitForURL(/tz=Asia%2FTokyo|tz=Asia\/Tokyo/);
  assert.match(await page.locator(".visitor-time").innerText(), /Asia\/Tokyo.*20:00/);
  await ctx.close();
});

await run();
