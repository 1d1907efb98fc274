// Item 4: a PDF run makes no network lookup; item 11: a browser that never answers fails in seconds,
// a browser that stops mid-run gives a clear message, and profiles of killed runs are removed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/diagnostics.js';
import { openBrowser, removeOrphanedProfiles, START_TIMEOUT_MS } from '../../src/render/browser.js';
import { findChromium } from '../../src/render/chromium.js';

const hasStrace = spawnSync('strace', ['-V']).status === 0;

/** A wrapper that runs the real Chromium under strace, logging every network system call of every process. */
function tracedChromium(dir: string): { exe: string; log: string } {
  const log = path.join(dir, 'strace.log');
  const exe = path.join(dir, 'chromium-traced');
  writeFileSync(
    exe,
    `#!/bin/sh\nexec strace -f -qq -yy -e trace=socket,connect,sendto,sendmsg,sendmmsg -o '${log}' '${findChromium()}' "$@"\n`,
  );
  chmodSync(exe, 0o755);
  return { exe, log };
}

describe('Chromium makes no network lookups', () => {
  it.skipIf(!hasStrace)(
    'printing a PDF sends nothing to a DNS server or any other host (traced with strace)',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pw-dns-'));
      const { exe, log } = tracedChromium(dir);
      const browser = await openBrowser({ executablePath: exe, pages: 1 });
      try {
        // A link and a prefetch hint to a remote host: neither may be looked up.
        const pdf = await browser.printPdf(
          '<h1>Attendance</h1><p><a href="https://example.org/">Policy</a></p><link rel="dns-prefetch" href="//example.net">',
        );
        expect(pdf.pages).toBe(1);
        // Background lookups (updates, certificate lists) start a little after launch.
        await new Promise((r) => setTimeout(r, 3000));
      } finally {
        await browser.close();
      }
      const lines = readFileSync(log, 'utf8').split('\n');
      // The trace works and follows Chromium's child processes (they talk over Unix sockets).
      expect(lines.filter((l) => /\b(sendmsg|sendto)\(/.test(l)).length).toBeGreaterThan(0);
      expect(new Set(lines.map((l) => l.split(' ')[0]).filter(Boolean)).size).toBeGreaterThan(2);
      const dns = lines.filter((l) => /htons\(53\)|nscd|systemd\/resolve/.test(l));
      expect(dns, 'DNS traffic').toEqual([]);
      // No data is sent to any Internet address, and no TCP connection is made. (Chromium "connects" a UDP
      // socket to a public IPv6 address to learn whether IPv6 is routable; that sends no packet.) -yy makes
      // strace name each socket's protocol on the line itself, so interleaved output cannot hide it.
      const sent = lines.filter((l) => /^\d+ (sendto|sendmsg|sendmmsg)\(.*sa_family=AF_INET/.test(l));
      expect(sent, 'data sent to an Internet address').toEqual([]);
      const tcp = lines
        .filter((l) => /^\d+ connect\(\d+(<.*?>)?, \{sa_family=AF_INET6?,/.test(l))
        .filter((l) => !/^\d+ connect\(\d+<UDP/.test(l) && !/127\.0\.0\.1|"::1"/.test(l));
      expect(tcp, 'TCP connections').toEqual([]);
    },
    150_000,
  );
});

describe('browser start-up and failure', () => {
  it('a browser that never answers fails in seconds with a clear message, and leaves no profile', async () => {
    expect(START_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-hang-'));
    const exe = path.join(dir, 'silent-browser');
    writeFileSync(exe, '#!/bin/sh\nexec sleep 600\n');
    chmodSync(exe, 0o755);
    const started = Date.now();
    const error = await openBrowser({ executablePath: exe, startTimeoutMs: 3000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/did not (start|answer) within 3 seconds, so PDFs cannot be made/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(
      execFileSync('sh', ['-c', `ls /tmp | grep -c '^pw-chromium-${process.pid}-' || true`])
        .toString()
        .trim(),
    ).toBe('0');
  }, 60_000);

  it('a browser killed in the middle of a run is reported in words, not as a protocol error', async () => {
    const browser = await openBrowser({ pages: 1 });
    try {
      await browser.printPdf('<p>first</p>');
      process.kill(browser.pid!, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 500));
      const error = await browser.printPdf('<p>second</p>').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/Chromium stopped while PDFs were being printed.*Run the command again/);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('profiles left by a killed run are removed at the next start; those of running processes stay', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'pw-profiles-'));
    const dead = spawnSync('true').pid!;
    mkdirSync(path.join(base, `pw-chromium-${dead}-abc123`));
    mkdirSync(path.join(base, `pw-chromium-${process.pid}-def456`));
    mkdirSync(path.join(base, 'pw-chromium-1-ghi789'));
    removeOrphanedProfiles(base);
    expect(existsSync(path.join(base, `pw-chromium-${dead}-abc123`))).toBe(false);
    expect(existsSync(path.join(base, `pw-chromium-${process.pid}-def456`))).toBe(true);
    expect(existsSync(path.join(base, 'pw-chromium-1-ghi789'))).toBe(true);
  });
});
