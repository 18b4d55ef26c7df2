/**
 * One run of the period: its figures, the ratio, what the approver should know, every member's lines, and
 * what may be done with it. A draft may be recomputed, discarded or approved (which posts it); a posted run
 * is read-only: its payslips print, its bank file is saved, and a correction is an adjusting run.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { payslipsRoute, type RatioPolicy, type RunDetail } from '../../../../shared/contract/remuneration';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { failureText, isCancelled } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import type { MoneyView } from '../../components/use-coop-money';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, formatNumber } from '../../i18n/format';
import { ApproveDialog } from './ApproveDialog';
import { periodName } from './month';
import { lineText } from './pay-format';
import { RatioNote } from './RatioNote';
import { RunTable } from './RunTable';

interface Props {
  run: RunDetail;
  policy: RatioPolicy;
  money: MoneyView;
  /** A draft was recomputed, approved or an adjusting run made: show that one. */
  onShow: (runId: number | null) => void;
}

export function RunView({ run, policy, money, onShow }: Props) {
  const { t, i18n } = useTranslation('remuneration');
  const locale = i18n.language;
  const notify = useToast();
  const draft = useRpcMutation('remuneration.draftRun');
  const discard = useRpcMutation('remuneration.discardDraft');
  const bankFile = useRpcMutation('remuneration.exportBankFile');
  const [asking, setAsking] = useState<'approve' | 'discard' | 'adjust' | null>(null);
  const period = periodName(run.period, locale);
  const posted = run.status === 'posted';

  const act = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      if (!isCancelled(error)) notify(failureText(t, error), 'error');
    } finally {
      setAsking(null);
    }
  };
  const recompute = () => act(async () => onShow((await draft.mutateAsync({ period: run.period, adjusting: run.kind === 'adjusting' })).id));
  const adjust = () => act(async () => onShow((await draft.mutateAsync({ period: run.period, adjusting: true })).id));
  const remove = () =>
    act(async () => {
      await discard.mutateAsync({ runId: run.id });
      notify(t('payRun.discarded', { period }), 'success');
      onShow(null);
    });
  const saveBankFile = () =>
    act(async () => {
      const { path, rows } = await bankFile.mutateAsync({ runId: run.id });
      notify(t('payRun.bankFileSaved', { count: rows, rows: formatNumber(rows, locale), path }), 'success');
    });

  return (
    <section className="pay-run" aria-labelledby={`run-${run.id}`}>
      <header className="pay-run__header">
        <h2 id={`run-${run.id}`}>
          {t(run.kind === 'adjusting' ? 'payRun.adjustingTitle' : 'payRun.regularTitle', { period })}{' '}
          <StatusBadge tone={run.status === 'posted' ? 'final' : 'open'} className="pay-run__status">
            {t(`payRun.status.${run.status}`)}
          </StatusBadge>
        </h2>
        <p>
          {t('payRun.scheme', { name: run.schemeName, version: run.schemeVersion })}
          {posted && run.postingDate && ` · ${t('payRun.postedOn', { date: formatDate(run.postingDate, locale), entry: run.journalEntryNumber ?? '—' })}`}
          {run.resolutionReference && ` · ${t('payRun.resolution', { reference: run.resolutionReference })}`}
        </p>
      </header>
      <dl className="pay-figures">
        <div>
          <dt>{t('payRun.members')}</dt>
          <dd>{formatNumber(run.memberCount, locale)}</dd>
        </div>
        <div>
          <dt>{t('payRun.gross')}</dt>
          <dd>{money.format(run.grossMinor)}</dd>
        </div>
        <div>
          <dt>{t('payRun.deductions')}</dt>
          <dd>{money.format(run.deductionsMinor)}</dd>
        </div>
        <div>
          <dt>{t('payRun.net')}</dt>
          <dd>{money.format(run.netMinor)}</dd>
        </div>
      </dl>
      <RatioNote check={run.ratio} policy={policy} />
      {run.warnings.length > 0 && (
        <ul className="pay-warnings" aria-label={t('payRun.warnings')}>
          {run.warnings.map((w, i) => (
            <li key={i}>{lineText(t, w, money.minorDigits, locale)}</li>
          ))}
        </ul>
      )}
      <div className="pay-actions">
        {posted ? (
          <>
            <p className="pay-locked">{t('payRun.locked')}</p>
            <Link className="button button--primary" to={payslipsRoute(run.id)}>
              {t('payRun.payslips')}
            </Link>
            <Button onClick={() => void saveBankFile()} busy={bankFile.isPending}>
              {t('payRun.bankFile')}
            </Button>
            <Button onClick={() => setAsking('adjust')}>{t('payRun.adjust')}</Button>
          </>
        ) : (
          <>
            <Button variant="primary" onClick={() => setAsking('approve')}>
              {t('payRun.approve')}
            </Button>
            <Button onClick={() => void recompute()} busy={draft.isPending}>
              {t('payRun.recompute')}
            </Button>
            <Button variant="danger" onClick={() => setAsking('discard')}>
              {t('payRun.discard')}
            </Button>
          </>
        )}
      </div>
      <RunTable run={run} money={money} />
      {asking === 'approve' && (
        <ApproveDialog
          run={run}
          policy={policy}
          money={money}
          onClose={() => setAsking(null)}
          onApproved={(approved) => {
            setAsking(null);
            notify(t('payRun.approved', { period, count: approved.memberCount }), 'success');
            onShow(approved.id);
          }}
        />
      )}
      <ConfirmDialog
        open={asking === 'discard'}
        title={t('payRun.discardTitle', { period })}
        confirmLabel={t('payRun.discard')}
        danger
        busy={discard.isPending}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(null)}
      >
        <p>{t('payRun.discardText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'adjust'}
        title={t('payRun.adjustTitle', { period })}
        confirmLabel={t('payRun.adjustConfirm')}
        busy={draft.isPending}
        onConfirm={() => void adjust()}
        onCancel={() => setAsking(null)}
      >
        <p>{t('payRun.adjustText')}</p>
      </ConfirmDialog>
    </section>
  );
}
