/**
 * The one catalogue of words, es / pt-BR / en, one JSON file per namespace (a domain owns its own). The
 * renderer loads it into i18next; the main process uses it for native menus and dialog titles, so there
 * is never a second list of translations. A new namespace is added here, in all three languages.
 */
import type { Locale } from '../contract/coop';
import es_common from './locales/es/common.json' with { type: 'json' };
import es_errors from './locales/es/errors.json' with { type: 'json' };
import es_coop from './locales/es/coop.json' with { type: 'json' };
import es_members from './locales/es/members.json' with { type: 'json' };
import es_backups from './locales/es/backups.json' with { type: 'json' };
import es_menu from './locales/es/menu.json' with { type: 'json' };
import es_ledger from './locales/es/ledger.json' with { type: 'json' };
import es_capital from './locales/es/capital.json' with { type: 'json' };
import es_assemblies from './locales/es/assemblies.json' with { type: 'json' };
import es_attendance from './locales/es/attendance.json' with { type: 'json' };
import es_remuneration from './locales/es/remuneration.json' with { type: 'json' };
import es_surplus from './locales/es/surplus.json' with { type: 'json' };
import es_planning from './locales/es/planning.json' with { type: 'json' };
import es_voting from './locales/es/voting.json' with { type: 'json' };
import es_budgets from './locales/es/budgets.json' with { type: 'json' };
import ptBR_common from './locales/pt-BR/common.json' with { type: 'json' };
import ptBR_errors from './locales/pt-BR/errors.json' with { type: 'json' };
import ptBR_coop from './locales/pt-BR/coop.json' with { type: 'json' };
import ptBR_members from './locales/pt-BR/members.json' with { type: 'json' };
import ptBR_backups from './locales/pt-BR/backups.json' with { type: 'json' };
import ptBR_menu from './locales/pt-BR/menu.json' with { type: 'json' };
import ptBR_ledger from './locales/pt-BR/ledger.json' with { type: 'json' };
import ptBR_capital from './locales/pt-BR/capital.json' with { type: 'json' };
import ptBR_assemblies from './locales/pt-BR/assemblies.json' with { type: 'json' };
import ptBR_attendance from './locales/pt-BR/attendance.json' with { type: 'json' };
import ptBR_remuneration from './locales/pt-BR/remuneration.json' with { type: 'json' };
import ptBR_surplus from './locales/pt-BR/surplus.json' with { type: 'json' };
import ptBR_planning from './locales/pt-BR/planning.json' with { type: 'json' };
import ptBR_voting from './locales/pt-BR/voting.json' with { type: 'json' };
import ptBR_budgets from './locales/pt-BR/budgets.json' with { type: 'json' };
import en_common from './locales/en/common.json' with { type: 'json' };
import en_errors from './locales/en/errors.json' with { type: 'json' };
import en_coop from './locales/en/coop.json' with { type: 'json' };
import en_members from './locales/en/members.json' with { type: 'json' };
import en_backups from './locales/en/backups.json' with { type: 'json' };
import en_menu from './locales/en/menu.json' with { type: 'json' };
import en_ledger from './locales/en/ledger.json' with { type: 'json' };
import en_capital from './locales/en/capital.json' with { type: 'json' };
import en_assemblies from './locales/en/assemblies.json' with { type: 'json' };
import en_attendance from './locales/en/attendance.json' with { type: 'json' };
import en_remuneration from './locales/en/remuneration.json' with { type: 'json' };
import en_surplus from './locales/en/surplus.json' with { type: 'json' };
import en_planning from './locales/en/planning.json' with { type: 'json' };
import en_voting from './locales/en/voting.json' with { type: 'json' };
import en_budgets from './locales/en/budgets.json' with { type: 'json' };

export type CatalogueTree = { [key: string]: string | CatalogueTree };

export const catalogue: Record<Locale, Record<string, CatalogueTree>> = {
  'es': { common: es_common, errors: es_errors, coop: es_coop, members: es_members, backups: es_backups, menu: es_menu, ledger: es_ledger, capital: es_capital, assemblies: es_assemblies, attendance: es_attendance, remuneration: es_remuneration, surplus: es_surplus, planning: es_planning, voting: es_voting, budgets: es_budgets },
  'pt-BR': { common: ptBR_common, errors: ptBR_errors, coop: ptBR_coop, members: ptBR_members, backups: ptBR_backups, menu: ptBR_menu, ledger: ptBR_ledger, capital: ptBR_capital, assemblies: ptBR_assemblies, attendance: ptBR_attendance, remuneration: ptBR_remuneration, surplus: ptBR_surplus, planning: ptBR_planning, voting: ptBR_voting, budgets: ptBR_budgets },
  'en': { common: en_common, errors: en_errors, coop: en_coop, members: en_members, backups: en_backups, menu: en_menu, ledger: en_ledger, capital: en_capital, assemblies: en_assemblies, attendance: en_attendance, remuneration: en_remuneration, surplus: en_surplus, planning: en_planning, voting: en_voting, budgets: en_budgets },
};

export const namespaces = Object.keys(catalogue.en);

/** Looks up `namespace:dotted.key` in one language; the key itself when it is missing (a test keeps none missing). */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const [namespace, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: string | CatalogueTree | undefined = catalogue[locale][namespace];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') return key;
  return node.replace(/{{(\w+)}}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
