import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Policy } from '../types/policy.js';

/** "Oakfield Primary School" → "oakfield-primary-school". */
export function slugify(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'policy';
}

/** The output folder name: the school's name, or every school's for a federation document. */
export function documentSlug(policy: Policy, file: string): string {
  const schools = policy.schools ?? [];
  if (schools.length) return slugify(schools.map((s) => s.name).join(' and '));
  return slugify(policy.trust?.name ?? policy.document?.title ?? path.basename(file, path.extname(file)));
}

/**
 * Remove temporary files that an earlier build left when it was killed mid-write
 * (`.policy.pdf.<pid>.<random>.tmp`, see writeFileAtomic), if that process is gone.
 */
export function removeStaleTempFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\.policy\.(?:pdf|html|docx)\.(\d+)\.[a-z0-9]+\.tmp$/.exec(name);
    if (m && !isRunning(Number(m[1]))) rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
