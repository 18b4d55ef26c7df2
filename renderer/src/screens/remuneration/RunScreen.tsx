/**
 * /pay?period=YYYY-MM: the month's pay. The period's runs (the regular one, adjusting ones, a draft) are
 * listed; the draft is prepared from attendance on request and shown member by member before anyone
 * approves it. No scheme yet, or no attendance in the period, says so and leads to where to fix it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { RunSummary } from '../../../../shared/contract/remuneration';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { failureText } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMoney } from '../../components/use-coop-money';
import { formatDate } from '../../i18n/format';
import { isPeriod, lastMonth, lastWeek, periodName } from './month';
import { PayNav } from './PayNav';
import { PeriodPicker } from './PeriodPicker';
import { RunView } from './RunView';

/** The run to show first: the draft if there is one, else the latest posted. */
const preferred = (runs: RunSummary[]) => runs.find((r) => r.status === 'draft') ?? runs.at(-1) ?? null;

export function RunScreen() {
  const { t, i18n } = useTranslation('remuneration');
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  const [chosen, setChosen] = useState<{ period: string; runId: number | null } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const schemes = useRpcQuery('remuneration.schemes', {});
  const settings = useRpcQuery('remuneration.settings', {});
  // A coop that pays weekly is offered ISO weeks; a period named in the address is kept either way.
  const weekly = settings.data?.frequency === 'weekly';
  const period = isPeriod(asked) ? asked : weekly ? lastWeek() : lastMonth();
  const runs = useRpcQuery('remuneration.runs', { year: Number(period.slice(0, 4)) });
  const draft = useRpcMutation('remuneration.draftRun');
  const ofPeriod = (runs.data ?? []).filter((r) => r.period === period).sort((a, b) => a.id - b.id);
  const runId = chosen?.period === period ? chosen.runId : (preferred(ofPeriod)?.id ?? null);
  const shown = ofPeriod.find((r) => r.id === runId) ?? null;
  const detail = useRpcQuery('remuneration.run', { runId: shown?.id ?? 0 }, { enabled: shown !== null });
  const name = periodName(period, i18n.language);

  const prepare = async () => {
    setRefusal(null);
    try {
      const made = await draft.mutateAsync({ period, adjusting: false });
      setChosen({ period, runId: made.id });
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };
  const show = (id: number | null) => setChosen(id === null ? null : { period, runId: id });
  const pickPeriod = (next: string) => {
    setRefusal(null);
    setParams({ period: next });
  };

  return (
    <section className="pay-screen">
      <PageHeader title={t('payRun.title')} description={t('payRun.description')} />
      <PayNav />
      <QueryState query={schemes}>
        {(versions) =>
          versions.length === 0 ? (
            <EmptyState title={t('payRun.noSchemeTitle')} action={<Link className="button button--primary" to="/pay/schemes?new=1">{t('payRun.createScheme')}</Link>}>
              <p>{t('payRun.noScheme')}</p>
            </EmptyState>
          ) : (
            <>
              <div className="pay-toolbar">
                <PeriodPicker value={period} onChange={pickPeriod} today={localToday()} weekly={weekly} />
                {/* A draft is recomputed from its own actions; a posted period is corrected by an adjusting run. */}
                {!ofPeriod.some((r) => r.status === 'draft') && (
                  <Button variant={ofPeriod.length === 0 ? 'primary' : 'secondary'} onClick={() => void prepare()} busy={draft.isPending}>
                    {t('payRun.prepare', { period: name })}
                  </Button>
                )}
              </div>
              {refusal && (
                <p role="alert" className="form-error-summary">
                  {refusal}
                </p>
              )}
              {ofPeriod.length > 1 && (
                <nav className="pay-run-list" aria-label={t('payRun.ofPeriod', { period: name })}>
                  <ul>
                    {ofPeriod.map((r) => (
                      <li key={r.id}>
                        <Button variant={r.id === runId ? 'primary' : 'ghost'} aria-current={r.id === runId || undefined} onClick={() => setChosen({ period, runId: r.id })}>
                          {t(r.kind === 'adjusting' ? 'payRun.adjustingShort' : 'payRun.regularShort')} · {t(`payRun.status.${r.status}`)}
                          {r.postingDate ? ` · ${formatDate(r.postingDate, i18n.language)}` : ''}
                        </Button>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {shown === null ? (
                <EmptyState title={t('payRun.noneTitle', { period: name })}>
                  <p>{t('payRun.none')}</p>
                </EmptyState>
              ) : (
                <QueryState query={detail}>
                  {(run) =>
                    run.members.length === 0 || run.members.every((m) => m.paidMinutes === 0) ? (
                      <>
                        <EmptyState
                          title={t('payRun.noAttendanceTitle', { period: name })}
                          action={<Link to="/attendance">{t('payRun.toAttendance')}</Link>}
                        >
                          <p>{t('payRun.noAttendance')}</p>
                        </EmptyState>
                        <RunView run={run} policy={settings.data?.ratioPolicy ?? 'block'} money={money} onShow={show} />
                      </>
                    ) : (
                      <RunView run={run} policy={settings.data?.ratioPolicy ?? 'block'} money={money} onShow={show} />
                    )
                  }
                </QueryState>
              )}
            </>
          )
        }
      </QueryState>
    </section>
  );
}
