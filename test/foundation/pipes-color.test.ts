import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/io.js';
import { ROOT, tempProject } from '../helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const bash = (cmd: string, env: Record<string, string> = {}) =>
  spawnSync('bash', ['-c', cmd], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('the terminal', () => {
  it('piping lint into head stops quietly: no EPIPE stack trace', () => {
    const dir = tempProject();
    // Enough findings that the output is far larger than a pipe's buffer.
    for (let i = 0; i < 15; i++) copyFileSync(path.join(ROOT, 'test/fixtures/corpus/bishop-perrin.yaml'), path.join(dir, `p${i}.yaml`));
    const run = bash(
      `node ${JSON.stringify(CLI)} lint --format json ${JSON.stringify(dir)} | head -c 100 >/dev/null; echo "exit:\${PIPESTATUS[0]}" >&2`,
    );
    expect(run.stderr).not.toMatch(/EPIPE|Error|at .+:\d+:\d+/);
    expect(run.stderr).toMatch(/exit:(0|1)\b/);
  });

  it('NO_COLOR turns colour off on a terminal; a terminal has colour otherwise', () => {
    const io = { out: () => {}, err: () => {}, isTTY: true };
    expect(useColor(io, {})).toBe(true);
    expect(useColor(io, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(io, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ ...io, isTTY: false }, {})).toBe(false);
    // Through a real terminal (script gives the CLI a pseudo-terminal).
    const file = path.join(ROOT, 'test/fixtures/corpus/bishop-perrin.yaml');
    const tty = (env: Record<string, string>) => bash(`script -qec ${JSON.stringify(`node ${CLI} lint ${file}`)} /dev/null`, env).stdout;
    expect(tty({})).toMatch(/\x1b\[/);
    expect(tty({ NO_COLOR: '1' })).not.toMatch(/\x1b\[/);
  });
});
