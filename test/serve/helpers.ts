import { cpSync, mkdirSync } from 'node:fs';
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

export const OAKFIELD = 'policies/schools/oakfield-primary.yaml';
