/**
 * Which kinds of day are paid (pay runs read it) and which count as work for surplus returns, and how many
 * minutes after the usual start time still count as on time. A change applies to runs made after it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceSettings } from '../../../../shared/contract/attendance';
import { attendanceKinds, type AttendanceKind } from '../../../../shared/domain/attendance';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';

export function KindSettings() {
  const settings = useRpcQuery('attendance.settings', {});
  return <QueryState query={settings}>{(saved) => <KindSettingsForm key={JSON.stringify(saved)} saved={saved} />}</QueryState>;
}

function KindSettingsForm({ saved }: { saved: AttendanceSettings }) {
  const { t } = useTranslation('attendance');
  const notify = useToast();
  const update = useRpcMutation('attendance.updateSettings');
  const [paid, setPaid] = useState(new Set(saved.paidKinds));
  const [work, setWork] = useState(new Set(saved.workKinds));
  const [tolerance, setTolerance] = useState(String(saved.lateToleranceMinutes));
  const toleranceOk = /^\d{1,3}$/.test(tolerance.trim()) && Number(tolerance) <= 240;

  const toggle = (set: Set<AttendanceKind>, kind: AttendanceKind, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(kind);
    else next.delete(kind);
    return next;
  };

  const save = async () => {
    if (!toleranceOk) return;
    try {
      await update.mutateAsync({
        paidKinds: attendanceKinds.filter((k) => paid.has(k)),
        workKinds: attendanceKinds.filter((k) => work.has(k)),
        lateToleranceMinutes: Number(tolerance),
      });
      notify(t('settings.saved'), 'success');
    } catch (error) {
      notify(failureText(t, error), 'error');
    }
  };

  return (
    <section className="settings-block" aria-labelledby="attendance-kinds-title">
      <h2 id="attendance-kinds-title">{t('settings.kindsTitle')}</h2>
      <p className="field__hint">{t('settings.kindsHint')}</p>
      <table className="data-table kind-settings">
        <caption className="visually-hidden">{t('settings.kindsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.kind')}</th>
            <th scope="col">{t('settings.paid')}</th>
            <th scope="col">{t('settings.countsAsWork')}</th>
          </tr>
        </thead>
        <tbody>
          {attendanceKinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`kinds.${kind}`)}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('settings.paidOf', { kind: t(`kinds.${kind}`) })}
                  checked={paid.has(kind)}
                  onChange={(e) => setPaid(toggle(paid, kind, e.target.checked))}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('settings.workOf', { kind: t(`kinds.${kind}`) })}
                  checked={work.has(kind)}
                  onChange={(e) => setWork(toggle(work, kind, e.target.checked))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className={`field field--short${toleranceOk ? '' : ' field--invalid'}`}>
        <span className="field__label">{t('settings.tolerance')}</span>
        <span className="field__hint">{t('settings.toleranceHint')}</span>
        <input className="field__control" inputMode="numeric" value={tolerance} onChange={(e) => setTolerance(e.target.value)} aria-invalid={toleranceOk ? undefined : true} />
        {!toleranceOk && <span className="field__error">{t('settings.toleranceError')}</span>}
      </label>
      <Button variant="primary" onClick={() => void save()} busy={update.isPending}>
        {t('settings.save')}
      </Button>
    </section>
  );
}
