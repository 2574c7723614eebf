// Registering for a session with the keyboard alone, in real headless Chromium: a refused
// submit first (errors announced and linked), then a complete one.
// Usage: node registration.mjs BASE_URL [SCREENSHOT_DIR]. Exits non-zero on any failed check.
import assert from "node:assert/strict";
import { base, browser, check, run, shots } from "./harness.mjs";

// Presses Tab until the element with `id` has focus; fails if it is not reachable.
async function tabTo(page, id) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate(() => document.activeElement && document.activeElement.id) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} cannot be reached with Tab`);
}

check("a visitor registers with the keyboard alone", async () => {
  const ctx = await browser.newContext({ locale: "en-GB" });
  const page = await ctx.newPage();
  await page.goto(`${base}/series/wipo-conversation/sessions/13`);
  // From the top of the page, Tab to the Register link and follow it with Enter.
  for (let i = 0; i < 80; i++) {
    const text = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
    if (text === "Register") break;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/register$/);
  // Sending the empty form: the error summary takes focus and links to each field.
  await tabTo(page, "f-name");
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.keyboard.press("Enter"),
  ]);
  await page.waitForLoadState();
  await page.locator("#errors").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "errors");
  assert.match(await page.locator("#errors").innerText(), /This field is required/);
  assert.equal(await page.locator("#f-name").getAttribute("aria-invalid"), "true");
  // Now fill it in properly.
  await tabTo(page, "f-name");
  await page.keyboard.type("Wanjiru Kamau");
  await tabTo(page, "f-email");
  await page.keyboard.type("wanjiru@example.org");
  await tabTo(page, "f-country");
  await page.keyboard.type("Kenya");
  await tabTo(page, "f-stakeholder_group");
  await page.keyboard.type("Academia");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  // The attendance radios: arrow keys move between them, and select.
  await page.keyboard.press("ArrowDown");
  const mode = await page.evaluate(() => document.querySelector("input[name=attendance_mode]:checked")?.value);
  assert.ok(mode === "online" || mode === "in_person", `a mode is chosen: ${mode}`);
  await tabTo(page, "f-consent");
  await page.keyboard.press("Space");
  assert.equal(await page.locator("#f-country").inputValue(), "KE");
  assert.equal(await page.locator("#f-stakeholder_group").inputValue(), "academia_research");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/register\/sent$/);
  assert.equal(await page.locator("h1").innerText(), "Check your inbox");
  if (shots) await page.screenshot({ path: `${shots}/registered.png`, fullPage: true });
  await ctx.close();
});

check("the form is right to left in Arabic, with country names in Arabic", async () => {
  const ctx = await browser.newContext({ locale: "ar" });
  const page = await ctx.newPage();
  await page.goto(`${base}/series/wipo-conversation/sessions/13/register?lang=ar`);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.locator("#f-country option[value=EG]").innerText(), "مصر");
  const hp = await page.locator(".hp").boundingBox();
  assert.ok(!hp || hp.x + hp.width <= 0 || hp.x >= 10000 || hp.width <= 1, "the honeypot is out of sight");
  if (shots) await page.screenshot({ path: `${shots}/register-ar.png`, fullPage: true });
  await ctx.close();
});

await run();
