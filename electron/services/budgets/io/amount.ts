/**
 * An amount of the budget file: plain `1234.56` with a dot, as the export writes it, or the coop's own
 * format (`1.234,56` in es and pt-BR, `1,234.56` in en) as a spreadsheet may save it back. Empty is zero;
 * negative amounts are refused (a budget line's months are positive, its account says the side).
 */
import type { Locale } from '../../../../shared/contract/coop';
import { parseMoney } from '../../../../shared/domain/money-parse';

export function fileAmount(text: string, locale: Locale, minorDigits: number): number | null {
  if (text === '') return 0;
  const plain = minorDigits === 0 ? /^(\d{1,16})$/ : new RegExp(`^(\\d{1,16})(?:\\.(\\d{1,${minorDigits}}))?$`);
  const match = plain.exec(text);
  if (match) {
    const value = Number(match[1]) * 10 ** minorDigits + Number((match[2] ?? '').padEnd(minorDigits, '0') || 0);
    return Number.isSafeInteger(value) ? value : null;
  }
  const parsed = parseMoney(text, locale, minorDigits);
  return parsed.ok && Number(parsed.value) >= 0 ? Number(parsed.value) : null;
}
