import { describe, expect, it } from 'vitest';
import { missingDatabaseAnswer, missingDatabaseQuestion, refusalSentence } from '../../electron/main/missing-database';
import { locales } from '../../shared/contract/coop';

const latest = { name: 'minga-2026-03-02T09-00-00-000Z-daily.sqlite', createdAt: '2026-03-02T09:00:00.000Z' };

describe('a start that finds the database missing or empty offers the latest backup (issue 5)', () => {
  it.each(locales)('asks in %s, naming the backup, with restore as the default and quit as cancel', (locale) => {
    const question = missingDatabaseQuestion(locale, latest);
    expect(question.message).toContain(latest.name);
    expect(question.message).toContain('2026');
    expect(question.message).not.toMatch(/{{|backups:/);
    expect(question.buttons.every((label) => label.length > 0 && !label.startsWith('backups:'))).toBe(true);
    expect(question).toMatchObject({ defaultId: 0, cancelId: 1, type: 'warning' });
  });

  it('restores only on the restore button; closing the dialog or quitting changes nothing', () => {
    expect(missingDatabaseAnswer(0)).toBe('restore');
    expect(missingDatabaseAnswer(1)).toBe('quit');
    expect(missingDatabaseAnswer(-1)).toBe('quit');
  });

  it('says why a restore failed in the person language, falling back to the English message', () => {
    expect(refusalSentence('es', { key: 'errors.BACKUP_NOT_FOUND', message: 'x', params: { backup: 'b.sqlite' } })).toBe(
      'No hay ninguna copia llamada b.sqlite. Vuelva a cargar la lista y elija otra.',
    );
    expect(refusalSentence('en', { key: 'errors.NO_SUCH_KEY', message: 'The English message.' })).toBe('The English message.');
  });
});
