/** `assembly list [--json]` (meetings, newest first) and `assembly minutes [--number N] --out FILE.pdf` (one finalised act, or the whole book). */
import { resolve } from 'node:path';
import { call, defineCommand, EXIT, usageError } from '../env';

export const assemblyList = defineCommand({
  words: ['assembly', 'list'],
  usage: 'assembly list [--json]',
  options: { json: { type: 'boolean' } },
  creates: false,
  async run(env) {
    const meetings = await call(env, 'assemblies.list', { kind: null, year: null });
    if (env.options.json) {
      env.stdout(JSON.stringify(meetings, null, 2));
      return EXIT.ok;
    }
    for (const m of meetings) {
      const act = m.minutesNumber === null ? '' : `  act ${m.minutesNumber}`;
      env.stdout(`${String(m.id).padStart(5)}  ${m.date} ${m.time}  ${m.kind.padEnd(13)} ${m.status.padEnd(10)} ${m.place}${act}`);
    }
    return EXIT.ok;
  },
});

export const assemblyMinutes = defineCommand({
  words: ['assembly', 'minutes'],
  usage: 'assembly minutes [--number N] --out FILE.pdf   (without --number: the whole minutes book)',
  options: { number: { type: 'string' }, out: { type: 'string' } },
  creates: false,
  async run(env) {
    const { number, out } = env.options;
    if (out === undefined) throw usageError('assembly minutes needs --out FILE.pdf.');
    if (number !== undefined && !/^[1-9]\d{0,8}$/.test(number)) throw usageError('--number is the act number in the minutes book (1, 2, …).');
    // The file named on the command line is what the app's save dialog would have answered.
    env.setSavePath(resolve(out));
    const { path } = await call(env, 'assemblies.printMinutes', { number: number === undefined ? null : Number(number) });
    env.stdout(`wrote ${path}`);
    return EXIT.ok;
  },
});
