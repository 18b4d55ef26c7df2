/**
 * `minga surplus simulate --scenario FILE.json [--json]`: the waterfall of rules/surplus.md on a scenario
 * file, with no database, for advisers who compute for several coops and for checking the app's figures.
 * A refused file (a key misspelt, a fund below its legal minimum) exits 1 with the reason and prints nothing.
 */
import { simulateScenario } from '../../../shared/domain/surplus';
import { defineCommand, usageError, EXIT } from '../env';
import { parseJsonText, printJson } from '../json-io';

export const surplusSimulate = defineCommand({
  words: ['surplus', 'simulate'],
  usage: 'surplus simulate --scenario FILE.json [--json]   (no database: the scenario file of rules/surplus.md)',
  options: { scenario: { type: 'string' }, json: { type: 'boolean' } },
  creates: false,
  before(options) {
    if (options.scenario === undefined) throw usageError('surplus simulate needs --scenario FILE.json');
  },
  withoutDatabase: {
    applies: (options) => options.scenario !== undefined,
    async run(env) {
      if (env.args.length > 0) throw usageError(`surplus simulate takes no words after it, got: ${env.args.join(' ')}`);
      const file = parseJsonText(env.readText(env.options.scenario!), env.options.scenario!);
      printJson(env.stdout, simulateScenario(file), env.options.json === true);
      return EXIT.ok;
    },
  },
  async run() {
    throw usageError('surplus simulate needs --scenario FILE.json');
  },
});
