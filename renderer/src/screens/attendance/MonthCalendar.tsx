/**
 * A month as a calendar grid, weeks starting on the office's first day, each day a button with its hours.
 * Arrow keys move by day and week, Page Up/Down by month, Home/End to the week's ends; the chosen day is
 * the selected cell. Built on plain elements: React Aria's pressable cells insert a <style> element at
 * run time, which the app's CSP (no inline styles) refuses.
 */
import { parseDate } from '@internationalized/date';
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceKind } from '../../../../shared/domain/attendance';
import { Button } from '../../components/Button';
import { formatDate } from '../../i18n/format';
import { formatMinutes } from './hours';
import { weekDays, weekStartOf } from './week';

export interface CalendarDay {
  minutes: number | null;
  kinds: AttendanceKind[];
  /** Outside the membership: shown, greyed. */
  outside: boolean;
  late: boolean;
}

interface Props {
  label: string;
  /** The chosen day, 'YYYY-MM-DD'; its month is the one shown. */
  day: string;
  /** The office's BCP 47 tag, for the first day of the week. */
  tag: string;
  dayOf: (date: string) => CalendarDay | undefined;
  onDay: (date: string) => void;
}

const moved = (date: string, by: { days?: number; months?: number }) => parseDate(date).add(by).toString();

export function MonthCalendar({ label, day, tag, dayOf, onDay }: Props) {
  const { t, i18n } = useTranslation('attendance');
  const locale = i18n.language;
  const body = useRef<HTMLTableSectionElement>(null);
  const focusPending = useRef(false);
  const month = day.slice(0, 7);
  const weeks: string[][] = [];
  for (let start = weekStartOf(`${month}-01`, tag); start.slice(0, 7) <= month; start = moved(start, { days: 7 })) {
    weeks.push(weekDays(start));
    if (weeks.length === 6) break;
  }

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    body.current?.querySelector<HTMLElement>(`[data-date="${day}"]`)?.focus();
  });

  const go = (date: string) => {
    focusPending.current = true;
    onDay(date);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const weekday = weeks.flat().indexOf(day) % 7;
    const keys: Record<string, () => string> = {
      ArrowLeft: () => moved(day, { days: -1 }),
      ArrowRight: () => moved(day, { days: 1 }),
      ArrowUp: () => moved(day, { days: -7 }),
      ArrowDown: () => moved(day, { days: 7 }),
      PageUp: () => moved(day, { months: -1 }),
      PageDown: () => moved(day, { months: 1 }),
      Home: () => moved(day, { days: -weekday }),
      End: () => moved(day, { days: 6 - weekday }),
    };
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault();
    go(next());
  };

  const heading = formatDate(`${month}-01`, locale, { month: 'long', year: 'numeric' });
  return (
    <div className="month-calendar">
      <div className="month-calendar__header">
        <Button onClick={() => onDay(moved(`${month}-01`, { months: -1 }))}>{t('month.previous')}</Button>
        <h3 className="month-calendar__heading" id="attendance-calendar-heading">
          {heading}
        </h3>
        <Button onClick={() => onDay(moved(`${month}-01`, { months: 1 }))}>{t('month.next')}</Button>
      </div>
      <table role="grid" className="month-calendar__grid" aria-label={label} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {weeks[0]!.map((date) => (
              <th key={date} scope="col" abbr={formatDate(date, locale, { weekday: 'long' })}>
                {formatDate(date, locale, { weekday: 'short' })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((date) => {
                const info = dayOf(date);
                const inMonth = date.slice(0, 7) === month;
                const classes = [
                  'month-calendar__cell',
                  !inMonth && 'month-calendar__cell--other',
                  info?.outside && 'month-calendar__cell--outside',
                  info?.late && 'month-calendar__cell--late',
                ];
                return (
                  <td key={date} role="gridcell" aria-selected={date === day}>
                    <button
                      type="button"
                      data-date={date}
                      tabIndex={date === day ? 0 : -1}
                      className={classes.filter(Boolean).join(' ')}
                      onClick={() => onDay(date)}
                    >
                      <span className="month-calendar__day" aria-hidden="true">
                        {formatDate(date, locale, { day: 'numeric' })}
                      </span>
                      <span className="visually-hidden">{formatDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long' })}</span>
                      <span className="month-calendar__hours">{info?.minutes ? formatMinutes(info.minutes) : ''}</span>
                      <span className="month-calendar__kinds">
                        {info?.kinds.map((kind) => (
                          <abbr key={kind} title={t(`kinds.${kind}`)}>
                            <span aria-hidden="true">{t(`grid.keys.${kind}`)}</span>
                            <span className="visually-hidden">{t(`kinds.${kind}`)}</span>
                          </abbr>
                        ))}
                      </span>
                      {info?.late && <span className="visually-hidden">{t('month.late')}</span>}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
