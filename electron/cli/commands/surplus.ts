/**
 * `minga surplus simulate --scenario FILE.json [--json]`: the waterfall of rules/surplus.md on a scenario
 * file, with no database, for advisers who compute for several coops and for checking the app's figures.
 * `minga --db FILE surplus simulate --year Y [--json]`: the same computation from the database (the closed
 * year, the policy in force, hours, pay and capital from the books), answered in the same form, members
 * named by their number. A refused input exits 1 with the reason and prints nothing.
 */
import { minorToDecimal } from '../../../shared/domain/money-format';
import { simulateScenario } from '../../../shared/domain/surplus';
import { call, defineCommand, EXIT, usageError } from '../env';
import { parseJsonText, printJson } from '../json-io';

export const surplusSimulate = defineCommand({
  words: ['surplus', 'simulate'],
  usage: 'surplus simulate (--scenario FILE.json | --year YYYY) [--json]   (a scenario file needs no --db)',
  options: { scenario: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' } },
  creates: false,
  before(options) {
    if ((options.scenario === undefined) === (options.year === undefined)) throw usageError('surplus simulate needs either --scenario FILE.json or --year YYYY');
    if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw usageError(`--year must be a year such as 2025, not ${options.year}`);
  },
  withoutDatabase: {
    applies: (options) => options.scenario !== undefined,
    async run(env) {
      if (env.args.length > 0) throw usageError(`surplus simulate takes no words after it, got: ${env.args.join(' ')}`);
      if (env.options.year !== undefined) throw usageError('surplus simulate takes --scenario or --year, not both');
      const file = parseJsonText(env.readText(env.options.scenario!), env.options.scenario!);
      printJson(env.stdout, simulateScenario(file), env.options.json === true);
      return EXIT.ok;
    },
  },
  async run(env) {
    if (env.options.scenario !== undefined || env.options.year === undefined) throw usageError('surplus simulate needs either --scenario FILE.json or --year YYYY');
    const coop = await call(env, 'coop.get', {});
    const digits = coop?.minorDigits ?? 2;
    const d = (minor: number) => minorToDecimal(minor, digits);
    const s = await call(env, 'surplus.simulate', { year: Number(env.options.year), policy: null });
    printJson(
      env.stdout,
      {
        steps: s.steps.map((st) => ({ name: st.name, amount: d(st.amountMinor), basis: st.basis, ...(st.subtotal ? { subtotal: true } : {}) })),
        members: s.members.map((m) => ({ id: String(m.memberNumber), interest: d(m.interestMinor), return: d(m.returnMinor), cash: d(m.cashMinor), capitalised: d(m.capitalisedMinor) })),
        check: { parts: d(s.check.partsMinor), result: d(s.check.resultMinor), equal: s.check.equal },
      },
      env.options.json === true,
    );
    return EXIT.ok;
  },
});
