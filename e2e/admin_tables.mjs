// The back office's tables fit a 1280 px screen (no sideways scrolling) and their dates stay
// on one line, in real headless Chromium, in English and Arabic.
// Usage: node admin_tables.mjs BASE_URL SCREENSHOT_DIR FIXTURE_JSON
//   FIXTURE_JSON: { "email", "password", "paths": ["/admin/…", …] }
import assert from "node:assert/strict";
import { base, browser, check, run, shots } from "./harness.mjs";

const f = JSON.parse(process.argv[4] || "{}");
const ctx = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();

check("an admin signs in", async () => {
  await page.goto(`${base}/admin/login`);
  await page.fill("#f-email", f.email);
  await page.fill("#f-password", f.password);
  await Promise.all([page.waitForLoadState("load"), page.locator("main form button[type=submit]").first().click()]);
  await page.waitForLoadState("load");
  assert.equal(new URL(page.url()).pathname, "/admin");
});

for (const lang of ["en", "ar"]) {
  check(`tables fit 1280 px and dates do not wrap (${lang})`, async () => {
    for (const path of f.paths) {
      const sep = path.includes("?") ? "&" : "?";
      await page.goto(`${base}${path}${sep}lang=${lang}`);
      const found = await page.evaluate(() => {
        const doc = document.documentElement;
        const wrapped = [...document.querySelectorAll("td.date")].filter((td) => {
          if (!td.textContent.trim()) return false;
          const range = document.createRange();
          range.selectNodeContents(td);
          // One line of text: every fragment shares the first one's top.
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return tops.size > 1;
        });
        return {
          overflow: doc.scrollWidth - doc.clientWidth,
          tables: document.querySelectorAll("main table").length,
          wrapped: wrapped.map((td) => td.textContent.trim()),
        };
      });
      const where = `${path} (${lang})`;
      assert.ok(found.tables > 0, `${where} has a table`);
      assert.ok(found.overflow <= 0, `${where} overflows by ${found.overflow} px`);
      assert.deepEqual(found.wrapped, [], `${where}: dates wrapped`);
      if (shots) await page.screenshot({ path: `${shots}/admin${path.replace(/[^a-z0-9]+/g, "-")}-${lang}.png`, fullPage: false });
    }
  });
}

await run();
