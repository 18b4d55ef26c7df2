/** The year's versions, oldest first: each one's status, the resolution that approved it and its totals. */
import { useTranslation } from 'react-i18next';
import type { BudgetVersion } from '../../../../shared/contract/budgets';
import { Button } from '../../components/Button';
import { StatusBadge } from '../../components/StatusBadge';
import type { MoneyView } from '../../components/use-coop-money';
import { formatDate, formatDateTime } from '../../i18n/format';

/** A draft is open to change, an approved version final, a revised one superseded by a later approval. */
export const versionTone = { draft: 'open', approved: 'final', revised: 'superseded' } as const;

interface Props {
  versions: readonly BudgetVersion[];
  shownId: number | null;
  money: MoneyView;
  onShow: (id: number) => void;
}

export function VersionList({ versions, shownId, money, onShow }: Props) {
  const { t, i18n } = useTranslation('budgets');
  return (
    <table className="data-table budget-versions">
      <caption>{t('budget.versions.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budget.versions.version')}</th>
          <th scope="col">{t('budget.versions.status')}</th>
          <th scope="col">{t('budget.versions.resolution')}</th>
          <th scope="col" className="data-table__number">
            {t('budget.versions.income')}
          </th>
          <th scope="col" className="data-table__number">
            {t('budget.versions.expense')}
          </th>
          <th scope="col">{t('budget.versions.created')}</th>
          <th scope="col">{t('budget.versions.note')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} aria-current={v.id === shownId ? 'true' : undefined} className={v.id === shownId ? 'budget-versions__shown' : undefined}>
            <th scope="row">
              <Button variant="ghost" onClick={() => onShow(v.id)} aria-pressed={v.id === shownId}>
                {t('budget.versions.number', { number: v.number })}
              </Button>
            </th>
            <td>
              <StatusBadge tone={versionTone[v.status]}>{t(`budget.status.${v.status}`)}</StatusBadge>
            </td>
            <td>{v.resolution ? `${v.resolution.reference} · ${formatDate(v.resolution.date, i18n.language)}` : '—'}</td>
            <td className="data-table__number">{money.plain(v.incomeMinor)}</td>
            <td className="data-table__number">{money.plain(v.expenseMinor)}</td>
            <td>{formatDateTime(v.createdAt, i18n.language)}</td>
            <td>{v.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
