import { slug } from '../core/slug.js';
import path from 'node:path';
import type { Policy } from '../types/policy.js';

/** "Oakfield Primary School" → "oakfield-primary-school". */
export function slugify(text: string): string {
  return slug(text, 80) || 'policy';
}

/** The output folder name: the school's name, or every school's for a federation document. */
export function documentSlug(policy: Policy, file: string): string {
  const schools = policy.schools ?? [];
  if (schools.length) return slugify(schools.map((s) => s.name).join(' and '));
  return slugify(policy.trust?.name ?? policy.document?.title ?? path.basename(file, path.extname(file)));
}
