import { stringify } from 'yaml';
import { closest } from 'fastest-levenshtein';
import { UserError } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import { explainField, fieldPaths } from '../../explain/field.js';
import { loadPolicy } from '../../load/load-policy.js';
import { explainRule } from './explain-rule.js';
import { parseAsOf } from './lint.js';
import { EXIT, type CliIO } from '../io.js';

function showValue(v: unknown): string {
  if (v !== null && typeof v === 'object') return `\n${stringify(v).trimEnd().replace(/^/gm, '    ')}`;
  return typeof v === 'string' ? `"${v}"` : String(v);
}

export function runExplain(target: string | undefined, opts: { policy?: string; asOf?: string }, io: CliIO): number {
  if (!opts.policy) {
    if (!target)
      throw new UserError('Give a rule id (for example `policywright explain pn-amounts-first-notice`) or --policy FILE FIELD.PATH.');
    return explainRule(target, io, opts.asOf === undefined ? undefined : parseAsOf(opts.asOf));
  }
  if (!target) throw new UserError('Give the field to explain, for example `school_day.registers.morning.closes`.');
  const policy = loadPolicy(opts.policy);
  const fatal = policy.diagnostics.find((d) => d.severity === 'error');
  if (fatal)
    throw new UserError(
      `${displayPath(fatal.file)}:${fatal.line}:${fatal.column}: ${fatal.message} (run \`policywright validate\` for details)`,
    );
  const found = explainField(policy, target);
  if (!found) {
    const paths = fieldPaths(policy.data);
    const guess = paths.length ? closest(target, paths) : undefined;
    throw new UserError(
      `${target} is not set in ${displayPath(opts.policy)} or anything it extends.${guess ? ` Did you mean ${guess}?` : ''}`,
    );
  }
  const o = found.origin;
  io.out(`${found.path} = ${showValue(found.value)}`);
  io.out(`  set in ${displayPath(o.file)}:${o.line}:${o.column}`);
  for (const prev of o.overrode ?? []) {
    io.out(`  overriding ${showValue(prev.value)} from ${displayPath(prev.origin.file)}:${prev.origin.line}:${prev.origin.column}`);
  }
  if (found.replacedWith) {
    const r = found.replacedWith;
    for (const prev of r.origin.overrode ?? []) {
      io.out(
        `  part of ${r.path}, which replaced the whole list from ${displayPath(prev.origin.file)}:${prev.origin.line}:${prev.origin.column} (lists without ids are replaced, not merged)`,
      );
    }
  } else if (!o.overrode?.length && policy.chain.length > 1) {
    io.out('  (not overridden: no file earlier in the extends chain sets it)');
  }
  return EXIT.ok;
}
