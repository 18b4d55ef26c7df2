/**
 * One member's week in the grid: the member as the row's header, a cell per day, the week's total against
 * the committed hours. A cell says in words, not only colour, that it is unsaved, wrong, or closed.
 */
import { useTranslation } from 'react-i18next';
import type { AttendanceKind } from '../../../../shared/domain/attendance';
import { formatMinutes, parseHours } from './hours';
import type { GridMember } from './week-data';

export type CellView = {
  key: string;
  text: string;
  kind: AttendanceKind | null;
  dirty: boolean;
  problem: string | null;
} & ({ state: 'open'; minutes?: number } | { state: 'locked'; minutes: number; kinds: AttendanceKind[] } | { state: 'outside' });

interface Props {
  index: number;
  start: number;
  member: GridMember;
  cells: CellView[];
  /** The cell of this row in the tab order, or null when the row holds none. */
  activeKey: string | null;
  editing: { key: string; text: string } | null;
  locale: string;
  onFocusCell: (col: number) => void;
  onEditText: (text: string) => void;
  onCommit: () => void;
}

/** Minutes a cell adds to the week: what is typed when it reads as hours, else what is saved. */
function minutesOf(cell: CellView, locale: string): number {
  if (cell.state === 'outside') return 0;
  if (cell.state === 'locked') return cell.minutes;
  if (cell.text !== '' || cell.dirty) {
    const parsed = parseHours(cell.text, locale);
    return parsed.ok ? parsed.minutes : 0;
  }
  return cell.minutes ?? 0;
}

export function WeekGridRow({ index, start, member, cells, activeKey, editing, locale, onFocusCell, onEditText, onCommit }: Props) {
  const { t } = useTranslation('attendance');
  const total = cells.reduce((sum, cell) => sum + minutesOf(cell, locale), 0);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="week-grid__row week-grid__row--body"
      // Virtualisation offset: set through the CSSOM, which the CSP allows.
      style={{ transform: `translateY(${start}px)` }}
    >
      <div role="rowheader" aria-colindex={1} className="week-grid__cell week-grid__member">
        <span className="week-grid__number">{member.memberNumber}</span> {member.name}
      </div>
      {cells.map((cell, col) => {
        const isEditing = editing?.key === cell.key;
        const shown = cell.state === 'open' && cell.text === '' && !cell.dirty && cell.minutes !== undefined ? formatMinutes(cell.minutes) : cell.state === 'locked' ? formatMinutes(cell.minutes) : cell.text;
        const kinds = cell.state === 'locked' ? cell.kinds : cell.kind && cell.kind !== 'work' ? [cell.kind] : [];
        const classes = [
          'week-grid__cell',
          'week-grid__entry',
          cell.dirty && 'week-grid__entry--dirty',
          cell.problem && 'week-grid__entry--invalid',
          cell.state !== 'open' && `week-grid__entry--${cell.state}`,
          kinds.length > 0 && `week-grid__entry--absence`,
        ];
        return (
          <div
            key={cell.key}
            role="gridcell"
            aria-colindex={col + 2}
            aria-invalid={cell.problem ? true : undefined}
            aria-readonly={cell.state !== 'open' || undefined}
            data-cell={cell.key}
            tabIndex={cell.key === activeKey && !isEditing ? 0 : -1}
            className={classes.filter(Boolean).join(' ')}
            onFocus={() => onFocusCell(col)}
            onMouseDown={() => onFocusCell(col)}
          >
            {isEditing ? (
              <input
                className="week-grid__input"
                aria-label={t('grid.entryLabel', { name: member.name })}
                value={editing.text}
                onChange={(event) => onEditText(event.target.value)}
                onBlur={onCommit}
                inputMode="decimal"
                autoComplete="off"
              />
            ) : (
              <>
                <span className="week-grid__hours">{shown}</span>
                {kinds.map((kind) => (
                  <abbr key={kind} className="week-grid__kind" title={t(`kinds.${kind}`)}>
                    {t(`grid.keys.${kind}`)}
                    <span className="visually-hidden"> {t(`kinds.${kind}`)}</span>
                  </abbr>
                ))}
                {cell.state === 'locked' && <span className="visually-hidden"> {t('grid.lockedMark')}</span>}
                {cell.state === 'outside' && <span className="visually-hidden">{t('grid.outsideMark')}</span>}
                {cell.dirty && <span className="visually-hidden"> {t('grid.unsavedMark')}</span>}
                {cell.problem && <span className="visually-hidden"> {cell.problem}</span>}
              </>
            )}
          </div>
        );
      })}
      <div role="gridcell" aria-colindex={cells.length + 2} className="week-grid__cell week-grid__total">
        <span>{formatMinutes(total)}</span>{' '}
        <span className="week-grid__committed">/ {formatMinutes(member.schedule.weeklyMinutes)}</span>
      </div>
    </div>
  );
}
