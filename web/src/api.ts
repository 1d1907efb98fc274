/** Talking to the local server: every change carries the token from the page, in a header. */
const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
const token = meta('policywright-token');
const tokenHeader = meta('policywright-token-header');

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function read<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => ({ error: `The server answered ${res.status}.` }))) as T & { error?: string };
  if (!res.ok) throw new ApiError(res.status, body.error ?? `The server answered ${res.status}.`);
  return body;
}

export async function get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
  const q = new URLSearchParams(query).toString();
  return read<T>(await fetch(q ? `${path}?${q}` : path, { credentials: 'same-origin' }));
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return read<T>(
    await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [tokenHeader]: token },
      body: JSON.stringify(body),
    }),
  );
}

export function downloadUrl(file: string, format: 'pdf' | 'docx'): string {
  return `/api/download?${new URLSearchParams({ file, format })}`;
}

// The finding and its counts as the server sends them: one type, shared with the server.
export type { FindingView as Finding, FindingCounts as Counts } from '../../src/serve/finding-view.js';
import type { FindingView as Finding, FindingCounts as Counts } from '../../src/serve/finding-view.js';

export interface Status {
  state: 'draft' | 'approved' | 'changed';
  label: string;
  /** The last recorded approval; `words` says it as a governor reads it. */
  ratified?: { date: string; by: string; minute: string; fingerprint: string; words: string };
}

export interface CheckResult {
  invalid: boolean;
  counts: Counts;
  findings: Finding[];
  preview: string | null;
  /** For a policy with problems that stop it being published, a preview made despite them, when one can be made. */
  previewWithProblems: string | null;
}
