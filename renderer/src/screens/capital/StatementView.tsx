/** A member's capital statement: opening position, the range's operations, closing position; on screen and printed. */
import type { TFunction } from 'i18next';
import type { Statement, StatementTotals } from '../../../../shared/contract/capital';
import { formatDate } from '../../i18n/format';
import { operationMember } from './operation-text';

const totalKeys = [
  'subscribedMinor',
  'paidMinor',
  'pendingMinor',
  'capitalisedReturnsMinor',
  'lossesChargedMinor',
  'transfersInMinor',
  'transfersOutMinor',
  'refundsMinor',
  'forfeitedMinor',
  'balanceMinor',
] as const satisfies readonly (keyof StatementTotals)[];

interface Props {
  statement: Statement;
  format: (minor: number) => string;
  locale: string;
  t: TFunction<'capital'>;
}

export function StatementView({ statement, format, locale, t }: Props) {
  const date = (iso: string) => formatDate(iso, locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <div className="capital-statement">
      <table className="data-table capital-statement__totals">
        <caption className="visually-hidden">{t('statement.totalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statement.concept')}</th>
            <th scope="col" className="data-table__number">
              {t('statement.opening', { date: date(statement.from) })}
            </th>
            <th scope="col" className="data-table__number">
              {t('statement.closing', { date: date(statement.to) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {totalKeys.map((key) => (
            <tr key={key} className={key === 'balanceMinor' ? 'capital-statement__balance' : undefined}>
              <th scope="row">{t(`totals.${key}`)}</th>
              <td className="data-table__number">{format(statement.opening[key])}</td>
              <td className="data-table__number">{format(statement.closing[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption className="capital-statement__caption">{t('statement.operations')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.number')}</th>
            <th scope="col">{t('fields.date')}</th>
            <th scope="col">{t('register.kind')}</th>
            <th scope="col">{t('register.detail')}</th>
            <th scope="col" className="data-table__number">
              {t('fields.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {statement.operations.length === 0 && (
            <tr>
              <td colSpan={5}>{t('statement.none')}</td>
            </tr>
          )}
          {statement.operations.map((op) => (
            <tr key={op.number}>
              <td className="data-table__number">{op.number}</td>
              <td>{date(op.date)}</td>
              <td>{t(`kind.${op.kind}`)}</td>
              <td>{operationMember(op, t)}</td>
              <td className="data-table__number">{format(op.amountMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
