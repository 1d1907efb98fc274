import { effectiveDay } from '../core/model.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { exportCodes } from './codes.js';
import { exportContacts } from './contacts.js';
import { policyContentHash } from './content-hash.js';
import { exportLateness, exportLeave } from './leave-and-lateness.js';
import { exportPenaltyNotices } from './penalties.js';
import { rulePack } from './rule-pack.js';
import { exportDay } from './school-day.js';
import { exportSchools } from './schools.js';
import { projectRelative, rootOf } from './source-path.js';
import { exportStages, exportThresholds } from './thresholds.js';
import { RULES_EXPORT_SCHEMA_ID, RULES_EXPORT_SCHEMA_VERSION, type ExportOptions, type RulesExport } from './types.js';

/**
 * Build the rules export of a loaded, schema-valid policy. Nothing in it depends on the clock
 * or the working folder, so the same files and `asOf` always give the same export.
 */
export function exportRules(loaded: LoadedPolicy, options: ExportOptions): RulesExport {
  const policy = loaded.data;
  const includeContacts = options.includeContacts ?? false;
  const root = rootOf(loaded.file);
  const pack = rulePack();
  const doc = policy.document ?? {};
  return {
    $schema: RULES_EXPORT_SCHEMA_ID,
    schemaVersion: RULES_EXPORT_SCHEMA_VERSION,
    asOf: options.asOf,
    generator: { name: 'policywright', version: pack.version },
    rulePack: { ...pack },
    source: {
      file: projectRelative(loaded.file, root),
      chain: loaded.chain.map((f) => projectRelative(f, root)),
      contentSha256: policyContentHash(loaded),
    },
    document: {
      title: doc.title ?? null,
      version: doc.version ?? null,
      approvedBy: doc.approved_by ?? null,
      approvedOn: doc.approved_on ?? null,
      nextReview: doc.next_review ?? null,
      reviewFrequencyMonths: doc.review_frequency_months ?? null,
    },
    trust: policy.trust ? { name: policy.trust.name, kind: policy.trust.kind ?? null } : null,
    schools: exportSchools(policy, includeContacts),
    defaultDay: exportDay(effectiveDay(policy)),
    thresholds: exportThresholds(policy),
    escalation: { approach: policy.escalation?.approach ?? null, stages: exportStages(policy) },
    leaveOfAbsence: exportLeave(policy),
    lateness: exportLateness(policy),
    penaltyNotices: exportPenaltyNotices(policy, options.asOf),
    codes: exportCodes(policy),
    ...(includeContacts ? { contacts: exportContacts(policy.contacts) } : {}),
  };
}
