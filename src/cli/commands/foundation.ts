import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { SetExit } from './index.js';

export function registerFoundationCommands(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('validate')
    .description('Check policy files against the policy schema (structure and values only).')
    .argument('<path...>', 'policy files or folders of policies')
    .addHelpText(
      'after',
      `
Exit codes: 0 all valid, 1 problems found, 2 could not run (for example a file not found).

Examples:
  $ policywright validate policies/
  $ policywright validate policies/schools/oakfield-primary.yaml`,
    )
    .action(async (paths: string[]) => {
      const { runValidate } = await import('./validate.js');
      setExit(runValidate(paths, io));
    });

  program
    .command('init')
    .description('Write a starter policy with every section and guidance text, ready to edit.')
    .argument('[file]', 'file to write', 'attendance-policy.yaml')
    .option('--school <name>', 'name of the school')
    .option('--extends <file>', 'a trust base this policy builds on')
    .option('--trust <name>', 'start a trust base for this trust (and mark its folder as the project folder)')
    .addHelpText(
      'after',
      `
Refuses to overwrite an existing file.

Examples:
  $ policywright init --school "Elm Park Primary School" policies/elm-park-primary.yaml
  $ policywright init --extends policies/trust-base.yaml policies/schools/new-school.yaml
  $ policywright init --trust "Riverbend Learning Trust" trust/trust-base.yaml`,
    )
    .action(async (file: string, opts: { school?: string; extends?: string; trust?: string }) => {
      const { runInit } = await import('./init.js');
      setExit(runInit(file, opts, io));
    });

  program
    .command('explain')
    .description('Explain a lint rule, or show where a value in a merged policy was set.')
    .argument('[target]', 'a rule id, or with --policy a field path such as school_day.registers.morning.closes')
    .option('--policy <file>', 'the policy whose merged value to explain')
    .option('--as-of <date>', 'show a rule with the legal values in force on this date (YYYY-MM-DD; default today)')
    .addHelpText(
      'after',
      `
Examples:
  $ policywright explain pn-amounts-first-notice
  $ policywright explain --policy policies/schools/oakfield-primary.yaml legal_measures.penalty_notices.first.discounted`,
    )
    .action(async (target: string | undefined, opts: { policy?: string; asOf?: string }) => {
      const { runExplain } = await import('./explain.js');
      setExit(runExplain(target, opts, io));
    });
}
