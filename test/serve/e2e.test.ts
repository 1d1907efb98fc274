import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { ratifiedTrust } from '../trust-approval-project.js';
import { ROOT } from '../helpers.js';
import { collectPageErrors, launchBrowser } from './browser.js';
import { OAKFIELD, servedCopy } from './helpers.js';
import { seriousAccessibilityProblems } from '../axe.js';

// End to end in the system Chromium: the app as a head teacher would use it.
const SCREENSHOT = path.join(ROOT, 'docs', 'serve-screenshot.png');
const CLOSES = '#schools_0_school_day_registers_morning_closes';
/** A shared machine can be slow; these tests wait on a real browser. */
const SLOW = 240_000;

let dir: string;
let server: RunningServer;
let origin: string;
let launched: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  ({ dir, server, origin } = await servedCopy());
  launched = await launchBrowser();
});
// Each test starts from the bundled examples as they are, whatever the one before left behind.
afterEach(() => {
  cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
  rmSync(path.join(dir, '.policywright'), { recursive: true, force: true });
});
afterAll(async () => {
  await launched?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openApp(): Promise<{ page: Page; errors: string[] }> {
  const page = await launched.browser.newPage();
  const errors = collectPageErrors(page);
  await page.setViewport({ width: 1440, height: 1000 });
  await page.goto(server.url, { waitUntil: 'load' });
  expect(page.url()).toBe(`${origin}/`);
  return { page, errors };
}

/** Wait until the checks have run again after `before` (each check has a higher number). */
async function checksAfter(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('.checks')?.getAttribute('data-version')) > n,
    { timeout: 30_000 },
    before,
  );
  return Number(await page.$eval('.checks', (e) => e.getAttribute('data-version')));
}

const checksText = (page: Page) => page.$eval('.checks', (e) => e.textContent ?? '');
const previewHtml = (page: Page) => page.$eval('iframe.preview-frame', (e) => e.getAttribute('srcdoc') ?? '');
const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Type a time the way a person does: select what the field holds and type over it. */
async function typeTime(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.type(text, { delay: 30 });
  await page.waitForFunction((s, v) => (document.querySelector(s) as HTMLInputElement).value === v, { timeout: 10_000 }, selector, text);
}

async function saveAndWait(page: Page): Promise<void> {
  // The button is disabled while a live check runs; a click then would do nothing.
  await page.waitForSelector('.save-bar button.primary:not([disabled])', { timeout: 30_000 });
  await page.click('.save-bar button.primary');
  await page.waitForFunction(() => /^Saved\b/.test(document.querySelector('.save-state')?.textContent ?? ''), { timeout: 30_000 });
}

