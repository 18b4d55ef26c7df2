/**
 * The member's dated status history, newest first, as the legal book records it. An entry entered by
 * mistake is corrected here, never edited: a voided entry stays, struck out, and a corrected one says
 * what it was and why it changed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/contract/members';
import { formatDate } from '../../i18n/format';
import { CorrectionDialog } from './CorrectionDialog';

interface Props {
  history: HistoryEntry[];
  onCorrected: () => void;
}

export function StatusHistory({ history, onCorrected }: Props) {
  const { t, i18n } = useTranslation('members');
  const [correcting, setCorrecting] = useState<HistoryEntry | null>(null);
  return (
    <section className="member-section" aria-labelledby="member-history-title">
      <h2 id="member-history-title">{t('detail.history')}</h2>
      <table className="members-table status-history">
        <thead>
          <tr>
            <th scope="col">{t('detail.effectiveDate')}</th>
            <th scope="col">{t('fields.status')}</th>
            <th scope="col">{t('statusDialog.cause')}</th>
            <th scope="col">{t('statusDialog.resolution')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('correction.column')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr key={entry.id} className={entry.voided ? 'status-history__voided' : undefined}>
              <td>{formatDate(entry.effectiveDate, i18n.language)}</td>
              <td>
                {entry.voided ? <del>{t(`status.${entry.status}`)}</del> : t(`status.${entry.status}`)}
                {entry.voided && <span className="status-history__note"> {t('correction.voided')}</span>}
                {entry.correction && (
                  <p className="status-history__note">
                    {t('correction.corrected', {
                      status: t(`status.${entry.correction.original.status}`),
                      date: formatDate(entry.correction.original.effectiveDate, i18n.language),
                      reason: entry.correction.reason,
                    })}
                  </p>
                )}
              </td>
              <td>{entry.cause ?? ''}</td>
              <td>{entry.resolution ?? ''}</td>
              <td className="status-history__action">
                {!entry.voided && (
                  <button type="button" className="link-button" onClick={() => setCorrecting(entry)}>
                    {t('correction.open')}
                    <span className="visually-hidden">
                      {' '}
                      {t('correction.openWhich', { status: t(`status.${entry.status}`), date: formatDate(entry.effectiveDate, i18n.language) })}
                    </span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CorrectionDialog
        entry={correcting}
        onClose={() => setCorrecting(null)}
        onCorrected={() => {
          setCorrecting(null);
          onCorrected();
        }}
      />
    </section>
  );
}
