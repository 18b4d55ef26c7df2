/**
 * Every command of the CLI, in the order `minga --help` lists them. The option table parseArgs gets is
 * the union of what the commands declare; one name may not mean two kinds of option.
 */
import type { Command, OptionSpec, OptionSpecs } from '../env';
import { assemblyList, assemblyMinutes } from './assembly';
import { importAttendance } from './attendance';
import { backup, check, restore } from './backups';
import { budgetExport, budgetImport } from './budget';
import { capitalStatement, importCapital } from './capital';
import { demo, init } from './coop';
import { exportLedger } from './export';
import { exportMembers, importMembers, listMembers } from './members';
import { paySimulate } from './pay';
import { payApprove, payRun } from './pay-runs';
import { rulesQuorum, rulesVote } from './rules';
import { plan } from './plan';
import { surplusSimulate } from './surplus';

export const commands: readonly Command[] = [init, demo, importMembers, exportMembers, listMembers, importCapital, capitalStatement, importAttendance, exportLedger, surplusSimulate, plan, paySimulate, payRun, payApprove, rulesVote, rulesQuorum, assemblyList, assemblyMinutes, budgetExport, budgetImport, backup, restore, check];

/** Options every command takes. */
export const globalOptions = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

/** Merges the declared options; throws if two commands give one name different kinds. */
export function optionTable(list: readonly Command[]): Record<string, OptionSpec> {
  const table: Record<string, OptionSpec> = { ...globalOptions };
  for (const command of list) {
    for (const [name, spec] of Object.entries(command.options)) {
      const known = table[name];
      if (known && (known.type !== spec.type || known.short !== spec.short)) {
        throw new Error(`--${name} is declared differently by ${command.words.join(' ')} and another command`);
      }
      table[name] = spec;
    }
  }
  return table;
}

export function usageText(list: readonly Command[]): string {
  return ['usage: minga --db FILE <command>', '', 'commands:', ...list.map((c) => `  ${c.usage}`)].join('\n');
}
