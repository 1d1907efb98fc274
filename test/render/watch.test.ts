import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { watchPolicies, type BuildResult } from '../../src/render/index.js';
import { pdfText } from './pdf-tools.js';

const dir = mkdtempSync(path.join(tmpdir(), 'policywright-watch-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build --watch', () => {
  it('rebuilds a policy when it is saved, with the same browser, until stopped', async () => {
    const file = path.join(dir, 'policies', 'oakfield.yaml');
    const out = path.join(dir, 'out');
    mkdirSync(path.dirname(file));
    const original = readFileSync('test/fixtures/render/oakfield-primary.yaml', 'utf8');
    writeFileSync(file, original);

    const launch = vi.spyOn(puppeteer, 'launch');
    const builds: Array<{ result: BuildResult; changed: string[] }> = [];
    let notify: () => void = () => undefined;
    const nextBuild = () => new Promise<void>((resolve) => (notify = resolve));
    const stop = new AbortController();
    let first = nextBuild();
    const watching = watchPolicies([path.join(dir, 'policies')], {
      outDir: out,
      formats: ['pdf', 'html'],
      signal: stop.signal,
      debounceMs: 100,
      onBuild: (result, changed) => {
        builds.push({ result, changed });
        notify();
      },
    });
    await first;
    expect(builds[0]!.result.built).toHaveLength(1);
    const pdf = path.join(out, 'oakfield-primary-school', 'policy.pdf');
    expect(pdfText(pdf)).toContain('Version 2.1');

    // An editor saving twice in quick succession gives one rebuild.
    first = nextBuild();
    writeFileSync(file, original.replace('version: "2.1"', 'version: "2.2"'));
    writeFileSync(file, original.replace('version: "2.1"', 'version: "2.3"'));
    await first;
    expect(builds).toHaveLength(2);
    expect(builds[1]!.changed).toEqual([path.resolve(file)]);
    expect(pdfText(pdf)).toContain('Version 2.3');

    // A save that breaks the policy is reported, and the last good documents stay in place.
    first = nextBuild();
    writeFileSync(file, original.replace('gates_open: "08:40"', 'gates_open: 8.40'));
    await first;
    expect(builds[2]!.result.failed).toHaveLength(1);
    expect(pdfText(pdf)).toContain('Version 2.3');

    stop.abort();
    await watching;
    expect(launch).toHaveBeenCalledTimes(1);
  }, 90_000);
});
