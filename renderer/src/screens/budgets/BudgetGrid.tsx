/**
 * A version's lines, account by account and month by month, with totals per line, per month and income −
 * expense. A draft's cells are inputs in the coop's decimal format: Tab moves along a line, Enter goes to
 * the same month of the next line (Shift+Enter the one above), as in the spreadsheet it replaces.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { Output } from '../../../../shared/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import type { MoneyView } from '../../components/use-coop-money';
import { cellMinor, gridTotals, lineTotal, type LineDraft } from './budget-lines';

export type BudgetAccount = Output<'budgets.accounts'>[number];

interface Props {
  lines: readonly LineDraft[];
  accounts: readonly BudgetAccount[];
  monthNames: readonly string[];
  money: MoneyView;
  /** Null: the version is final and the grid only shows it. */
  edit: null | {
    onChange: (lines: LineDraft[]) => void;
    onSpread: (index: number) => void;
    showProblems: boolean;
  };
}

export function BudgetGrid({ lines, accounts, monthNames, money, edit }: Props) {
  const { t } = useTranslation('budgets');
  const table = useRef<HTMLTableElement>(null);
  const byAccount = new Map<string, BudgetAccount>(accounts.map((a) => [a.account, a]));
  const totals = gridTotals(lines, (account) => byAccount.get(account)?.kind, money.locale, money.minorDigits);
  const lineName = (line: LineDraft) => {
    const account = byAccount.get(line.account)?.name ?? t('budget.grid.noAccount');
    return line.label.trim() ? `${account} — ${line.label.trim()}` : account;
  };
  const change = (index: number, patch: Partial<LineDraft>) => edit?.onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const setCell = (index: number, month: number, text: string) => change(index, { cells: lines[index]!.cells.map((c, m) => (m === month ? text : c)) });

  const move = (event: KeyboardEvent<HTMLInputElement>, index: number, month: number) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = lines[index + (event.shiftKey ? -1 : 1)];
    if (next) table.current?.querySelector<HTMLInputElement>(`[data-cell="${next.key}-${month}"]`)?.focus();
  };

  const groups = (['income', 'expense'] as const).map((kind) => ({ kind, options: accounts.filter((a) => a.kind === kind) }));
  const sum = (values: number[], className?: string) =>
    values.map((value, i) => (
      <td key={i} className={['data-table__number', className].filter(Boolean).join(' ')}>
        {money.plain(value)}
      </td>
    ));

  return (
    <div className="budget-grid" role="region" aria-label={t('budget.grid.region')} tabIndex={0}>
      <table ref={table} className="data-table budget-grid__table">
        <caption className="visually-hidden">{t('budget.grid.caption', { currency: money.currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.grid.account')}</th>
            <th scope="col">{t('budget.grid.label')}</th>
            {monthNames.map((name) => (
              <th key={name} scope="col" className="data-table__number">
                {name}
              </th>
            ))}
            <th scope="col" className="data-table__number">
              {t('budget.grid.total')}
            </th>
            {edit && (
              <th scope="col">
                <span className="visually-hidden">{t('budget.grid.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const kind = byAccount.get(line.account)?.kind;
            return (
              <tr key={line.key} className={kind ? `budget-grid__line--${kind}` : undefined}>
                {edit ? (
                  <>
                    <td>
                      <select
                        className="budget-grid__account"
                        aria-label={t('budget.grid.accountOf', { n: index + 1 })}
                        aria-invalid={edit.showProblems && line.account === '' ? true : undefined}
                        value={line.account}
                        onChange={(event) => change(index, { account: event.target.value as LineDraft['account'] })}
                      >
                        <option value="">{t('budget.grid.chooseAccount')}</option>
                        {groups.map((group) => (
                          <optgroup key={group.kind} label={t(`budget.kinds.${group.kind}`)}>
                            {group.options.map((a) => (
                              <option key={a.account} value={a.account} title={a.code}>
                                {a.name}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        className="budget-grid__label"
                        aria-label={t('budget.grid.labelOf', { n: index + 1 })}
                        value={line.label}
                        maxLength={120}
                        onChange={(event) => change(index, { label: event.target.value })}
                      />
                    </td>
                    {line.cells.map((text, month) => {
                      const bad = cellMinor(text, money.locale, money.minorDigits) === null;
                      return (
                        <td key={month} className="budget-grid__cell">
                          <input
                            data-cell={`${line.key}-${month}`}
                            inputMode="decimal"
                            autoComplete="off"
                            aria-label={t('budget.grid.cellName', { line: lineName(line), month: monthNames[month] })}
                            aria-invalid={bad ? true : undefined}
                            className={bad ? 'budget-grid__input budget-grid__input--bad' : 'budget-grid__input'}
                            value={text}
                            onChange={(event) => setCell(index, month, event.target.value)}
                            onKeyDown={(event) => move(event, index, month)}
                          />
                        </td>
                      );
                    })}
                    <td className="data-table__number budget-grid__total">{money.plain(lineTotal(line, money.locale, money.minorDigits))}</td>
                    <td className="budget-grid__line-actions">
                      <Button variant="ghost" onClick={() => edit.onSpread(index)} aria-label={t('budget.grid.spreadOf', { line: lineName(line) })}>
                        {t('budget.grid.spread')}
                      </Button>
                      <Button variant="ghost" onClick={() => edit.onChange(lines.filter((_, i) => i !== index))} aria-label={t('budget.grid.removeOf', { line: lineName(line) })}>
                        {t('budget.grid.remove')}
                      </Button>
                    </td>
                  </>
                ) : (
                  <>
                    <th scope="row">{byAccount.get(line.account)?.name ?? line.account}</th>
                    <td>{line.label}</td>
                    {line.cells.map((text, month) => (
                      <td key={month} className="data-table__number">
                        {money.plain(cellMinor(text, money.locale, money.minorDigits) ?? 0)}
                      </td>
                    ))}
                    <td className="data-table__number budget-grid__total">{money.plain(lineTotal(line, money.locale, money.minorDigits))}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          {(['income', 'expense', 'result'] as const).map((row) => (
            <tr key={row} className={`budget-grid__sum budget-grid__sum--${row}`}>
              <th scope="row" colSpan={2}>
                {t(`budget.grid.sum.${row}`)}
              </th>
              {sum(totals[row], row === 'result' ? 'budget-grid__result' : undefined)}
              {edit && <td />}
            </tr>
          ))}
        </tfoot>
      </table>
      {lines.length === 0 && <p className="budget-grid__empty">{t('budget.grid.empty')}</p>}
    </div>
  );
}
