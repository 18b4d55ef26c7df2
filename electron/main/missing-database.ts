/**
 * What the app asks when it starts and finds its database missing or empty while backups of it exist:
 * restore the latest backup, or quit and change nothing. Never a silent empty register.
 */
import type { BackupInfo } from '../../shared/contract/backups';
import type { Locale } from '../../shared/contract/coop';
import { translate } from '../../shared/i18n/catalogue';

export interface MissingDatabaseQuestion {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: [restore: string, quit: string];
  defaultId: 0;
  cancelId: 1;
  noLink: true;
}

export function missingDatabaseQuestion(locale: Locale, latest: Pick<BackupInfo, 'name' | 'createdAt'>): MissingDatabaseQuestion {
  const t = (key: string, params: Record<string, string> = {}) => translate(locale, `backups:startup.${key}`, params);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(latest.createdAt));
  return {
    type: 'warning',
    title: 'Minga',
    message: t('missing', { date, backup: latest.name }),
    detail: t('missingDetail'),
    buttons: [t('restoreLatest'), t('quit')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

/** The button index the dialog returned, as what to do; anything but the restore button quits. */
export function missingDatabaseAnswer(response: number): 'restore' | 'quit' {
  return response === 0 ? 'restore' : 'quit';
}

/** A refusal as the person reads it (keys without a namespace are in `errors`, as in the renderer); its English message if the key is unknown. */
export function refusalSentence(locale: Locale, refusal: { key: string; message: string; params?: Record<string, string | number> | undefined }): string {
  const key = refusal.key.includes(':') ? refusal.key : `errors:${refusal.key}`;
  const sentence = translate(locale, key, refusal.params ?? {});
  return sentence === key ? refusal.message : sentence;
}
