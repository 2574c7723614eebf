// What every browser check shares: Debian's Chromium launched offline, the command-line
// arguments, and a runner that prints "N passed, M failed" and sets the exit code.
import { chromium } from "playwright-core";

export const base = process.argv[2];
export const shots = process.argv[3];
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const browser = await chromium.launch({ executablePath, args, headless: true });
const checks = [];

/** Registers a named check. */
export const check = (name, fn) => checks.push({ name, fn });

/** Runs every check, reports, closes the browser and exits non-zero on any failure. */
export async function run() {
  let failed = 0;
  for (const { name, fn } of checks) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (e) {
      failed += 1;
      console.log(`not ok - ${name}\n${e.stack}`);
    }
  }
  await browser.close();
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
