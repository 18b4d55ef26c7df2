/**
 * `minga pay simulate --scenario FILE.json [--json]`: a remuneration scheme and its members (the scenario file
 * of rules/remuneration.md) paid by the pure rules, with the pay ratio against its maximum, and no database:
 * for checking the app's figures and for advisers comparing schemes. A file that is refused (an unknown
 * key, a category the scheme lacks) exits 1 with the reason and prints nothing. An array of scenarios gives
 * an array of answers, in order.
 */
import { simulateScenario } from '../../../shared/domain/remuneration';
import { defineCommand, EXIT, usageError } from '../env';
import { answerEach, parseJsonText, printJson } from '../json-io';

export const paySimulate = defineCommand({
  words: ['pay', 'simulate'],
  usage: 'pay simulate --scenario FILE.json [--json]   (no database: the scenario file of rules/remuneration.md)',
  options: { scenario: { type: 'string' }, json: { type: 'boolean' } },
  creates: false,
  before(options) {
    if (options.scenario === undefined) throw usageError('pay simulate needs --scenario FILE.json');
  },
  withoutDatabase: {
    applies: (options) => options.scenario !== undefined,
    async run(env) {
      if (env.args.length > 0) throw usageError(`pay simulate takes no words after it, got: ${env.args.join(' ')}`);
      const path = env.options.scenario!;
      const answer = answerEach(parseJsonText(env.readText(path), path), simulateScenario);
      printJson(env.stdout, answer, env.options.json === true);
      return EXIT.ok;
    },
  },
  async run() {
    throw usageError('pay simulate needs --scenario FILE.json');
  },
});
