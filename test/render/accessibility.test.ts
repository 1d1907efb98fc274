import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/load/load-policy.js';
import { chromiumLaunchOptions } from '../../src/render/browser.js';
import { renderPolicyHtml } from '../../src/render/index.js';
import { seriousAccessibilityProblems } from '../axe.js';

const POLICIES = [
  'test/fixtures/render/oakfield-primary.yaml',
  'test/fixtures/corpus/bishop-perrin.yaml',
  'policies/brook-and-meadow-federation.yaml',
];

let browser: Browser;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(path.join(tmpdir(), 'policywright-axe-'));
  browser = await puppeteer.launch(chromiumLaunchOptions(profile));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('the web page has no serious or critical accessibility problems (axe-core)', () => {
  it('the check itself reports a serious problem when a page has one', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent('<html lang="en"><body><main><img src="x.png"></main></body></html>');
      expect((await seriousAccessibilityProblems(page)).join('\n')).toMatch(/^image-alt: /m);
    } finally {
      await page.close();
    }
  });

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
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
