/**
 * `minga plan --scenario FILE.json [--json]`: the planner of rules/planning.md on a scenario file, with no
 * database, so a plan can be computed, checked and compared anywhere. A refused model (a cycle in a
 * routing, a skill nobody has) exits 1 with the reason and prints nothing.
 * `minga --db FILE plan [--start DATE] [--weeks N] [--json]`: the plan of the coop's shop from the
 * database, the same answer the planning screens draw (nothing is applied).
 */
import { planFromScenario } from '../../../shared/domain/planning';
import { call, defineCommand, EXIT, usageError } from '../env';
import { parseJsonText, printJson } from '../json-io';

export const plan = defineCommand({
  words: ['plan'],
  usage: 'plan --scenario FILE.json [--json]   (no database: the scenario file of rules/planning.md)\n  plan [--start YYYY-MM-DD] [--weeks N] [--json]   (the shop in the database)',
  options: { scenario: { type: 'string' }, json: { type: 'boolean' }, start: { type: 'string' }, weeks: { type: 'string' } },
  creates: false,
  before(options) {
    if (options.weeks !== undefined && !/^\d{1,3}$/.test(options.weeks)) throw usageError('plan --weeks takes a whole number of weeks (1 to 104).');
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
  async run(env) {
    if (env.args.length > 0) throw usageError(`plan takes no words after it, got: ${env.args.join(' ')}`);
    const view = await call(env, 'planning.plan', { start: env.options.start ?? null, weeks: env.options.weeks === undefined ? 12 : Number(env.options.weeks) });
    if (env.options.json) {
      env.stdout(JSON.stringify(view, null, 2));
      return EXIT.ok;
    }
    const m = view.metrics;
    env.stdout(`Plan from ${view.t0}: ${view.orders.filter((o) => o.parent === null).length} orders, ${view.ops.filter((o) => !o.fixed).length} operations`);
    env.stdout(`late orders ${m.lateOrders}, total tardiness ${m.totalTardiness} min, makespan ${m.makespan} min, bottleneck ${m.bottleneck ?? '-'}`);
    for (const o of view.orders.filter((x) => x.parent === null)) env.stdout(`${o.id}\t${o.endAt}\tdue ${o.dueAt}${o.tardiness > 0 ? `\tlate ${o.tardiness} min (${o.reasons.join(', ')})` : ''}`);
    return EXIT.ok;
  },
});
