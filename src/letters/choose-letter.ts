import { UserError } from '../core/diagnostics.js';
import type { Policy } from '../types/policy.js';
import { availableLetters, CHOOSERS, stageLetter, type ChosenKind } from './catalogue.js';
import type { ColumnName } from './columns.js';
import type { Pupil } from './pupil.js';
import type { RowProblem } from './read-pupils.js';
import { evaluateTrigger, triggerSource, triggerText, type Stage, type Trigger, type TriggerSource } from './triggers.js';

export interface FiredTrigger {
  stage: Stage;
  trigger: Trigger;
  /** The trigger as parents read it. */
  text: string;
}

export type Choice = { letter: ChosenKind; fired?: FiredTrigger } | { none: true } | { problem: RowProblem };

export interface LetterChooser {
  /** Columns the choice itself reads (the file must have them). */
  columns: Array<{ column: ColumnName; why: string }>;
  choose(pupil: Pupil): Choice;
}

/** `auto`, `leave-decision`, a letter id or a stage id. */
export function letterChooser(letter: string, policy: Policy, templatesDir: string): LetterChooser {
  if (letter === 'auto') return autoChooser(policy, templatesDir);
  const letters = availableLetters(policy, templatesDir);
  if (letter === 'leave-decision') {
    const granted = letters.get('leave-granted')!;
    const refused = letters.get('leave-refused')!;
    return {
      columns: [{ column: 'leave_decision', why: '--letter leave-decision reads it' }],
      choose: (p) =>
        p.leave_decision
          ? { letter: p.leave_decision === 'granted' ? granted : refused }
          : {
              problem: { row: p.row, column: 'leave_decision', message: 'is empty; --letter leave-decision needs "granted" or "refused"' },
            },
    };
  }
  const stage = policy.escalation?.stages?.find((s) => s.id === letter);
  const chosen = stage ? { kind: stageLetter(stage, templatesDir), stage } : letters.get(letter);
  if (!chosen) {
    const ids = [...CHOOSERS, ...letters.keys()].join(', ');
    throw new UserError(`There is no letter "${letter}" for this policy. Use one of: ${ids} (or a stage id).`);
  }
  return { columns: [], choose: () => ({ letter: chosen }) };
}

interface CheckedStage {
  stage: Stage;
  letter: ChosenKind;
  triggers: Array<{ trigger: Trigger; source: Extract<TriggerSource, { columns: ColumnName[] }> }>;
}

/**
 * The most serious stage whose trigger fires (stages are listed mildest first). A pupil whose row
 * lacks a figure a more serious stage needs is not guessed at: the row is reported instead.
 */
function autoChooser(policy: Policy, templatesDir: string): LetterChooser {
  const stages = policy.escalation?.stages ?? [];
  if (!stages.some((s) => s.triggers?.length)) {
    throw new UserError(
      '--letter auto needs escalation stages with triggers (escalation.stages[].triggers), and this policy has none. Name a letter with --letter instead.',
    );
  }
  const unsupported: string[] = [];
  const checked: CheckedStage[] = stages.map((stage) => ({
    stage,
    letter: { kind: stageLetter(stage, templatesDir), stage },
    triggers: (stage.triggers ?? []).flatMap((trigger) => {
      const source = triggerSource(trigger);
      if ('unsupported' in source) {
        unsupported.push(`${stage.name}: "${triggerText(trigger)}" cannot be checked, because ${source.unsupported}`);
        return [];
      }
      return [{ trigger, source }];
    }),
  }));
  if (unsupported.length)
    throw new UserError(
      `--letter auto cannot choose letters for this policy. ${unsupported.join('. ')}. Name a letter with --letter instead.`,
    );
  const columns = checked.flatMap((s) =>
    s.triggers.flatMap((t) => t.source.columns.map((column) => ({ column, why: `the trigger of ${s.stage.name} reads it` }))),
  );
  const mostSeriousFirst = [...checked].reverse();
  return {
    columns,
    choose(pupil) {
      for (const s of mostSeriousFirst) {
        for (const { trigger, source } of s.triggers) {
          const result = evaluateTrigger(trigger, source, pupil);
          if ('missing' in result) {
            return {
              problem: {
                row: pupil.row,
                column: result.missing[0],
                message: `is empty, so it cannot be checked against the trigger of ${s.stage.name}`,
              },
            };
          }
          if (result.fires) return { letter: s.letter, fired: { stage: s.stage, trigger, text: triggerText(trigger) } };
        }
      }
      return { none: true };
    },
  };
}
