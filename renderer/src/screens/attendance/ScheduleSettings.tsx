/**
 * A member's committed schedule, in dated versions: weekly hours, the working weekdays, the usual start
 * time (for punctuality). A new version applies from its date on; the earlier ones keep the past as it was.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekday } from '../../../../shared/domain/attendance';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { useCoop } from '../../app/use-coop';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { failureText } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { formatDate } from '../../i18n/format';
import { formatMinutes, parseHours } from './hours';
import { MemberChooser } from './MemberChooser';
import { officeLocale, weekDays, weekStartOf } from './week';

const WEEK_MINUTES = 168 * 60;

export function ScheduleSettings() {
  const { t, i18n } = useTranslation('attendance');
  const locale = i18n.language;
  const coop = useCoop().data;
  const notify = useToast();
  const tag = officeLocale(coop?.locale ?? 'es', coop?.framework ?? 'custom');
  // The weekdays in the office's order, named in its language.
  const week = weekDays(weekStartOf(localToday(), tag)).map((date) => ({ day: isoWeekday(date), name: formatDate(date, locale, { weekday: 'long' }) }));
  const [memberId, setMemberId] = useState<number | null>(null);
  const versions = useRpcQuery('attendance.schedules', { memberId: memberId ?? 1 }, { enabled: memberId !== null });
  const setSchedule = useRpcMutation('attendance.setSchedule');
  const remove = useRpcMutation('attendance.removeSchedule');
  const [from, setFrom] = useState<string | null>(localToday());
  const [hours, setHours] = useState('40');
  const [days, setDays] = useState(new Set([1, 2, 3, 4, 5]));
  const [start, setStart] = useState('');
  const [tried, setTried] = useState(false);

  const parsed = parseHours(hours, locale, WEEK_MINUTES);
  const hoursError = tried && !parsed.ok ? t(`grid.invalid.${parsed.reason}`) : undefined;
  const startError = tried && start.trim() !== '' && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(start.trim()) ? t('settings.startError') : undefined;
  const fromError = tried && (from === null || !/^\d{4}-\d{2}-\d{2}$/.test(from)) ? t('settings.fromError') : undefined;
  const dayName = (day: number) => week.find((w) => w.day === day)?.name ?? String(day);

  const save = async () => {
    setTried(true);
    if (memberId === null || !parsed.ok || startError || fromError || from === null || !/^\d{4}-\d{2}-\d{2}$/.test(from)) return;
    if (start.trim() !== '' && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(start.trim())) return;
    try {
      await setSchedule.mutateAsync({ memberId, from, weeklyMinutes: parsed.minutes, weekdays: [...days].sort(), startTime: start.trim() === '' ? null : start.trim() });
      notify(t('settings.scheduleSaved', { date: formatDate(from, locale) }), 'success');
      setTried(false);
    } catch (error) {
      notify(failureText(t, error), 'error');
    }
  };

  return (
    <section className="settings-block schedule-settings" aria-labelledby="attendance-schedules-title">
      <h2 id="attendance-schedules-title">{t('settings.schedulesTitle')}</h2>
      <p className="field__hint">{t('settings.schedulesHint')}</p>
      <div className="schedule-settings__layout">
        <MemberChooser label={t('settings.member')} value={memberId} onChange={setMemberId} />
        {memberId !== null && (
          <div className="schedule-settings__member">
            <table className="data-table">
              <caption>{t('settings.versions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('settings.from')}</th>
                  <th scope="col" className="data-table__number">
                    {t('settings.weeklyHours')}
                  </th>
                  <th scope="col">{t('settings.weekdays')}</th>
                  <th scope="col">{t('settings.start')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('settings.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {(versions.data ?? []).length === 0 && (
                  <tr>
                    <td colSpan={5}>{t('settings.noVersions')}</td>
                  </tr>
                )}
                {(versions.data ?? []).map((v) => (
                  <tr key={v.id}>
                    <td>{formatDate(v.from, locale)}</td>
                    <td className="data-table__number">{formatMinutes(v.weeklyMinutes)}</td>
                    <td>{v.weekdays.map(dayName).join(', ')}</td>
                    <td>{v.startTime ?? '—'}</td>
                    <td>
                      <Button
                        variant="ghost"
                        onClick={() =>
                          void remove.mutateAsync({ id: v.id }).then(
                            () => notify(t('settings.versionRemoved'), 'success'),
                            (error: unknown) => notify(failureText(t, error), 'error'),
                          )
                        }
                      >
                        {t('settings.removeVersion', { date: formatDate(v.from, locale) })}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <fieldset className="schedule-form">
              <legend>{t('settings.newVersion')}</legend>
              <DateField label={t('settings.from')} value={from} onChange={setFrom} error={fromError} required />
              <label className={`field field--short${hoursError ? ' field--invalid' : ''}`}>
                <span className="field__label">{t('settings.weeklyHours')}</span>
                <input className="field__control" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} aria-invalid={hoursError ? true : undefined} />
                {hoursError && <span className="field__error">{hoursError}</span>}
              </label>
              <fieldset className="schedule-form__days">
                <legend>{t('settings.weekdays')}</legend>
                {week.map(({ day, name }) => (
                  <label key={day} className="dialog-form__radio">
                    <input
                      type="checkbox"
                      checked={days.has(day)}
                      onChange={(e) => {
                        const next = new Set(days);
                        if (e.target.checked) next.add(day);
                        else next.delete(day);
                        setDays(next);
                      }}
                    />
                    {name}
                  </label>
                ))}
              </fieldset>
              <label className={`field field--short${startError ? ' field--invalid' : ''}`}>
                <span className="field__label">{t('settings.start')}</span>
                <span className="field__hint">{t('settings.startHint')}</span>
                <input className="field__control" value={start} placeholder="08:00" onChange={(e) => setStart(e.target.value)} aria-invalid={startError ? true : undefined} />
                {startError && <span className="field__error">{startError}</span>}
              </label>
              <Button variant="primary" onClick={() => void save()} busy={setSchedule.isPending}>
                {t('settings.saveVersion')}
              </Button>
            </fieldset>
          </div>
        )}
      </div>
    </section>
  );
}
