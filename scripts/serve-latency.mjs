// Measures how long the live check takes after the last keystroke that changed the value in `policywright serve`, on a copy of a
// bundled example (run after `npm run build`; a measurement, not a test: `node scripts/serve-latency.mjs [runs]`).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../dist/serve/index.js';
import { findChromium } from '../dist/render/chromium.js';

const runs = Number(process.argv[2] ?? 9);
const dir = mkdtempSync(path.join(tmpdir(), 'pw-latency-'));
writeFileSync(path.join(dir, 'package.json'), '{}');
cpSync(new URL('../policies', import.meta.url).pathname, path.join(dir, 'policies'), { recursive: true });
const profile = mkdtempSync('/tmp/pw-latency-profile-');
const server = await startServer({ dir, port: 0 });
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  pipe: true,
  userDataDir: profile,
  args: [
    '--lang=en-GB',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.goto(`http://127.0.0.1:${server.port}/#/edit/policies/schools/oakfield-primary.yaml`);
  const field = '#schools_0_school_day_registers_morning_closes';
  await page.waitForSelector('.checks[data-version]:not([data-version="0"])', { timeout: 60_000 });
  await page.evaluate((sel) => {
    const w = window;
    w.lastKey = 0;
    document.querySelector(sel).addEventListener('input', () => {
      w.lastKey = performance.now();
      w.doneAt = undefined;
    });
    // The moment the checks first show the expected state after the last keystroke.
    // Only the final value matches both: the finding (or its absence) and the time in the preview.
    const side = document.querySelector('.side');
    new MutationObserver(() => {
      if (w.want === undefined || w.doneAt !== undefined) return;
      const finding = (side.querySelector('.checks')?.textContent ?? '').includes('open for 55 minutes');
      const preview = side.querySelector('iframe')?.getAttribute('srcdoc') ?? '';
      if (finding === w.want && preview.includes(w.want ? 'closes at 9:40am' : 'closes at 9:00am.</li>')) w.doneAt = performance.now();
    }).observe(side, { subtree: true, childList: true, characterData: true, attributes: true });
  }, field);
  const ui = [];
  for (let i = 0; i < runs; i++) {
    const value = i % 2 === 0 ? '0940' : '0900';
    const expectFinding = i % 2 === 0;
    await page.evaluate((want) => {
      window.want = want;
      window.doneAt = undefined;
      document.activeElement?.blur();
    }, expectFinding);
    await page.focus(field);
    await page.keyboard.type(value, { delay: 30 });
    await page.waitForFunction(() => window.doneAt !== undefined && window.doneAt > window.lastKey, { timeout: 60_000 });
    ui.push(await page.evaluate(() => window.doneAt - window.lastKey));
  }
  // The server's part alone: the same check called directly.
  const opened = await (
    await fetch(`http://127.0.0.1:${server.port}/api/policy?file=policies/schools/oakfield-primary.yaml`, {
      headers: { Cookie: `policywright_${server.port}=${server.token}` },
    })
  ).json();
  const api = [];
  for (let i = 0; i < runs; i++) {
    opened.data.schools[0].school_day.registers.morning.closes = i % 2 ? '09:00' : '09:40';
    const t = performance.now();
    await fetch(`http://127.0.0.1:${server.port}/api/check`, {
      method: 'POST',
      headers: {
        Cookie: `policywright_${server.port}=${server.token}`,
        'Content-Type': 'application/json',
        'X-Policywright-Token': server.token,
      },
      body: JSON.stringify({ file: opened.file, data: opened.data }),
    }).then((r) => r.json());
    api.push(performance.now() - t);
  }
  const fmt = (xs) => xs.map((x) => Math.round(x)).join(', ');
  console.log(
    `Keystroke to updated checks and preview (includes the 250 ms pause the app waits for typing to stop), ${runs} runs: median ${Math.round(median(ui))} ms [${fmt(ui)}]`,
  );
  console.log(
    `Server check alone (write the form into the YAML in memory, validate, lint, render the preview), ${runs} runs: median ${Math.round(median(api))} ms [${fmt(api)}]`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
