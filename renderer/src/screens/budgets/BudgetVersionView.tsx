/**
 * One version of the year's budget: its status and what it rests on, the lines grid, and what can be done
 * with it. A draft is edited here and saved as a whole set of lines; an approved version is final and is
 * changed by a revision (a new draft copying it); every version can be printed for the assembly.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { budgetPrintRoute, type BudgetVersion } from '../../../../shared/contract/budgets';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { failureText } from '../../components/ErrorMessage';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { useMoney } from '../../components/use-coop-money';
import { formatDate, formatMoneyAmount } from '../../i18n/format';
import { ApproveBudgetDialog } from './ApproveBudgetDialog';
import { BudgetGrid } from './BudgetGrid';
import { draftLines, emptyLine, readLines, type LineDraft } from './budget-lines';
import { monthNames } from './fiscal-months';
import { BudgetExportButtons } from './import';
import { SpreadDialog } from './SpreadDialog';
import { versionTone } from './VersionList';

interface Props {
  summary: BudgetVersion;
  onDirty: (dirty: boolean) => void;
  /** Shows another version (null: the year's preferred one). */
  onShow: (id: number | null) => void;
}

export function BudgetVersionView({ summary, onDirty, onShow }: Props) {
  const { t, i18n } = useTranslation('budgets');
  const money = useMoney();
  const version = useRpcQuery('budgets.version', { id: summary.id });
  const accounts = useRpcQuery('budgets.accounts', {});
  const save = useRpcMutation('budgets.saveLines');
  const discard = useRpcMutation('budgets.discardDraft');
  const revise = useRpcMutation('budgets.revise');
  // What is typed, once anything is; until then the saved lines as they arrive.
  const [edited, setLines] = useState<LineDraft[] | null>(null);
  const { locale, minorDigits } = money;
  const saved = useMemo(
    () => (version.data ? draftLines(version.data.lines, (minor) => formatMoneyAmount(minor, { minorDigits }, locale)) : null),
    [version.data, locale, minorDigits],
  );
  const lines = edited ?? saved;
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  const [spreading, setSpreading] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'approve' | 'discard' | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  const draft = summary.status === 'draft';

  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const edit = (next: LineDraft[]) => {
    setLines(next);
    setDirty(true);
    setOutcome(null);
  };
  const accountName = (key: LineDraft['account']) => accounts.data?.find((a) => a.account === key)?.name ?? '';

  const saveLines = async () => {
    if (!lines) return;
    setTried(true);
    const read = readLines(lines, money.locale, money.minorDigits);
    if (!read.ok) {
      setOutcome({ text: t('budget.save.problems'), failed: true });
      return;
    }
    try {
      // A line needs a label; one left blank is named after its account, as the grid shows it.
      const named = read.lines.map((line) => ({ ...line, label: line.label || accountName(line.account) }));
      await save.mutateAsync({ versionId: summary.id, lines: named });
      setDirty(false);
      setTried(false);
      setOutcome({ text: t('budget.save.saved'), failed: false });
    } catch (error) {
      setOutcome({ text: failureText(t, error), failed: true });
    }
  };

  const act = async (run: () => Promise<void>) => {
    setOutcome(null);
    try {
      await run();
    } catch (error) {
      setDialog(null);
      setOutcome({ text: failureText(t, error), failed: true });
    }
  };

  return (
    <article className="budget-version" aria-labelledby="budget-version-title">
      <header className="budget-version__header">
        <div>
          <h2 id="budget-version-title">
            {t('budget.versions.title', { number: summary.number, year: summary.year })}{' '}
            <StatusBadge tone={versionTone[summary.status]}>{t(`budget.status.${summary.status}`)}</StatusBadge>
          </h2>
          <p>
            {summary.resolution
              ? t(summary.status === 'approved' ? 'budget.versions.approvedBy' : 'budget.versions.revisedAfter', {
                  reference: summary.resolution.reference,
                  date: formatDate(summary.resolution.date, i18n.language),
                })
              : t('budget.versions.draftNote')}
          </p>
        </div>
        <div className="budget-actions">
          {draft && (
            <>
              <Button variant="primary" onClick={() => void saveLines()} busy={save.isPending} disabled={!dirty}>
                {t('budget.actions.save')}
              </Button>
              <Button onClick={() => setDialog('approve')} disabled={dirty}>
                {t('budget.actions.approve')}
              </Button>
              <Button variant="danger" onClick={() => setDialog('discard')}>
                {t('budget.actions.discard')}
              </Button>
            </>
          )}
          {summary.status === 'approved' && (
            <Button onClick={() => void act(async () => onShow((await revise.mutateAsync({ versionId: summary.id, note: null })).id))} busy={revise.isPending}>
              {t('budget.actions.revise')}
            </Button>
          )}
          <Link className="button button--secondary" to={budgetPrintRoute(summary.id)}>
            {t('budget.actions.print')}
          </Link>
          <BudgetExportButtons versionId={summary.id} />
        </div>
      </header>
      {outcome && (
        <p role={outcome.failed ? 'alert' : 'status'} className={outcome.failed ? 'form-error-summary' : 'budget-saved'}>
          {outcome.text}
        </p>
      )}
      {draft && dirty && <p className="budget-hint">{t('budget.save.unsavedHint')}</p>}
      <QueryState query={accounts}>
        {(rows) => (
          <QueryState query={version}>
            {(detail) =>
              lines && (
                <>
                  <BudgetGrid
                    lines={lines}
                    accounts={rows}
                    monthNames={monthNames(detail.monthStarts, i18n.language)}
                    money={money}
                    edit={draft ? { onChange: edit, onSpread: setSpreading, showProblems: tried } : null}
                  />
                  {draft && (
                    <Button onClick={() => edit([...lines, emptyLine()])}>{t('budget.actions.addLine')}</Button>
                  )}
                </>
              )
            }
          </QueryState>
        )}
      </QueryState>
      {spreading !== null && lines?.[spreading] && (
        <SpreadDialog
          year={summary.year}
          account={lines[spreading]!.account}
          lineName={lines[spreading]!.label || accountName(lines[spreading]!.account) || t('budget.grid.noAccount')}
          money={money}
          onClose={() => setSpreading(null)}
          onSpread={(months) => {
            edit(lines.map((line, i) => (i === spreading ? { ...line, cells: months.map((m) => (m === 0 ? '' : money.plain(m))) } : line)));
            setSpreading(null);
          }}
        />
      )}
      {dialog === 'approve' && (
        <ApproveBudgetDialog
          versionId={summary.id}
          number={summary.number}
          year={summary.year}
          onClose={() => setDialog(null)}
          onApproved={() => {
            setDialog(null);
            setOutcome({ text: t('budget.approve.done'), failed: false });
          }}
        />
      )}
      <ConfirmDialog
        open={dialog === 'discard'}
        title={t('budget.discard.title', { number: summary.number })}
        confirmLabel={t('budget.discard.confirm')}
        danger
        busy={discard.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          void act(async () => {
            await discard.mutateAsync({ versionId: summary.id });
            setDirty(false);
            setDialog(null);
            onShow(null);
          })
        }
      >
        <p>{t('budget.discard.body')}</p>
      </ConfirmDialog>
    </article>
  );
}