describe('editing a policy in the browser', () => {
  it(
    'changes the morning register close time, keeps every comment, shows the 30-minute finding and an updated preview, and changes it back',
    async () => {
      const file = path.join(dir, OAKFIELD);
      const original = readFileSync(file, 'utf8');
      const { page, errors } = await openApp();
      await page.waitForSelector(`tr[data-file="${OAKFIELD}"]`);
      await page.click(`tr[data-file="${OAKFIELD}"] a.button`);
      await page.waitForSelector(CLOSES);
      // A time is typed as text (not the browser's own time field, which follows its language), labelled, with the schema's description beside it.
      expect(
        await page.$eval(CLOSES, (e) => ({
          type: (e as HTMLInputElement).type,
          inputMode: (e as HTMLInputElement).inputMode,
          value: (e as HTMLInputElement).value,
          label: document.querySelector(`label[for="${e.id}"]`)?.textContent,
          describedBy: (e.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent),
        })),
      ).toEqual({
        type: 'text',
        inputMode: 'text',
        value: '09:00',
        label: 'Closes',
        describedBy: ['When the register closes. For example: 08:45; 13:15.'],
      });
      await checksAfter(page, 0);
      expect(await checksText(page)).not.toContain('open for 55 minutes');
      expect(plain(await previewHtml(page))).toContain('Morning register closes 9:00am');

      await typeTime(page, CLOSES, '09:40');
      await page.waitForFunction(() => (document.querySelector('.checks')?.textContent ?? '').includes('open for 55 minutes'), {
        timeout: 30_000,
      });
      const version = Number(await page.$eval('.checks', (e) => e.getAttribute('data-version')));
      const checks = await checksText(page);
      expect(checks).toContain(
        'The morning register for Oakfield is open for 55 minutes (08:45 to 09:40). A register should close no more than 30 minutes after it opens.',
      );
      expect(checks).toContain('Close the morning register by 09:15');
      expect(plain(await previewHtml(page))).toContain('Morning register closes 9:40am');
      // Nothing reaches the file before Save.
      expect(readFileSync(file, 'utf8')).toBe(original);

      // The explanation and the question for governors are one click away.
      const finding = await page.$('.finding[data-rule="register-close-time-30-minutes"]');
      await finding!.$eval('summary', (s) => (s as HTMLElement).click());
      expect(await finding!.$eval('details', (d) => d.textContent)).toContain('Question for governors:');

      const shot = await page.screenshot({ type: 'png' });
      expect(Buffer.from(shot).subarray(1, 4).toString()).toBe('PNG');
      if (process.env.UPDATE_SCREENSHOTS || !existsSync(SCREENSHOT)) writeFileSync(SCREENSHOT, shot);

      await saveAndWait(page);
      const saved = readFileSync(file, 'utf8');
      const before = original.split('\n');
      const after = saved.split('\n');
      expect(after.length).toBe(before.length);
      const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]));
      expect(changed).toEqual([44]);
      expect(after[43]).toBe('        morning: { opens: "08:45", closes: "09:40" }');
      const comments = (text: string) => text.split('\n').filter((l) => /#/.test(l) && !/https?:\/\//.test(l.split('#')[0]!));
      expect(comments(saved)).toEqual(comments(original));
      expect(parse(saved).schools[0].school_day.registers.morning.closes).toBe('09:40');

      // Change it back: the finding goes, the preview follows, and the file is exactly as it was.
      await typeTime(page, CLOSES, '09:00');
      await page.waitForFunction(() => !(document.querySelector('.checks')?.textContent ?? '').includes('open for 55 minutes'), {
        timeout: 30_000,
      });
      await checksAfter(page, version);
      expect(plain(await previewHtml(page))).toContain('Morning register closes 9:00am');
      await saveAndWait(page);
      expect(readFileSync(file, 'utf8')).toBe(original);
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'shows a value inherited from the trust base and can override it',
    async () => {
      const { page, errors } = await openApp();
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      await page.waitForSelector('button[data-part="lateness"]');
      await page.click('button[data-part="lateness"]');
      const field = '[data-path="lateness/before_close_code"]';
      await page.waitForSelector(field);
      expect(await page.$eval(field, (e) => e.textContent)).toContain('From policies/trust-base.yaml: L');
      await page.$eval(`${field} .inherited button`, (b) => (b as HTMLElement).click());
      await page.waitForFunction(
        (f) => (document.querySelector(f)?.textContent ?? '').includes('Overrides policies/trust-base.yaml (L)'),
        {},
        field,
      );
      expect(await page.$eval('.save-state', (e) => e.textContent)).toBe('Changes not saved yet.');

      // A stray click on another page of the app asks first; saying no keeps the page and the change.
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (d) => {
          resolve(d.message());
          void d.dismiss();
        }),
      );
      await page.click('header.top nav a[href="#/"]');
      expect(await asked).toBe('Your changes to this policy are not saved yet. Leave this page and lose them?');
      await page.waitForFunction((f) => location.hash === `#/edit/${f}`, { timeout: 10_000 }, OAKFIELD);
      expect(await page.$eval(field, (e) => e.textContent)).toContain('Overrides policies/trust-base.yaml (L)');
      expect(await page.$eval('.save-state', (e) => e.textContent)).toBe('Changes not saved yet.');
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'names the trust base the school builds on, with its file in small print, and offers no way to type over it',
    async () => {
      const { page, errors } = await openApp();
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      await page.waitForSelector('.builds-on');
      expect(await page.$eval('.builds-on h2', (e) => e.textContent)).toBe('Builds on');
      expect(await page.$eval('.builds-on-name strong', (e) => e.textContent)).toBe('Riverbend Learning Trust');
      expect(await page.$eval('.builds-on-name .small', (e) => e.textContent)).toBe('file policies/trust-base.yaml');
      // Nothing to type in, and no part of the form for it.
      expect(await page.$$('.builds-on input, .builds-on textarea, .builds-on select, .builds-on button')).toHaveLength(0);
      expect(await page.$$('button[data-part="extends"], #extends')).toHaveLength(0);
      const parts = await page.$$eval('nav.parts button', (bs) => bs.map((b) => b.getAttribute('data-part')));
      expect(parts[0]).toBe('document');
      expect(parts).not.toContain('extends');
      // A trust base builds on nothing, and says nothing about it.
      await page.goto(`${origin}/#/edit/policies/trust-base.yaml`);
      await page.waitForSelector('button[data-part="document"]');
      expect(await page.$$('.builds-on')).toHaveLength(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});

describe('a value typed wrong', () => {
  it(
    'keeps the last preview on show, marked not up to date; says which field is wrong, shows it under the field and goes there; keeps what was typed',
    async () => {
      const { page, errors } = await openApp();
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      const URN = '#schools_0_urn';
      await page.waitForSelector(URN);
      await checksAfter(page, 0);
      // The page is called by the school's name; the file is named quietly beneath.
      expect(await page.$eval('h1', (e) => e.textContent)).toBe('Oakfield Primary Academy');
      expect(await page.$eval('.file-name', (e) => e.textContent)).toContain(OAKFIELD);
      const good = await previewHtml(page);
      expect(plain(good)).toContain('Oakfield Primary Academy');

      await page.click(URN, { clickCount: 3 });
      await page.keyboard.type('99010A');
      await page.waitForFunction(() => (document.querySelector('.checks')?.textContent ?? '').includes('99010A'), { timeout: 30_000 });
      // The preview stays, as it was before the change, and says it is not up to date.
      expect(await page.$eval('iframe.preview-frame', (e) => e.getAttribute('data-stale'))).toBe('true');
      expect(await previewHtml(page)).toBe(good);
      expect(await page.$eval('.stale-note', (e) => e.textContent)).toContain('Not up to date.');
      // Which field, in the form's own words, and the problem under the field itself.
      const finding = '.finding[data-field="schools/0/urn"]';
      expect(await page.$eval(finding, (e) => e.textContent)).toContain('In the form: Schools › Oakfield Primary Academy › URN');
      expect(await page.$eval('[data-path="schools/0/urn"] .field-problem', (e) => e.textContent)).toContain('99010A');
      // Nothing typed is lost: the field still holds it.
      expect(await page.$eval(URN, (e) => (e as HTMLInputElement).value)).toBe('99010A');

      // From another part of the form, the finding's button goes back to the field.
      await page.click('button[data-part="document"]');
      await page.waitForSelector('#document_title');
      await page.$eval(`${finding} button`, (b) => (b as HTMLButtonElement).click());
      await page.waitForFunction(() => document.activeElement?.id === 'schools_0_urn', { timeout: 10_000 });
      expect(await page.$eval(URN, (e) => (e as HTMLInputElement).value)).toBe('99010A');

      // Saved as it is, nothing is lost; the file cannot be made into a PDF yet, so the page offers none and says why.
      await saveAndWait(page);
      expect(await page.$eval('.save-state', (e) => e.textContent)).toBe(
        'Saved, with the problems the checks show: the policy cannot be published until they are fixed.',
      );
      expect(parse(readFileSync(path.join(dir, OAKFIELD), 'utf8')).schools[0].urn).toBe('99010A');
      expect(await page.$$('a[href^="/api/download"]')).toHaveLength(0);
      expect(await page.$eval('.downloads-note', (e) => e.textContent)).toContain('has a problem that stops it being read');

      // Put right, the preview follows again.
      await page.click(URN, { clickCount: 3 });
      await page.keyboard.type('990101');
      await page.waitForFunction(
        () => !document.querySelector('iframe.preview-frame[data-stale]') && !document.querySelector('.stale-note'),
        {
          timeout: 30_000,
        },
      );
      expect(await checksText(page)).not.toContain('99010A');
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'takes dates as 22 September 2026 or 22/09/2026 in a browser set to American English, and says how to write one it cannot read',
    async () => {
      const file = path.join(dir, OAKFIELD);
      const { page, errors } = await openApp();
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setLocaleOverride', { locale: 'en-US' });
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      await page.waitForSelector('button[data-part="document"]');
      await checksAfter(page, 0);
      await page.click('button[data-part="document"]');
      const NEXT = '#document_next_review';
      await page.waitForSelector(NEXT);
      expect(await page.evaluate(() => new Intl.DateTimeFormat().format(new Date(2026, 8, 22)))).toBe('9/22/2026');
      expect(await page.$eval(NEXT, (e) => (e as HTMLInputElement).value)).toBe('22 September 2027');

      await page.click(NEXT, { clickCount: 3 });
      await page.keyboard.type('1/10/2027');
      await page.waitForFunction(
        () =>
          /Next review\s*1 October 2027/.test(
            (document.querySelector('iframe.preview-frame')?.getAttribute('srcdoc') ?? '').replace(/<[^>]+>/g, ' '),
          ),
        {
          timeout: 30_000,
        },
      );
      // Leaving the field shows the date in words.
      await page.keyboard.press('Tab');
      expect(await page.$eval(NEXT, (e) => (e as HTMLInputElement).value)).toBe('1 October 2027');

      // A date that does not exist: kept as typed, with how to write one, beside the field and in the checks.
      await page.click(NEXT, { clickCount: 3 });
      await page.keyboard.type('31/02/2027');
      await page.keyboard.press('Tab');
      expect(await page.$eval(`${NEXT} ~ .field-error`, (e) => e.textContent)).toBe(
        '“31/02/2027” is not a date. Write the day, month and year, for example 22 September 2026 or 22/09/2026.',
      );
      await page.waitForSelector('.finding[data-field="document/next_review"]', { timeout: 30_000 });
      expect(await page.$eval('.finding[data-field="document/next_review"] .hint', (e) => e.textContent)).toBe(
        'What to do: Write the day, month and year, for example 22 September 2026 or 22/09/2026.',
      );
      expect(await page.$eval(NEXT, (e) => (e as HTMLInputElement).value)).toBe('31/02/2027');

      await page.click(NEXT, { clickCount: 3 });
      await page.keyboard.type('01/10/2027');
      await page.waitForFunction(() => !document.querySelector('.finding[data-field="document/next_review"]'), { timeout: 30_000 });
      await saveAndWait(page);
      expect(parse(readFileSync(file, 'utf8')).document.next_review).toBe('2027-10-01');
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'takes times as 9.10am or 9:15 in a browser set to American English, keeps HH:MM in the file, and says how to write one it cannot read',
    async () => {
      const file = path.join(dir, OAKFIELD);
      const { page, errors } = await openApp();
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setLocaleOverride', { locale: 'en-US' });
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      await page.waitForSelector(CLOSES);
      await checksAfter(page, 0);
      expect(await page.evaluate(() => new Date(2026, 8, 22, 9, 40).toLocaleTimeString())).toMatch(/AM$/);
      // The 24-hour time of the file, not "09:00 AM".
      expect(await page.$eval(CLOSES, (e) => (e as HTMLInputElement).value)).toBe('09:00');

      await typeTime(page, CLOSES, '9.10am');
      await page.waitForFunction(
        () =>
          /Morning register closes\s*9:10am/.test(
            (document.querySelector('iframe.preview-frame')?.getAttribute('srcdoc') ?? '').replace(/<[^>]+>/g, ' '),
          ),
        { timeout: 30_000 },
      );
      // Leaving the field shows the time as the file keeps it.
      await page.keyboard.press('Tab');
      expect(await page.$eval(CLOSES, (e) => (e as HTMLInputElement).value)).toBe('09:10');

      // Not a time: kept as typed, with how to write one beside the field (and named by it), and in the checks.
      await typeTime(page, CLOSES, '25:00');
      await page.keyboard.press('Tab');
      const TIME_ADVICE = 'Write the time on the 24-hour clock, for example 08:40 or 13:30 (8:40am and 1:30pm are read too).';
      expect(await page.$eval(`${CLOSES} ~ .field-error`, (e) => e.textContent)).toBe(`“25:00” is not a time. ${TIME_ADVICE}`);
      expect(await page.$eval(CLOSES, (e) => e.getAttribute('aria-invalid'))).toBe('true');
      expect(
        await page.$eval(CLOSES, (e) =>
          (e.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent),
        ),
      ).toEqual(['When the register closes. For example: 08:45; 13:15.', `“25:00” is not a time. ${TIME_ADVICE}`]);
      const finding = '.finding[data-field="schools/0/school_day/registers/morning/closes"]';
      await page.waitForSelector(finding, { timeout: 30_000 });
      expect(await page.$eval(`${finding} .hint`, (e) => e.textContent)).toBe(`What to do: ${TIME_ADVICE}`);
      expect(await page.$eval(CLOSES, (e) => (e as HTMLInputElement).value)).toBe('25:00');
      await typeTime(page, CLOSES, 'noon-ish');
      await page.keyboard.press('Tab');
      expect(await page.$eval(`${CLOSES} ~ .field-error`, (e) => e.textContent)).toBe(`“noon-ish” is not a time. ${TIME_ADVICE}`);

      await typeTime(page, CLOSES, '9:15');
      await page.waitForFunction((f) => !document.querySelector(f), { timeout: 30_000 }, finding);
      expect(await page.$$(`${CLOSES} ~ .field-error`)).toHaveLength(0);
      await saveAndWait(page);
      expect(parse(readFileSync(file, 'utf8')).schools[0].school_day.registers.morning.closes).toBe('09:15');
      expect(readFileSync(file, 'utf8')).toContain('morning: { opens: "08:45", closes: "09:15" }');
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});

describe('a file saved with problems, opened again', () => {
  it(
    'shows a preview made despite the problems, marked as not ready to publish',
    async () => {
      const file = path.join(dir, OAKFIELD);
      writeFileSync(file, readFileSync(file, 'utf8').replace('urn: "990101"', 'urn: "99010A"'));
      const { page, errors } = await openApp();
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      await page.waitForSelector('iframe.preview-frame[data-problems="true"]', { timeout: 30_000 });
      expect(await checksText(page)).toContain('99010A');
      expect(plain(await previewHtml(page))).toContain('Morning register closes 9:00am');
      expect(await page.$eval('.problems-note', (e) => e.textContent)).toBe(
        'Not ready to publish. This policy has problems, shown in the checks above, that must be fixed before it can be published. This preview is made despite them, so a value with a problem shows as it was typed.',
      );
      expect(await page.$$('.no-preview')).toHaveLength(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'says why there is no preview and what to fix, when it cannot be made',
    async () => {
      const file = path.join(dir, OAKFIELD);
      writeFileSync(file, readFileSync(file, 'utf8').replace('extends: ../trust-base.yaml', 'extends: ../old-trust-base.yaml'));
      const { page, errors } = await openApp();
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      await page.waitForSelector('.no-preview', { timeout: 30_000 });
      const why = await page.$eval('.no-preview', (e) => e.textContent ?? '');
      expect(why).toMatch(/^There is no preview: the policy cannot be read while it has this problem: /);
      expect(why).toContain('The file this policy extends cannot be used');
      expect(why).toMatch(/The preview appears once it is fixed\.$/);
      expect(await page.$$('iframe.preview-frame')).toHaveLength(0);
      // What it builds on is named as written, and still cannot be typed over.
      expect(await page.$eval('.builds-on', (e) => e.textContent)).toContain('The file ../old-trust-base.yaml, which cannot be read');
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});

describe('the form and the Markdown editor', () => {
  it(
    'offers an enumeration as choices, lets a list be added to and reordered, and inserts a data reference into prose that the preview fills in',
    async () => {
      const { page, errors } = await openApp();
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      await page.waitForSelector('#schools_0_type');
      const version = await checksAfter(page, 0);
      // The school type is one of the schema's values, chosen from a list.
      expect(await page.$eval('#schools_0_type', (e) => e.tagName)).toBe('SELECT');
      const choices = await page.$$eval('#schools_0_type option', (os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(choices.length).toBeGreaterThanOrEqual(8);
      expect(await page.$eval('#schools_0_type', (e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Academy');

      // Add an attendance officer, then move the new one to the top of the list.
      const list = '[data-path="schools/0/contacts/attendance_officers"]';
      const click = (label: string, nth = 0) =>
        page.$eval(
          list,
          (el, text, n) => {
            const buttons = [...el.querySelectorAll('button')].filter((b) => b.textContent === text);
            (buttons[n] as HTMLButtonElement).click();
          },
          label,
          nth,
        );
      const NAME = (i: number) => `#schools_0_contacts_attendance_officers_${i}_name`;
      expect(await page.$eval(NAME(0), (e) => (e as HTMLInputElement).value)).toBe('Mr Tom Brindley');
      await click('Add');
      await page.waitForSelector(NAME(1));
      await page.type(NAME(1), 'Ms New Officer');
      await click('Move up', 1);
      await page.waitForFunction(
        (sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === 'Ms New Officer',
        {},
        NAME(0),
      );
      expect(await page.$eval(NAME(1), (e) => (e as HTMLInputElement).value)).toBe('Mr Tom Brindley');
      expect(await page.$eval('.save-state', (e) => e.textContent)).toBe('Changes not saved yet.');

      // Oakfield's own "Who to contact" section: insert the morning close time from the data.
      await page.click('button[data-part="sections"]');
      await page.waitForSelector('#sections_0_body__ref');
      await page.evaluate(() => {
        const editor = document.querySelector('.cm-content') as HTMLElement;
        editor.focus();
      });
      await page.type('#sections_0_body__ref', 'school.school_day.registers.morning.closes');
      await page.$eval('#sections_0_body__ref + button', (b) => (b as HTMLButtonElement).click());
      await page.waitForFunction(() =>
        (document.querySelector('.cm-content')?.textContent ?? '').includes('{{school.school_day.registers.morning.closes}}'),
      );
      await checksAfter(page, version);
      await page.waitForFunction(
        () =>
          /9:00am\s*Start with your child/.test(
            (document.querySelector('iframe.preview-frame')?.getAttribute('srcdoc') ?? '').replace(/<[^>]+>/g, ' '),
          ),
        { timeout: 30_000 },
      );
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});

describe('a file changed on disk while it is open', () => {
  it(
    'is not overwritten: the page says why and the other change stays',
    async () => {
      const file = path.join(dir, OAKFIELD);
      const original = readFileSync(file, 'utf8');
      const { page, errors } = await openApp();
      await page.goto(`${origin}/#/edit/${OAKFIELD}`);
      await page.waitForSelector(CLOSES);
      const version = await checksAfter(page, 0);
      const elsewhere = original.replace('# Oakfield Primary Academy:', '# Edited by the office. Oakfield Primary Academy:');
      writeFileSync(file, elsewhere);
      await typeTime(page, CLOSES, '09:10');
      // Let the live check of the edit finish first: the save button is off while it runs.
      await checksAfter(page, version);
      await page.waitForSelector('.save-bar button.primary:not([disabled])', { timeout: 30_000 });
      await page.click('.save-bar button.primary');
      await page.waitForSelector('.problem', { timeout: 60_000 });
      expect(await page.$eval('.problem', (e) => e.textContent)).toContain('This file was changed on disk after you opened it');
      expect(readFileSync(file, 'utf8')).toBe(elsewhere);
      expect(errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
      writeFileSync(file, original);
      await page.close();
    },
    SLOW,
  );
});

describe('governors', () => {
  it(
    'records a ratification: the YAML keeps its comments, the status becomes approved, and a later change shows up',
    async () => {
      const file = path.join(dir, OAKFIELD);
      const original = readFileSync(file, 'utf8');
      const { page, errors } = await openApp();
      await page.goto(`${origin}/#/governors/${OAKFIELD}`);
      await page.waitForSelector('#ratify-by');
      expect(await page.$eval('#changes-title + p', (e) => e.textContent)).toContain('No approval has been recorded here yet');
      // The file gives a date and a body, as `build` prints it, but no recorded approval to compare later edits with.
      expect(await page.$eval('[data-state]', (e) => [e.getAttribute('data-state'), e.textContent])).toEqual([
        'approved',
        'Approved on 22 September 2026 by the trust board, on the advice of the Oakfield local governing board (record the approval here to track later changes)',
      ]);
      await page.$eval('#ratify-by', (e) => ((e as HTMLInputElement).value = ''));
      await page.type('#ratify-by', 'Oakfield local governing board');
      await page.type('#ratify-minute', 'LGB 2026/07');
      // The page is called by the school's name; the meeting's date starts as today's, in words, and is typed as people write dates.
      expect(await page.$eval('h1', (e) => e.textContent)).toBe('Oakfield Primary Academy');
      expect(await page.$eval('#ratify-date', (e) => (e as HTMLInputElement).value)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      await page.click('#ratify-date', { clickCount: 3 });
      await page.keyboard.type('14/10/2026');
      await page.click('form.ratify button[type="submit"]');
      await page.waitForFunction(() => /14 October 2026/.test(document.querySelector('[data-state="approved"]')?.textContent ?? ''), {
        timeout: 30_000,
      });
      // The approval in words: who, the date as written in England, and the minute.
      expect(await page.$eval('[data-state]', (e) => e.textContent)).toBe(
        'Approved by the Oakfield local governing board on 14 October 2026 (minute LGB 2026/07)',
      );
      expect(await page.$eval('#status-title', (e) => e.parentElement!.textContent)).not.toMatch(/2026-10-14|, minute/);

      const ratified = readFileSync(file, 'utf8');
      expect(parse(ratified).document).toMatchObject({ approved_on: '2026-10-14', approved_by: 'Oakfield local governing board' });
      // Lines of the original that are gone (the approval's own lines), and lines that are new.
      const before = original.split('\n');
      const after = ratified.split('\n');
      expect(before.filter((l) => !after.includes(l))).toEqual([
        '  approved_by: Trust board, on the advice of the Oakfield local governing board',
        '  approved_on: 2026-09-22',
      ]);
      expect(
        after.filter((l) => !before.includes(l) && !/^\s+(approved_by|approved_on|status|approval_minute|approved_fingerprint):/.test(l)),
      ).toEqual([]);
      const comments = (text: string) => text.split('\n').filter((l) => l.trim().startsWith('#'));
      expect(comments(ratified)).toEqual(comments(original));

      // The approved version is kept where a school keeps its history: a git commit (diff --since-ratified finds it there).
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=Governor', '-c', 'user.email=governor@example.invalid', ...args], {
          cwd: dir,
          stdio: 'ignore',
        });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'Approved by the local governing board');
      // A change after approval: the status says so and the change is listed with old and new values.
      writeFileSync(file, ratified.replace('closes: "09:00" }', 'closes: "09:10" }'));
      await page.reload();
      await page.waitForSelector('[data-state="changed"]', { timeout: 30_000 });
      expect(await page.$eval('.last-approval', (e) => e.textContent)).toBe(
        'Approved by the Oakfield local governing board on 14 October 2026 (minute LGB 2026/07).',
      );
      const rows = await page.$$eval('table.changes tbody tr', (trs) => trs.map((tr) => tr.textContent));
      expect(rows.some((r) => /morning register closes.*9:10am.*9:00am/i.test(r ?? ''))).toBe(true);
      expect(await page.$eval('iframe.report-frame', (e) => e.getAttribute('srcdoc') ?? '')).toContain('Ratification');
      expect(errors).toEqual([]);
      writeFileSync(file, original);
      rmSync(path.join(dir, '.git'), { recursive: true, force: true });
      await page.close();
    },
    SLOW,
  );
});

describe('governors of a trust whose board approved the trust base', () => {
  it(
    'read the last approval in words, not as the file stores it',
    async () => {
      const trustDir = await ratifiedTrust();
      const trustServer = await startServer({ dir: trustDir, port: 0 });
      try {
        const page = await launched.browser.newPage();
        const errors = collectPageErrors(page);
        await page.goto(trustServer.url);
        await page.goto(`http://127.0.0.1:${trustServer.port}/#/governors/base.yaml`);
        await page.waitForSelector('[data-state]', { timeout: 30_000 });
        expect(await page.$eval('[data-state]', (e) => [e.getAttribute('data-state'), e.textContent])).toEqual([
          'approved',
          'Approved by the trust board on 15 September 2026 (minute TB 4)',
        ]);
        // A school that takes the trust base's approval says the same.
        await page.goto(`http://127.0.0.1:${trustServer.port}/#/governors/oak.yaml`);
        await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Oak Primary', { timeout: 30_000 });
        await page.waitForSelector('[data-state]', { timeout: 30_000 });
        expect(await page.$eval('[data-state]', (e) => e.textContent)).toBe(
          'Approved by the trust board on 15 September 2026 (minute TB 4)',
        );
        const status = await page.$eval('#status-title', (e) => e.parentElement!.textContent ?? '');
        expect(status).not.toMatch(/Trust board, minute|2026-09-15/);
        expect(errors).toEqual([]);
        await page.close();
      } finally {
        await trustServer.close();
        rmSync(trustDir, { recursive: true, force: true });
      }
    },
    SLOW,
  );
});

describe("the app's pages have no serious or critical accessibility problems (axe-core)", () => {
  const pages: Array<[string, string, string]> = [
    ['home', '/', 'table.policies'],
    ['edit', `/#/edit/${OAKFIELD}`, '.checks[data-version]:not([data-version="0"])'],
    ['edit prose', `/#/edit/policies/trust-base.yaml`, 'button[data-part="sections"]'],
    ['governors', `/#/governors/${OAKFIELD}`, '#ratify-by'],
    ['trust', '/#/trust', 'iframe.report-frame'],
  ];
  it.each(pages)(
    '%s',
    async (name, address, ready) => {
      const page = await launched.browser.newPage();
      // The app's policy allows only its own scripts; this test page alone lets axe in.
      await page.setBypassCSP(true);
      await page.goto(server.url);
      await page.goto(`${origin}${address}`);
      await page.waitForSelector(ready, { timeout: 30_000 });
      if (name === 'edit prose') {
        await page.click('button[data-part="sections"]');
        await page.waitForSelector('.cm-content');
      }
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
