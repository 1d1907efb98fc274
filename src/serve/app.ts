import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { parse } from 'yaml';
import { withContentSecurityPolicy } from '../render/csp.js';
import { policyReport } from '../report/build-report.js';
import { renderReportHtml } from '../report/render-html.js';
import { loadPolicySchema } from '../core/schema-files.js';
import { today } from '../lint/engine.js';
import type { FoundDiagnostic } from '../lint/context.js';
import { checkDraft, previewDespiteProblems, previewHtml, textHash } from './check-draft.js';
import { Downloads } from './downloads.js';
import { applyFileData } from './edit-yaml.js';
import { baseOf, dataReferences } from './file-view.js';
import { applyFixToData, findingKey, findingViews, pathAt } from './findings.js';
import { governance } from './governance.js';
import { Project, RequestError } from './project.js';
import { readForEdit, saveFileData } from './save.js';
import { guard, TOKEN_HEADER } from './security.js';
import { withSuggestions } from './suggestions.js';
import { policyName, schoolNames } from './policy-name.js';
import { trustView } from './trust-view.js';

export interface AppOptions {
  project: Project;
  token: string;
  allowedHosts: Set<string>;
  port: () => number;
}

/** The built browser side: dist/web beside dist/serve (or, when run from the sources, the last build). */
function webAsset(name: string): string | undefined {
  for (const dir of ['../web/', '../../dist/web/']) {
    const file = fileURLToPath(new URL(`${dir}${name}`, import.meta.url));
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

function shell(token: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="policywright-token" content="${token}">
<meta name="policywright-token-header" content="${TOKEN_HEADER}">
<title>policywright</title>
<link rel="stylesheet" href="/app.css">
</head>
<body>
<div id="app"><main><h1>policywright</h1><p>Loading…</p></main></div>
<script type="module" src="/app.js"></script>
</body>
</html>`;
}

interface Body {
  file?: unknown;
  data?: unknown;
  hash?: unknown;
  key?: unknown;
  by?: unknown;
  minute?: unknown;
  date?: unknown;
}

export function createApp(options: AppOptions): { app: Hono; close: () => Promise<void> } {
  const { project, token } = options;
  const downloads = new Downloads(project.root);
  const app = new Hono();
  app.use('*', guard(token, options.allowedHosts, options.port));
  app.use('/api/*', bodyLimit({ maxSize: 4 * 1024 * 1024, onError: (c) => c.json({ error: 'That request is too large.' }, 413) }));

  app.onError((err, c) => {
    if (err instanceof RequestError) return c.json({ error: err.message }, err.status);
    console.error(`policywright serve: ${(err as Error).message}`);
    return c.json({ error: `Something went wrong: ${(err as Error).message.split('\n')[0]}` }, 500);
  });

  app.get('/', (c) => c.html(shell(token)));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  for (const [name, type] of [
    ['app.js', 'text/javascript'],
    ['app.css', 'text/css'],
  ] as const) {
    app.get(`/${name}`, (c) => {
      const text = webAsset(name);
      if (text === undefined) return c.text('The browser side has not been built: run npm run build.', 500);
      return c.body(text, 200, { 'Content-Type': `${type}; charset=utf-8` });
    });
  }

  const body = async (c: Context): Promise<Body> => {
    if (!/^application\/json\b/.test(c.req.header('content-type') ?? '')) throw new RequestError(400, 'Send the request as JSON.');
    try {
      return (await c.req.json()) as Body;
    } catch {
      throw new RequestError(400, 'The request could not be read.');
    }
  };

  const withPolicy = (html: string | undefined) => (html === undefined ? null : withContentSecurityPolicy(html));

  /** Check (and preview) what the file would hold with the browser's data, without writing it. */
  const checkData = (file: string, text: string) => {
    const check = checkDraft(file, text, project.root);
    return {
      check,
      result: {
        invalid: check.invalid,
        counts: check.counts,
        findings: withSuggestions(findingViews(check.diagnostics, file, project, text), check.diagnostics, check.loaded.data),
        preview: withPolicy(previewHtml(check)),
        previewWithProblems: withPolicy(previewDespiteProblems(check)),
      },
    };
  };

  app.get('/api/policies', (c) => {
    const policies = project.policyFiles().map((file) => {
      const check = checkDraft(file, undefined, project.root);
      // A policy with schema errors may have any shape: its names are read without assuming one.
      const data = check.loaded.data;
      return {
        file: project.relative(file),
        ...policyName(data, file),
        title: (check.invalid ? undefined : data.document?.title) ?? 'Attendance policy',
        schools: schoolNames(data),
        status: check.invalid ? { state: 'draft', label: 'Cannot be read as a policy yet' } : governance.status(check.loaded, project),
        invalid: check.invalid,
        counts: check.counts,
      };
    });
    return c.json({ root: project.root, policies });
  });

  app.get('/api/schema', (c) => c.json(loadPolicySchema()));

  app.get('/api/policy', (c) => {
    const file = project.policyFile(c.req.query('file'));
    const { text, hash } = readForEdit(file);
    let data: unknown;
    try {
      data = parse(text, { version: '1.2' }) ?? {};
    } catch {
      data = undefined;
    }
    const check = checkDraft(file, text, project.root);
    return c.json({
      file: project.relative(file),
      ...policyName(check.loaded.data, file),
      hash,
      text,
      data: data && typeof data === 'object' && !Array.isArray(data) ? data : null,
      base: baseOf(file, text, project) ?? null,
      references: check.invalid ? [] : dataReferences(check.loaded.data),
    });
  });

  app.post('/api/check', async (c) => {
    const b = await body(c);
    const file = project.policyFile(b.file);
    const { text } = readForEdit(file);
    // Without data: the file as saved (one the form cannot show, such as a file that is not valid YAML).
    return c.json(checkData(file, b.data === undefined ? text : applyFileData(text, b.data)).result);
  });

  app.post('/api/save', async (c) => {
    const b = await body(c);
    const file = project.policyFile(b.file);
    const saved = saveFileData(file, b.hash, b.data);
    return c.json({ hash: saved.hash, changed: saved.changed, text: saved.text, ...checkData(file, saved.text).result });
  });

  app.post('/api/fix', async (c) => {
    const b = await body(c);
    const file = project.policyFile(b.file);
    const text = applyFileData(readForEdit(file).text, b.data);
    const { check } = checkData(file, text);
    const d = (check.diagnostics as FoundDiagnostic[]).find((x) => findingKey(x) === b.key);
    if (!d?.fix || !d.fixAt || d.fixAt.file !== file)
      throw new RequestError(409, 'That finding has changed since the page was updated; look at the checks again.');
    const at = pathAt(text, d.fixAt.line, d.fixAt.column);
    if (!at) throw new RequestError(422, 'The value this fix changes could not be found in the file.');
    return c.json({ data: applyFixToData(b.data, at, d.fix) });
  });

  app.get('/api/download', async (c) => {
    const file = project.policyFile(c.req.query('file'));
    const format = c.req.query('format');
    if (format !== 'pdf' && format !== 'docx') throw new RequestError(400, 'Ask for a pdf or a docx.');
    const { name, data } = await downloads.document(file, format);
    const type = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    return c.body(new Uint8Array(data), 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`,
    });
  });

  app.get('/api/governors', (c) => {
    const file = project.policyFile(c.req.query('file'));
    const { text, hash } = readForEdit(file);
    const check = checkDraft(file, text, project.root);
    const name = policyName(check.loaded.data, file);
    if (check.invalid) return c.json({ hash, ...name, invalid: true, findings: findingViews(check.diagnostics, file, project, text) });
    let report: string | null = null;
    let reportNote: string | null = null;
    if ((check.loaded.data.schools ?? []).length)
      report = withContentSecurityPolicy(renderReportHtml(policyReport(file, today(), { projectRoot: project.root })));
    else
      reportNote =
        'This is a trust base: its rules are reported in each school that builds on it. Open a school’s policy to see its board pack.';
    return c.json({
      hash,
      ...name,
      invalid: false,
      source: governance.source,
      status: governance.status(check.loaded, project),
      changes: governance.changesSinceRatified(check.loaded, project),
      document: check.loaded.data.document ?? {},
      report,
      reportNote,
    });
  });

  app.post('/api/ratify', async (c) => {
    const b = await body(c);
    const file = project.policyFile(b.file);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const status = governance.ratify(file, { by: str(b.by), minute: str(b.minute), date: str(b.date) }, str(b.hash), project);
    return c.json({ status, hash: textHash(readForEdit(file).text) });
  });

  app.get('/api/trust', (c) => c.json(trustView(project)));

  app.notFound((c) => c.json({ error: 'There is nothing at this address.' }, 404));
  return { app, close: () => downloads.close() };
}
