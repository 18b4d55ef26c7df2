import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/services/members';
import { MAX_BOOK_PART } from '../../shared/print';
import { useTempDir } from './helpers';
import { openMembersSession } from './members-session';

const tempDir = useTempDir();

describe('printing the members book in parts (a bound book is printed as it fills)', () => {
  it('refuses a part too large to print at once, a reversed range or an empty one, before asking where to save', async () => {
    const dir = tempDir();
    const s = await openMembersSession(dir);
    await generateDemo(s.ctx(), { members: MAX_BOOK_PART + 5, years: 3, locale: 'es', seed: 2 });

    const whole = await s.dispatch('members.printBook', { firstFolio: 1 });
    expect(whole).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', key: 'members:errors.BOOK_PART_TOO_LARGE', params: { count: MAX_BOOK_PART + 5, max: MAX_BOOK_PART } } });
    const reversed = await s.dispatch('members.printBook', { firstFolio: 1, fromNumber: 50, toNumber: 10 });
    expect(reversed).toMatchObject({ ok: false, error: { key: 'members:errors.BOOK_PART_REVERSED' } });
    const empty = await s.dispatch('members.printBook', { firstFolio: 1, fromNumber: 90_000, toNumber: 90_010 });
    expect(empty).toMatchObject({ ok: false, error: { key: 'members:errors.BOOK_PART_EMPTY' } });
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    s.session.close();
  });

  it('lets a part of at most the limit go on to printing', async () => {
    const s = await openMembersSession(tempDir());
    await generateDemo(s.ctx(), { members: MAX_BOOK_PART + 5, years: 3, locale: 'es', seed: 2 });
    // This host serves no pages, so printing itself says it cannot: the part passed the checks.
    const part = await s.dispatch('members.printBook', { firstFolio: 81, fromNumber: 6, toNumber: MAX_BOOK_PART + 5 });
    expect(part).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
    s.session.close();
  });
});
