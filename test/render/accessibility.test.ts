import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/load/load-policy.js';
import { chromiumEnv, LAUNCH_ARGS } from '../../src/render/browser.js';
import { findChromium } from '../../src/render/chromium.js';
import { renderPolicyHtml } from '../../src/render/index.js';

// axe-core runs only here, in a separate page with JavaScript on: the build never runs scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const POLICIES = [
  'test/fixtures/render/oakfield-primary.yaml',
  'test/fixtures/corpus/bishop-perrin.yaml',
  'policies/brook-and-meadow-federation.yaml',
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

let browser: Browser;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(path.join(tmpdir(), 'policywright-axe-'));
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: LAUNCH_ARGS,
    env: chromiumEnv(profile),
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('the web page has no serious or critical accessibility problems (axe-core)', () => {
  it.each(
    POLICIES.filter((f) => {
      try {
        readFileSync(f);
        return true;
      } catch {
        return false;
      }
    }),
  )('%s', async (file) => {
    const html = renderPolicyHtml(loadPolicy(file));
    const page = await browser.newPage();
    try {
      // The page's CSP forbids scripts; this test page alone lets axe in.
      await page.setBypassCSP(true);
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const violations = (await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations;
      })) as Violation[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        ),
      ).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
