import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBrowser, type OpenBrowser } from '../render/browser.js';
import { buildPolicies, type OutputFormat } from '../render/build-policies.js';
import { RequestError } from './project.js';

/**
 * PDF and Word files for the browser, made by the same build as `policywright build` (into a
 * temporary folder that is removed afterwards). One Chromium is started on the first PDF and kept.
 */
export class Downloads {
  private browser: Promise<OpenBrowser> | undefined;

  /** `projectRoot`: the folder the app serves, so a school finds the trust base beside it as in the editor. */
  constructor(private readonly projectRoot: string) {}

  async document(file: string, format: Extract<OutputFormat, 'pdf' | 'docx'>): Promise<{ name: string; data: Buffer }> {
    const pool =
      format === 'pdf'
        ? await (this.browser ??= openBrowser({ pages: 1 }).catch((e: unknown) => {
            this.browser = undefined;
            throw e;
          }))
        : undefined;
    const out = mkdtempSync(path.join(tmpdir(), 'policywright-serve-'));
    try {
      const result = await buildPolicies([file], {
        outDir: out,
        formats: [format],
        projectRoot: this.projectRoot,
        ...(pool ? { pool } : {}),
      });
      const built = result.built[0]?.outputs.find((o) => o.format === format);
      if (!built) {
        const why = result.failed[0]?.message ?? result.skipped[0]?.reason ?? 'the policy could not be built.';
        throw new RequestError(422, `The ${format === 'pdf' ? 'PDF' : 'Word file'} could not be made: ${why}`);
      }
      return { name: `${result.built[0]!.slug}-policy.${format}`, data: readFileSync(built.path) };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = undefined;
    if (b) await (await b).close();
  }
}
