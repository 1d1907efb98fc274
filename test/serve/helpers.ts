import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { ROOT, tempProject } from '../helpers.js';

/** A temporary copy of the bundled policies/ folder with the app serving it. */
export async function servedCopy(): Promise<{ dir: string; server: RunningServer; origin: string }> {
  const dir = tempProject();
  mkdirSync(path.join(dir, 'policies'));
  cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
  const server = await startServer({ dir, port: 0 });
  return { dir, server, origin: `http://127.0.0.1:${server.port}` };
}

/**
 * For one test file: a served copy of the bundled examples, started before its tests (and handed to
 * `use`), stopped and removed after them.
 */
export function serveBundledCopy(use: (served: { dir: string; server: RunningServer; origin: string }) => void): void {
  let served: Awaited<ReturnType<typeof servedCopy>> | undefined;
  beforeAll(async () => {
    served = await servedCopy();
    use(served);
  }, 60_000);
  afterAll(async () => {
    await served?.server.close();
    if (served) rmSync(served.dir, { recursive: true, force: true });
  });
}

export const OAKFIELD = 'policies/schools/oakfield-primary.yaml';
