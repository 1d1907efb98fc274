import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';

export const INSTALL_HINT =
  'Install it with `apt-get install -y chromium` (Debian or Ubuntu), or set PUPPETEER_EXECUTABLE_PATH to the browser. HTML and Word files can still be made with --formats html,docx.';

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    if (isExecutableFile(file)) return file;
  }
  return undefined;
}

/**
 * The system Chromium: PUPPETEER_EXECUTABLE_PATH or CHROME_PATH when set, then /usr/bin/chromium,
 * then chromium-browser or google-chrome on the PATH.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH']) {
    const given = env[name];
    if (!given) continue;
    if (isExecutableFile(given)) return given;
    throw new UserError(`${name} is set to ${given}, but no browser can be run from there, so PDFs cannot be made. ${INSTALL_HINT}`);
  }
  if (isExecutableFile('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = onPath(name, env);
    if (found) return found;
  }
  throw new UserError(`No Chromium browser was found, so PDFs cannot be made. ${INSTALL_HINT}`);
}
