/** What every domain's handlers are given: the open database, the desktop around it, and words for dialogs. */
import { localToday } from '../../../shared/domain/dates';
import { writeFileSync } from 'node:fs';
import type { Events } from '../../../shared/contract';
import { locales, type Locale } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import { translate } from '../../../shared/i18n/catalogue';
import type { FileFilter, PlatformPort, ServiceContext } from '../../services/core';
import type { DatabaseSession } from '../../services/core';

export interface HandlerDeps {
  session: DatabaseSession;
  platform: PlatformPort;
  /** Translates a catalogue key (`namespace:key`) into the coop's language, for native dialog titles. */
  t: (key: string) => string;
  /** Pushes `task.progress` to the windows (long imports); absent where nobody listens. */
  progress?: (event: Events['task.progress']) => void;
}

/** Dialog titles in the coop's language (English before the coop exists), from the one catalogue. */
export function coopTranslator(session: DatabaseSession): (key: string) => string {
  return (key) => {
    const row = session.ctx().handle.prepare('SELECT locale FROM coop_profile WHERE id = 1').get() as { locale: string } | undefined;
    const locale = row && isLocale(row.locale) ? row.locale : 'en';
    return translate(locale, key);
  };
}

const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

export function cancelled(): never {
  throw new DomainError('CANCELLED', 'Cancelled; nothing was written.');
}

export const contextOf = (deps: HandlerDeps): ServiceContext => deps.session.ctx();
export const todayOf = (deps: HandlerDeps): string => localToday(contextOf(deps).now());

/** Asks where to save; a cancelled dialog ends the call before anything is written. */
export async function askSavePath(deps: HandlerDeps, titleKey: string, defaultName: string, filters: FileFilter[]): Promise<string> {
  const path = await deps.platform.chooseSavePath({ title: deps.t(titleKey), defaultName, filters });
  if (path === null) cancelled();
  return path;
}

export function saveBytes(path: string, bytes: Uint8Array): void {
  writeFileSync(path, bytes);
}
