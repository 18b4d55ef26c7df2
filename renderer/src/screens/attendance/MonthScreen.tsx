/**
 * /attendance/month: one member's month as a calendar (arrow keys move by day and week, Page Up/Down by
 * month), each day with its hours; the month's totals by kind against the committed hours;
 * the chosen day's records below, to correct one by one.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcQuery } from '../../api/queries';
import { useCoop } from '../../app/use-coop';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AttendanceNav } from './AttendanceNav';
import { DayEditor } from './DayEditor';
import { MemberChooser } from './MemberChooser';
import { MonthCalendar } from './MonthCalendar';
import { MonthTotals } from './MonthTotals';
import { officeLocale } from './week';

export function MonthScreen() {
  const { t } = useTranslation('attendance');
  const coop = useCoop().data;
  const tag = officeLocale(coop?.locale ?? 'es', coop?.framework ?? 'custom');
  const [params, setParams] = useSearchParams();
  const memberId = Number(params.get('member')) || null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(params.get('day') ?? '') ? params.get('day')! : localToday();
  const month = day.slice(0, 7);
  const set = (next: { member?: number; day?: string }) =>
    setParams({ ...(memberId ? { member: String(memberId) } : {}), day, ...Object.fromEntries(Object.entries(next).map(([k, v]) => [k, String(v)])) }, { replace: true });
  const data = useRpcQuery('attendance.month', { memberId: memberId ?? 1, month }, { enabled: memberId !== null });

  return (
    <section className="attendance-screen attendance-month" aria-labelledby="attendance-month-title">
      <PageHeader title={<span id="attendance-month-title">{t('month.title')}</span>} description={t('month.description')} />
      <AttendanceNav />
      <div className="month-layout">
        <div className="month-layout__side">
          <MemberChooser label={t('month.member')} value={memberId} onChange={(id) => set({ member: id })} />
        </div>
        <div className="month-layout__main">
          {memberId === null ? (
            <EmptyState title={t('month.chooseTitle')}>
              <p>{t('month.choose')}</p>
            </EmptyState>
          ) : (
            <QueryState query={data}>
              {(m) => {
                const byDate = new Map(m.days.map((d) => [d.date, d]));
                const selected = byDate.get(day);
                return (
                  <>
                    <h2 className="month-member">{`${m.member.memberNumber} · ${m.member.name}`}</h2>
                    <div className="month-body">
                      <MonthCalendar
                        label={t('month.calendarLabel', { name: m.member.name })}
                        day={day}
                        tag={tag}
                        onDay={(d) => set({ day: d })}
                        dayOf={(date) => {
                          const info = byDate.get(date);
                          if (!info) return undefined;
                          const minutes = info.records.reduce((sum, r) => sum + r.minutes, 0);
                          return {
                            minutes: info.records.length > 0 ? minutes : null,
                            kinds: [...new Set(info.records.map((r) => r.kind).filter((k) => k !== 'work'))],
                            outside: !info.member,
                            late: info.minutesLate > 0,
                          };
                        }}
                      />
                      <MonthTotals month={m} />
                    </div>
                    {selected && (
                      <DayEditor
                        key={`${memberId}-${day}-${selected.records.map((r) => `${r.id}:${r.minutes}:${r.kind}`).join(',')}`}
                        memberId={memberId}
                        date={day}
                        records={selected.records}
                        committedMinutes={selected.committedMinutes}
                        editable={selected.member}
                      />
                    )}
                  </>
                );
              }}
            </QueryState>
          )}
        </div>
      </div>
    </section>
  );
}
