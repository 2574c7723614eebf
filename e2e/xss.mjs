// Stored XSS payloads read back in real Chromium (issue 19, point 10). Every page of the
// fixture is loaded with the organiser's cookie; a check fails on any dialog, any request to
// the marker host, or any element or attribute that could run script or load from elsewhere.
// It prints how many payload markers (XSS01…) each page shows as text.
// Usage: node xss.mjs BASE_URL SCREENSHOT_DIR '{"token": "…", "pages": ["/", …]}'
import assert from "node:assert/strict";
import { base, browser, check, run } from "./harness.mjs";

const f = JSON.parse(process.argv[4] || "{}");
const ctx = await browser.newContext({ locale: "en-GB" });
await ctx.addCookies([{ name: "convene_admin", value: f.token, url: base }]);
const page = await ctx.newPage();
const alarms = [];
page.on("dialog", async (d) => { alarms.push(`dialog: ${d.message()}`); await d.dismiss(); });
page.on("request", (r) => {
  const host = new URL(r.url()).hostname;
  if (host.endsWith("marker.invalid")) alarms.push(`request to ${r.url()}`);
});
// Requests to the marker host must not happen; answer them so nothing waits on DNS.
await ctx.route("**/*marker.invalid*/**", (route) => route.fulfill({ status: 204, body: "" }));

for (const path of f.pages) {
  check(path, async () => {
    alarms.length = 0;
    const res = await page.goto(`${base}${path}`, { waitUntil: "load" });
    assert.equal(res.status(), 200, `${path} answers`);
    // Give autofocus, animations and toggles a moment to fire.
    await page.waitForTimeout(150);
    const found = await page.evaluate(() => {
      const bad = [];
      const origin = location.origin;
      for (const el of document.querySelectorAll("*")) {
        const tag = el.tagName.toLowerCase();
        if (["iframe", "object", "embed", "base", "frame", "applet"].includes(tag)) bad.push(`<${tag}>`);
        if (tag === "script" && !(el.src && el.src.startsWith(origin))) bad.push("inline <script>");
        if (tag === "meta" && el.httpEquiv) bad.push(`<meta http-equiv=${el.httpEquiv}>`);
        if (document.body.contains(el) && (tag === "style" || tag === "link")) bad.push(`<${tag}> in body`);
        for (const a of el.attributes) {
          const v = a.value.trim().toLowerCase();
          if (a.name.startsWith("on")) bad.push(`${tag}[${a.name}]`);
          if (["href", "src", "action", "formaction", "data"].includes(a.name)
              && (v.startsWith("javascript:") || v.startsWith("data:") || v.includes("marker.invalid")) && !(tag === "a" && v.startsWith("https://marker.invalid"))) {
            bad.push(`${tag}[${a.name}=${a.value}]`);
          }
        }
      }
      const shown = new Set(document.body.innerText.match(/XSS\d\d/g) || []);
      return { bad, shown: shown.size };
    });
    assert.deepEqual(found.bad, [], `${path}: live markup from stored text`);
    assert.deepEqual(alarms, [], `${path}: script ran or a request left`);
    console.log(`${path} shows ${found.shown}`);
  });
}

await run();
