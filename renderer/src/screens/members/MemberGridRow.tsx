import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../../../../shared/contract/members';
import { formatDate } from '../../i18n/format';

interface Props {
  index: number;
  start: number;
  row: MemberRow | undefined;
  focusable: boolean;
  onOpen: (id: number) => void;
  onFocusRow: (index: number) => void;
}

/** Dates in a column read best as numbers in the coop's order (04/12/2023 in es and pt-BR): short, aligned. */
const numericDate: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };

/** One row of the virtualised register; a row not fetched yet shows as loading. */
export const MemberGridRow = memo(function MemberGridRow({ index, start, row, focusable, onOpen, onFocusRow }: Props) {
  const { t, i18n } = useTranslation('members');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={focusable ? 0 : -1}
      className="members-grid__row members-grid__row--body"
      // Virtualisation offset: set through the CSSOM, which the CSP allows.
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => row && onOpen(row.id)}
      onFocus={() => onFocusRow(index)}
    >
      {row ? (
        <>
          <div role="gridcell" className="members-grid__cell members-grid__cell--number">
            {row.memberNumber}
          </div>
          <div role="gridcell" className="members-grid__cell">{row.lastNames}</div>
          <div role="gridcell" className="members-grid__cell">{row.firstNames}</div>
          <div role="gridcell" className="members-grid__cell">{row.nationalId ?? ''}</div>
          <div role="gridcell" className="members-grid__cell">{row.category ?? ''}</div>
          <div role="gridcell" className="members-grid__cell">
            <span className={`member-status member-status--${row.status}`}>{t(`status.${row.status}`)}</span>
          </div>
          <div role="gridcell" className="members-grid__cell members-grid__cell--date">
            {formatDate(row.joinDate, i18n.language, numericDate)}
          </div>
        </>
      ) : (
        <div role="gridcell" aria-colspan={7} className="members-grid__cell members-grid__cell--loading">
          {t('list.loadingRow')}
        </div>
      )}
    </div>
  );
});
