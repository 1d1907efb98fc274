import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** These tests run the built CLI (`npm run build` first), as a head teacher's terminal or CI would. */
const CLI = path.resolve('dist/cli/main.js');
const FIXTURE = readFileSync('test/fixtures/render/oakfield-primary.yaml', 'utf8');
let work: string;

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of the example policy for another (fictional) school. */
function schoolCopy(name: string): string {
  return FIXTURE.replace('name: Oakfield Primary School', `name: ${name}`).replace('short_name: Oakfield Primary', `short_name: ${name}`);
}

/** Processes whose command line mentions a folder (Chromium's profile lives under it). */
function processesUsing(folder: string): string[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(folder);
      } catch {
        return false;
      }
    });
}

beforeAll(() => {
  if (!existsSync(path.resolve('dist/render/build-policies.js')))
    throw new Error('Run `npm run build` first: these tests run the built CLI.');
  work = mkdtempSync(path.join(tmpdir(), 'policywright-cli-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('policywright build', () => {
  it('builds the good policies, lists the one with schema errors, and exits 1', () => {
    const dir = path.join(work, 'mixed');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'good.yaml'), schoolCopy('Good School'));
    writeFileSync(path.join(dir, 'broken.yaml'), schoolCopy('Broken School').replace('gates_open: "08:40"', 'gates_open: 8.40'));
    const r = cli(['build', dir, '--out', path.join(work, 'mixed-out'), '--formats', 'html,docx']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('broken.yaml:');
    expect(r.out).toMatch(/Not built:\n\s+✗ .*broken\.yaml has 1 schema error/);
    expect(r.out).toContain('Built 1 of 2 documents');
    expect(readFileSync(path.join(work, 'mixed-out', 'good-school', 'policy.html'), 'utf8')).toContain('Good School');
    expect(existsSync(path.join(work, 'mixed-out', 'broken-school'))).toBe(false);
    // Not a terminal: no progress line.
    expect(r.err).toBe('');
  });

  it('names the install command when there is no browser, without a stack trace, and exits 2', () => {
    const r = cli(['build', 'test/fixtures/render/oakfield-primary.yaml', '--out', path.join(work, 'no-browser')], {
      PUPPETEER_EXECUTABLE_PATH: '/nowhere/chromium',
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('apt-get install -y chromium');
    expect(r.err).not.toMatch(/\n\s+at /);
    // HTML and Word need no browser.
    const ok = cli(
      ['build', 'test/fixtures/render/oakfield-primary.yaml', '--out', path.join(work, 'no-browser'), '--formats', 'html,docx'],
      { PUPPETEER_EXECUTABLE_PATH: '/nowhere/chromium' },
    );
    expect(ok.code).toBe(0);
    expect(existsSync(path.join(work, 'no-browser', 'oakfield-primary-school', 'policy.docx'))).toBe(true);
  });

  it('refuses an unknown format with exit 2', () => {
    const r = cli(['build', 'test/fixtures/render/oakfield-primary.yaml', '--formats', 'pdf,odt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('choose one or more of pdf, html, docx');
  });

  it('accepts --strict (refusing on lint errors comes with the linter)', () => {
    const r = cli([
      'build',
      'test/fixtures/render/oakfield-primary.yaml',
      '--out',
      path.join(work, 'strict'),
      '--formats',
      'html',
      '--strict',
    ]);
    expect(r.code).toBe(0);
  });

  it('leaves no partial file under the final names when killed mid-build, and the next build cleans up', async () => {
    const src = path.join(work, 'many');
    const out = path.join(work, 'many-out');
    const chromiumTmp = path.join(work, 'ct');
    mkdirSync(src);
    mkdirSync(chromiumTmp);
    const count = 8;
    for (let i = 1; i <= count; i++) writeFileSync(path.join(src, `school-${i}.yaml`), schoolCopy(`School Number ${i}`));

    // Chromium's profile goes under chromiumTmp (TMPDIR), so we can check nothing is left running.
    const child = spawn(process.execPath, [CLI, 'build', src, '--out', out], {
      env: { ...process.env, TMPDIR: chromiumTmp },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const finalFiles = () =>
      existsSync(out)
        ? readdirSync(out).flatMap((d) =>
            readdirSync(path.join(out, d))
              .filter((f) => /^policy\.(pdf|html|docx)$/.test(f))
              .map((f) => path.join(out, d, f)),
          )
        : [];
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    let browserSeen = false;
    // Kill once the first PDF is in place: by then the browser is printing the others.
    while (!finalFiles().some((f) => f.endsWith('.pdf')) && Date.now() < deadline) {
      browserSeen ||= processesUsing(chromiumTmp).length > 0;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    expect({ signal: await exited, stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });

    const present = finalFiles();
    expect(present.length).toBeGreaterThan(0);
    expect(present.length).toBeLessThan(count * 3);
    for (const file of present) {
      const data = readFileSync(file);
      if (file.endsWith('.pdf')) {
        expect(data.subarray(-8).toString('latin1')).toMatch(/%%EOF\s*$/);
        expect(() => execFileSync('pdfinfo', [file], { stdio: 'pipe' })).not.toThrow();
      } else if (file.endsWith('.html')) {
        expect(data.toString('utf8').trimEnd().endsWith('</html>')).toBe(true);
      } else {
        expect(() => execFileSync('unzip', ['-tq', file], { stdio: 'pipe' })).not.toThrow();
      }
    }

    // The browser notices its parent has gone and exits.
    expect(browserSeen).toBe(true);
    await new Promise((r) => setTimeout(r, 2000));
    expect(processesUsing(chromiumTmp)).toEqual([]);

    // A full build afterwards completes every document and removes the killed build's temporary files.
    const again = cli(['build', src, '--out', out, '--formats', 'html,docx']);
    expect(again.code).toBe(0);
    const temps = readdirSync(out).flatMap((d) => readdirSync(path.join(out, d)).filter((f) => f.endsWith('.tmp')));
    expect(temps).toEqual([]);
  }, 120_000);
});
