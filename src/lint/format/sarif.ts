import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../registry.js';
import { findingText, type Position } from '../../core/diagnostics.js';
import type { Fix } from '../context.js';
import type { FileReport } from './group.js';
import { ruleTitle } from '../rule-title.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 for code-scanning services; rule metadata goes in tool.driver.rules. */
function sarifFix(f: Fix, at: Position, uri: string, kind: 'fix' | 'suggestion') {
  const region = { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
  return {
    description: { text: `${kind === 'suggestion' ? 'Suggestion (the school decides)' : 'Fix'}: ${f.description ?? ''}` },
    artifactChanges: [
      {
        artifactLocation: { uri },
        // The value is replaced whole (text changes inside prose are in the result's properties instead).
        replacements: [{ deletedRegion: region, insertedContent: { text: String('value' in f ? f.value : '') } }],
      },
    ],
    properties: { kind, pointer: f.pointer, ...('value' in f ? { value: f.value } : { replace: f.replace }) },
  };
}

export function formatSarif(reports: FileReport[], version: string, asOf?: string): string {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const root = process.cwd();
  const uri = (file: string) => {
    const rel = path.relative(root, path.resolve(file));
    return rel.startsWith('..') ? pathToFileURL(path.resolve(file)).href : rel.split(path.sep).join('/');
  };
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.hint ? `${findingText(d)} ${d.hint}` : findingText(d) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(d.file), uriBaseId: uri(d.file).startsWith('file:') ? undefined : '%SRCROOT%' },
            region: {
              startLine: d.line,
              startColumn: d.column,
              endLine: Math.max(d.endLine, d.line),
              endColumn: d.endLine > d.line ? d.endColumn : Math.max(d.endColumn, d.column + 1),
            },
          },
        },
      ],
      // Changes the school may choose to make; SARIF's fixes are proposals, so both kinds go there.
      ...(d.fixAt && (d.fix ?? d.suggestion) && 'value' in (d.fix ?? d.suggestion!)
        ? { fixes: [sarifFix(d.fix ?? d.suggestion!, d.fixAt, uri(d.fixAt.file), d.fix ? 'fix' : 'suggestion')] }
        : {}),
      ...(d.fix || d.suggestion
        ? { properties: { ...(d.fix ? { fix: d.fix } : {}), ...(d.suggestion ? { suggestion: d.suggestion } : {}) } }
        : {}),
      ...(d.excepted
        ? {
            suppressions: [
              {
                kind: 'external',
                status: 'accepted',
                justification: `${d.excepted.reason} (approved by ${d.excepted.approvedBy}, until ${d.excepted.until})`,
              },
            ],
          }
        : {}),
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policywright',
            version,
            informationUri: 'https://policywright.dev',
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch: string) => ch.toUpperCase()),
              shortDescription: { text: ruleTitle(r.meta, asOf) },
              fullDescription: { text: r.meta.explanation },
              help: { text: `${r.meta.explanation}\nQuestion for governors: ${r.meta.governorQuestion}` },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: {
                level: r.meta.level,
                confidence: r.meta.confidence,
                effectiveFrom: r.meta.effectiveFrom,
                citations: r.meta.citations.map((c) => [c.source, c.paragraph].filter(Boolean).join(', ')),
              },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, (_k, v) => (v === undefined ? undefined : v), 2);
}
