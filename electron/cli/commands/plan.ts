/**
 * `minga plan --scenario FILE.json [--json]`: the planner of rules/planning.md on a scenario file, with no
 * database, so a plan can be computed, checked and compared anywhere. A refused model (a cycle in a
 * routing, a skill nobody has) exits 1 with the reason and prints nothing.
 */
import { planFromScenario } from '../../../shared/domain/planning';
import { defineCommand, EXIT, usageError } from '../env';
import { parseJsonText, printJson } from '../json-io';

export const plan = defineCommand({
  words: ['plan'],
  usage: 'plan --scenario FILE.json [--json]   (no database: the scenario file of rules/planning.md)',
  options: { scenario: { type: 'string' }, json: { type: 'boolean' } },
  creates: false,
  before(options) {
    if (options.scenario === undefined) throw usageError('plan needs --scenario FILE.json');
  },
  withoutDatabase: {
    applies: (options) => options.scenario !== undefined,
    async run(env) {
      if (env.args.length > 0) throw usageError(`plan takes no words after it, got: ${env.args.join(' ')}`);
      const file = parseJsonText(env.readText(env.options.scenario!), env.options.scenario!);
      printJson(env.stdout, planFromScenario(file), env.options.json === true);
      return EXIT.ok;
    },
  },
  async run() {
    throw usageError('plan needs --scenario FILE.json');
  },
});
