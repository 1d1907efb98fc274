import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { UserError } from '../core/diagnostics.js';
import { findChromium } from './chromium.js';
import { openLockedPage, printOnPage, UnsafePageError, type PrintedPdf, type PrintOptions } from './pdf.js';

/** The flags every launch uses: headless, no GPU, and nothing that talks to Google in the background. */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-breakpad',
];

export interface BrowserOptions {
  /** The browser to run; found with findChromium() when not given. */
  executablePath?: string;
  /** How many pages print at once (default: one per core, at most 4). */
  pages?: number;
  /** Longest time Chromium may take to answer one request, in milliseconds. */
  protocolTimeoutMs?: number;
}

/** One browser, shared by every document of a build, letters and reports alike. */
export interface BrowserPool {
  /** How many pages print at once. */
  readonly size: number;
  /** Process id of the browser, for measuring its memory. */
  readonly pid: number | undefined;
  /** Print one HTML document on a reused, locked-down page. */
  printPdf(html: string, options?: PrintOptions): Promise<PrintedPdf>;
}

export interface OpenBrowser extends BrowserPool {
  close(): Promise<void>;
}

/** Open a browser, give its page pool to `work`, and always close it (and delete its profile) afterwards. */
export async function withBrowser<T>(work: (pool: BrowserPool) => Promise<T>, options: BrowserOptions = {}): Promise<T> {
  const browser = await openBrowser(options);
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Chromium's environment: its temporary files and the config and cache it writes to the home folder
 * even with its own profile (crash reports, dconf) all go inside the profile folder instead.
 */
export function chromiumEnv(profile: string): NodeJS.ProcessEnv {
  for (const sub of ['config', 'cache']) mkdirSync(path.join(profile, sub), { recursive: true });
  return { ...process.env, TMPDIR: profile, XDG_CONFIG_HOME: path.join(profile, 'config'), XDG_CACHE_HOME: path.join(profile, 'cache') };
}

/** How many pages print at once: the number asked for, or one per core (at most 4). */
export function poolSize(options: BrowserOptions = {}): number {
  return Math.max(1, options.pages ?? Math.min(4, availableParallelism()));
}

export async function openBrowser(options: BrowserOptions = {}): Promise<OpenBrowser> {
  const executablePath = options.executablePath ?? findChromium();
  const size = poolSize(options);
  // A fresh profile, with Chromium's own temporary and config files kept inside it, so closing removes
  // everything. Chromium puts a Unix socket in its temporary folder and such paths are limited to 107
  // bytes, so a long TMPDIR gives way to /tmp.
  const base = tmpdir().length > 40 && existsSync('/tmp') ? '/tmp' : tmpdir();
  const profile = mkdtempSync(path.join(base, 'pw-chromium-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: LAUNCH_ARGS,
      env: chromiumEnv(profile),
      protocolTimeout: options.protocolTimeoutMs ?? 180_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (e) {
    removeProfile();
    throw new UserError(`Chromium (${executablePath}) could not be started, so PDFs cannot be made: ${(e as Error).message.split('\n')[0]}`);
  }

  // If the program is stopped, stop the browser too and remove its profile.
  const stopNow = (signal: NodeJS.Signals) => {
    browser.process()?.kill('SIGKILL');
    removeProfile();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, stopNow);
  process.on('exit', removeProfile);

  const pages = new PagePool(browser, size);
  let closed = false;
  return {
    size,
    pid: browser.process()?.pid,
    async printPdf(html, printOptions) {
      if (closed) throw new Error('The browser has already been closed.');
      const page = await pages.acquire();
      let broken = false;
      try {
        return await printOnPage(page, html, printOptions);
      } catch (e) {
        // A page that navigated away or timed out is not reused.
        broken = e instanceof UnsafePageError || /timeout|detached|closed/i.test((e as Error).message);
        throw e;
      } finally {
        pages.release(page, broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const s of signals) process.off(s, stopNow);
      process.off('exit', removeProfile);
      try {
        await browser.close();
      } catch {
        browser.process()?.kill('SIGKILL');
      }
      removeProfile();
    },
  };
}

/** Pages are opened when first needed, then reused; a caller waits when all are busy. */
class PagePool {
  private idle: Page[] = [];
  private open = 0;
  private waiting: Array<{ resolve: (p: Page) => void; reject: (e: unknown) => void }> = [];

  constructor(private readonly browser: Browser, private readonly size: number) {}

  acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return Promise.resolve(page);
    if (this.open < this.size) return this.openPage();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  release(page: Page, broken: boolean): void {
    if (broken) {
      this.open--;
      void page.close().catch(() => undefined);
      const next = this.waiting.shift();
      if (next) this.openPage().then(next.resolve, next.reject);
      return;
    }
    const next = this.waiting.shift();
    if (next) next.resolve(page);
    else this.idle.push(page);
  }

  private async openPage(): Promise<Page> {
    this.open++;
    try {
      return await openLockedPage(this.browser);
    } catch (e) {
      this.open--;
      throw e;
    }
  }
}
