/** The member's dated status history, newest first, as the legal book records it. */
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../../shared/contract/members';
import { formatDate } from '../../i18n/format';

export function StatusHistory({ history }: { history: StatusChange[] }) {
  const { t, i18n } = useTranslation('members');
  return (
    <section className="member-section" aria-labelledby="member-history-title">
      <h2 id="member-history-title">{t('detail.history')}</h2>
      <table className="members-table">
        <thead>
          <tr>
            <th scope="col">{t('detail.effectiveDate')}</th>
            <th scope="col">{t('fields.status')}</th>
            <th scope="col">{t('statusDialog.cause')}</th>
            <th scope="col">{t('statusDialog.resolution')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((change) => (
            <tr key={change.id}>
              <td>{formatDate(change.effectiveDate, i18n.language)}</td>
              <td>{t(`status.${change.status}`)}</td>
              <td>{change.cause ?? ''}</td>
              <td>{change.resolution ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
