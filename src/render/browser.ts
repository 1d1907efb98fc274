import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { UserError } from '../core/diagnostics.js';
import { findChromium } from './chromium.js';
import { openLockedPage, printOnPage, UnsafePageError, type PrintedPdf, type PrintOptions } from './pdf.js';

/**
 * The flags every launch uses: headless, no GPU, and no network at all. Chromium looks up Google
 * hosts in the background (updates, certificate lists, variations) even with
 * --disable-background-networking, so every host name resolves to nothing and nothing is prefetched;
 * this also backs up the page's request interception.
 */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--dns-prefetch-disable',
  '--no-pings',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--safebrowsing-disable-auto-update',
  '--disable-features=NetworkTimeServiceQuerying,CertificateTransparencyComponentUpdater,OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,AutofillServerCommunication,InterestFeedContentSuggestions,NetworkPrediction',
];

export interface BrowserOptions {
  /** The browser to run; found with findChromium() when not given. */
  executablePath?: string;
  /** How many pages print at once (default: one per core, at most 4). */
  pages?: number;
  /** Longest time Chromium may take to answer one request, in milliseconds. */
  protocolTimeoutMs?: number;
  /** Longest time Chromium may take to start and answer, in milliseconds (default START_TIMEOUT_MS). */
  startTimeoutMs?: number;
}

/** A browser that has not started and answered in this time is stopped, with a clear error (a busy
 * shared machine can take 20 seconds to start Chromium). */
export const START_TIMEOUT_MS = 45_000;

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

/** How every PDF run starts the system Chromium: headless over a pipe, with LAUNCH_ARGS and everything it writes inside `profile`. */
export function chromiumLaunchOptions(profile: string, executablePath = findChromium()) {
  return { executablePath, headless: true, pipe: true, userDataDir: profile, args: LAUNCH_ARGS, env: chromiumEnv(profile) } as const;
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
  removeOrphanedProfiles(base);
  const profile = mkdtempSync(path.join(base, `pw-chromium-${process.pid}-`));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  const startTimeout = options.startTimeoutMs ?? START_TIMEOUT_MS;
  let browser: Browser;
  try {
    const launching = puppeteer.launch({
      ...chromiumLaunchOptions(profile, executablePath),
      timeout: startTimeout,
      protocolTimeout: options.protocolTimeoutMs ?? 180_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    // With a pipe, puppeteer's own launch timeout does not cover a browser that never answers.
    const started = await withTimeout(launching, startTimeout).catch((e: unknown) => {
      if ((e as Error).message !== 'timeout') throw e;
      launching.then(
        (late) => late.process()?.kill('SIGKILL'),
        () => undefined,
      );
      killProcessesOfProfile(profile);
      throw e;
    });
    browser = started;
  } catch (e) {
    removeProfile();
    const message = (e as Error).message.split('\n')[0] ?? '';
    if (/timed out|timeout/i.test(message)) {
      throw new UserError(
        `Chromium (${executablePath}) did not start within ${startTimeout / 1000} seconds, so PDFs cannot be made. Close other programs and try again; HTML and Word files can still be made with --formats html,docx.`,
      );
    }
    throw new UserError(`Chromium (${executablePath}) could not be started, so PDFs cannot be made: ${message}`);
  }
  // A browser that started but does not answer is given up on in seconds, not minutes.
  try {
    await withTimeout(browser.version(), startTimeout);
  } catch {
    browser.process()?.kill('SIGKILL');
    removeProfile();
    throw new UserError(
      `Chromium (${executablePath}) started but did not answer within ${startTimeout / 1000} seconds, so PDFs cannot be made. Try again; HTML and Word files can still be made with --formats html,docx.`,
    );
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
      const stopped = () =>
        new UserError(
          'Chromium stopped while PDFs were being printed (it may have crashed, been stopped or run out of memory), so the PDF was not written. Run the command again.',
        );
      if (!browser.connected) throw stopped();
      let page: Page;
      try {
        page = await pages.acquire();
      } catch (e) {
        if (!browser.connected) throw stopped();
        throw e;
      }
      let broken = false;
      try {
        return await printOnPage(page, html, printOptions);
      } catch (e) {
        if (!browser.connected) throw stopped();
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

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A policywright process killed outright (SIGKILL, a power cut) cannot remove its browser profile.
 * Profiles are named after the process, so the next start removes those whose process has gone.
 */
export function removeOrphanedProfiles(base: string): void {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^pw-chromium-(\d+)-[A-Za-z0-9]+$/.exec(name);
    if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue;
    rmSync(path.join(base, name), { recursive: true, force: true });
  }
}

/** Stop the browser processes this run started (found by the profile folder in their environment). */
function killProcessesOfProfile(profile: string): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`TMPDIR=${profile}`)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already, or not ours
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Pages are opened when first needed, then reused; a caller waits when all are busy. */
class PagePool {
  private idle: Page[] = [];
  private open = 0;
  private waiting: Array<{ resolve: (p: Page) => void; reject: (e: unknown) => void }> = [];

  constructor(
    private readonly browser: Browser,
    private readonly size: number,
  ) {}

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
