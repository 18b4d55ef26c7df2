/**
 * The lines of a general entry as a grid of plain controls, each labelled with its line for assistive
 * technology, and a footer of running totals: debits, credits and what is still missing on either side.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useMoney } from '../../components/use-coop-money';
import { readLine, type Totals, type TypedLine } from './entry-lines';

interface GridProps {
  lines: TypedLine[];
  accounts: { value: string; label: string }[];
  totals: Totals;
  /** The line whose account control takes the focus (a line just added, or the next one). */
  focusLine: number | null;
  onFocused: () => void;
  onChange: (id: number, patch: Partial<TypedLine>) => void;
  onRemove: (id: number) => void;
  onEnter: (event: KeyboardEvent<HTMLElement>, id: number) => void;
}

export function EntryLinesGrid({ lines, accounts, totals, focusLine, onFocused, onChange, onRemove, onEnter }: GridProps) {
  const { t } = useTranslation('ledger');
  const money = useMoney();
  const selects = useRef(new Map<number, HTMLSelectElement>());
  useEffect(() => {
    if (focusLine === null) return;
    selects.current.get(focusLine)?.focus();
    onFocused();
  }, [focusLine, onFocused]);

  return (
    <table className="data-table ledger-entry-grid">
      <caption>{t('entries.new.linesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="data-table__number">
            {t('entries.new.line')}
          </th>
          <th scope="col">{t('entries.new.account')}</th>
          <th scope="col">{t('entries.new.member')}</th>
          <th scope="col" className="data-table__number">
            {t('entries.new.debit')}
          </th>
          <th scope="col" className="data-table__number">
            {t('entries.new.credit')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('entries.new.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => {
          const n = index + 1;
          const read = readLine(line, money.locale, money.minorDigits);
          return (
            <tr key={line.id}>
              <th scope="row" className="data-table__number">
                {n}
              </th>
              <td>
                <select
                  ref={(el) => {
                    if (el) selects.current.set(line.id, el);
                    else selects.current.delete(line.id);
                  }}
                  className="field__control"
                  aria-label={t('entries.new.accountOfLine', { line: n })}
                  value={line.account}
                  onChange={(e) => onChange(line.id, { account: e.target.value })}
                  onKeyDown={(e) => onEnter(e, line.id)}
                >
                  <option value="">{t('entries.new.chooseAccount')}</option>
                  {accounts.map((a) => (
                    <option key={a.value} value={a.value}>
                      {a.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  className="field__control ledger-entry-grid__member"
                  inputMode="numeric"
                  autoComplete="off"
                  aria-label={t('entries.new.memberOfLine', { line: n })}
                  aria-invalid={read.memberBad || undefined}
                  value={line.member}
                  onChange={(e) => onChange(line.id, { member: e.target.value })}
                  onKeyDown={(e) => onEnter(e, line.id)}
                />
              </td>
              {(['debit', 'credit'] as const).map((side) => (
                <td key={side} className="data-table__number">
                  <input
                    className="field__control ledger-entry-grid__amount"
                    inputMode="decimal"
                    autoComplete="off"
                    aria-label={t(side === 'debit' ? 'entries.new.debitOfLine' : 'entries.new.creditOfLine', { line: n })}
                    aria-invalid={(side === 'debit' ? read.debitMinor : read.creditMinor) === null || undefined}
                    value={line[side]}
                    onChange={(e) => onChange(line.id, { [side]: e.target.value })}
                    onKeyDown={(e) => onEnter(e, line.id)}
                  />
                </td>
              ))}
              <td>
                <Button variant="ghost" disabled={lines.length <= 1} onClick={() => onRemove(line.id)}>
                  {t('entries.new.removeLine', { line: n })}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t('entries.new.totals')}
          </th>
          <td className="data-table__number" data-testid="entry-total-debit">
            {money.format(totals.debitMinor)}
          </td>
          <td className="data-table__number" data-testid="entry-total-credit">
            {money.format(totals.creditMinor)}
          </td>
          <td />
        </tr>
        <tr>
          <th scope="row" colSpan={3}>
            {t('entries.new.difference')}
          </th>
          <td colSpan={2} className="data-table__number" role="status" data-testid="entry-difference">
            {totals.differenceMinor === 0 ? t('entries.new.balanced') : money.format(Math.abs(totals.differenceMinor)) + ' ' + (totals.differenceMinor > 0 ? t('screens.side.debit') : t('screens.side.credit'))}
          </td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
