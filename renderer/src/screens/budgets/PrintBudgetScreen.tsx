/**
 * /print/budgets/budget/:versionId: a version of the year's budget for the assembly, in the coop's
 * language whatever the screen's: who the coop is, which version and what approved it, its lines by
 * account and month on landscape sheets, income, costs and the result. budgets.printBudget makes the PDF
 * once PRINT_READY_ATTRIBUTE is set. It reads only the profile, the version and the accounts' names.
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { formatDate, formatMoneyAmount } from '../../i18n/format';
import { monthNames } from './fiscal-months';
import { PrintToolbar } from './PrintToolbar';
import { usePrintReady } from '../../components/use-print-ready';
import './budget-print.css';

export function PrintBudgetScreen() {
  const { t, i18n } = useTranslation('budgets');
  const versionId = Number(useParams().versionId);
  const valid = Number.isInteger(versionId) && versionId > 0;
  const coop = useRpcQuery('coop.get', {});
  const version = useRpcQuery('budgets.version', { id: valid ? versionId : 1 }, { enabled: valid, staleTime: 0 });
  const accounts = useRpcQuery('budgets.accounts', {});
  const print = useRpcMutation('budgets.printBudget');
  const locale = coop.data?.locale ?? i18n.language;
  const pt = i18n.getFixedT(locale, 'budgets');
  const ready = valid && coop.data != null && version.data !== undefined && accounts.data !== undefined;
  const title =
    ready && coop.data && version.data
      ? `${pt('budget.print.documentTitle', { year: version.data.year, number: version.data.number })} — ${coop.data.name}`
      : t('budget.print.screenTitle');
  usePrintReady(ready, title);

  const body = () => {
    if (!ready || !coop.data || !version.data || !accounts.data) return null;
    const v = version.data;
    const currency = { currency: coop.data.currency, minorDigits: coop.data.minorDigits };
    const amount = (minor: number) => formatMoneyAmount(minor, currency, locale);
    const names = new Map(accounts.data.map((a) => [a.account, a]));
    const months = monthNames(v.monthStarts, locale);
    const sides = (['income', 'expense'] as const).map((kind) => {
      const lines = v.lines.filter((l) => l.kind === kind);
      const byMonth = months.map((_, i) => lines.reduce((sum, l) => sum + (l.months[i] ?? 0), 0));
      return { kind, lines, byMonth, total: lines.reduce((sum, l) => sum + l.totalMinor, 0) };
    });
    const [income, expense] = sides as [(typeof sides)[number], (typeof sides)[number]];
    return (
      <article className="budget-sheet">
        <header className="budget-sheet__header">
          <p className="budget-sheet__coop">
            <strong>{coop.data.name}</strong>
            {coop.data.taxId && ` · ${coop.data.taxId}`}
            {coop.data.registrationNumber && ` · ${pt('budget.print.registration', { number: coop.data.registrationNumber })}`}
            {coop.data.address && ` · ${coop.data.address}`}
          </p>
          <h2>{pt('budget.print.documentTitle', { year: v.year, number: v.number })}</h2>
          <p>
            {pt('budget.print.period', { from: formatDate(v.from, locale), to: formatDate(v.to, locale) })} · {pt(`budget.status.${v.status}`)}
            {v.resolution && ` · ${pt('budget.print.resolution', { reference: v.resolution.reference, date: formatDate(v.resolution.date, locale) })}`}
          </p>
          {v.note && <p>{v.note}</p>}
          <p className="budget-sheet__currency">{pt('budget.print.currency', { currency: coop.data.currency })}</p>
        </header>
        <table className="budget-sheet__table">
          <thead>
            <tr>
              <th scope="col">{pt('budget.grid.account')}</th>
              {months.map((m) => (
                <th key={m} scope="col">
                  {m}
                </th>
              ))}
              <th scope="col">{pt('budget.grid.total')}</th>
            </tr>
          </thead>
          {sides.map((side) => (
            <tbody key={side.kind}>
              <tr className="budget-sheet__group">
                <th scope="rowgroup" colSpan={months.length + 2}>
                  {pt(`budget.kinds.${side.kind}`)}
                </th>
              </tr>
              {side.lines.map((line, i) => {
                const account = names.get(line.account);
                return (
                  <tr key={`${line.account}-${i}`}>
                    <th scope="row">
                      {account?.code ? `${account.code} ` : ''}
                      {line.label || account?.name || line.account}
                    </th>
                    {line.months.map((m, month) => (
                      <td key={month}>{amount(m)}</td>
                    ))}
                    <td className="budget-sheet__total">{amount(line.totalMinor)}</td>
                  </tr>
                );
              })}
              <tr className="budget-sheet__sum">
                <th scope="row">{pt(`budget.grid.sum.${side.kind}`)}</th>
                {side.byMonth.map((m, month) => (
                  <td key={month}>{amount(m)}</td>
                ))}
                <td className="budget-sheet__total">{amount(side.total)}</td>
              </tr>
            </tbody>
          ))}
          <tfoot>
            <tr className="budget-sheet__sum">
              <th scope="row">{pt('budget.grid.sum.result')}</th>
              {income.byMonth.map((m, month) => (
                <td key={month}>{amount(m - expense.byMonth[month]!)}</td>
              ))}
              <td className="budget-sheet__total">{amount(income.total - expense.total)}</td>
            </tr>
          </tfoot>
        </table>
      </article>
    );
  };

  return (
    <main className="print-page budget-print" lang={locale}>
      <PrintToolbar
        title={t('budget.print.screenTitle')}
        back={version.data ? `/budgets?year=${version.data.year}&version=${version.data.id}` : '/budgets'}
        ready={ready}
        busy={print.isPending}
        savePdf={() => print.mutateAsync({ versionId })}
      />
      {!valid && <p role="alert">{t('budget.print.badAddress')}</p>}
      {version.error && <p role="alert">{t('budget.print.notFound')}</p>}
      {valid && !version.error && !ready && <p role="status">{t('budget.print.loading')}</p>}
      {body()}
    </main>
  );
}
