/**
 * Property tests are reproducible: every fast-check run takes its seed from MINGA_SEED, or a fixed one
 * in CI, or a fresh one elsewhere (so local runs keep exploring). fast-check prints the seed and path of
 * a failure; `MINGA_SEED=<seed> npx vitest run …` replays it.
 */
import fc from 'fast-check';
import { beforeEach } from 'vitest';

const FIXED_CI_SEED = 20_261_204;

function chooseSeed(): number {
  const given = process.env.MINGA_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`MINGA_SEED must be an integer, not ${given}`);
    return seed;
  }
  return process.env.CI ? FIXED_CI_SEED : Math.floor(Math.random() * 2 ** 31);
}

const seed = chooseSeed();
fc.configureGlobal({ seed });

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => console.error(`"${task.name}" failed with fast-check's seed ${seed}; replay with MINGA_SEED=${seed}`));
});
