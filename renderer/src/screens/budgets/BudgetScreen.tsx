/**
 * /budgets?year=Y[&version=id]: the year's budget. Its versions are listed (draft, approved with the
 * resolution, revised); the one shown is the draft if there is one, else the approved one. A draft is
 * typed month by month in the grid; an approved version is read-only and changed only by revising it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BudgetVersion } from '../../../../shared/contract/budgets';
import { useRpcQuery } from '../../api/queries';
import { useCoop } from '../../app/use-coop';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMoney } from '../../components/use-coop-money';
import { BudgetsNav } from './BudgetsNav';
import { BudgetVersionView } from './BudgetVersionView';
import { currentFiscalYear, yearParam } from './fiscal-months';
import { BudgetImportDialog } from './import';
import { NewDraftDialog } from './NewDraftDialog';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';
import { VersionList } from './VersionList';
import { YearPicker } from './YearPicker';

/** The version to show first: the draft being prepared, else the one in force, else the latest. */
const preferred = (versions: readonly BudgetVersion[]) =>
  versions.find((v) => v.status === 'draft') ?? versions.find((v) => v.status === 'approved') ?? versions.at(-1) ?? null;

export function BudgetScreen() {
  const { t } = useTranslation('budgets');
  const money = useMoney();
  const coop = useCoop().data;
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year')) ?? currentFiscalYear(coop?.fiscalYearStart ?? '01-01');
  const versions = useRpcQuery('budgets.versions', { year });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [dirty, setDirty] = useState(false);
  const unsaved = useUnsavedGuard(dirty, { searchToo: true });
  const list = versions.data ?? [];
  const shown = list.find((v) => v.id === Number(params.get('version'))) ?? preferred(list);
  const hasDraft = list.some((v) => v.status === 'draft');

  const go = (next: { year: number; version?: number }) =>
    unsaved.guard(() => {
      setDirty(false);
      setParams(next.version ? { year: String(next.year), version: String(next.version) } : { year: String(next.year) });
    });

  return (
    <section className="budget-screen">
      <PageHeader title={t('budget.title')} description={t('budget.description')} />
      <BudgetsNav />
      <div className="budget-toolbar">
        <YearPicker year={year} onChange={(next) => go({ year: next })} />
        {!hasDraft && versions.data && (
          <Button variant={list.length === 0 ? 'primary' : 'secondary'} onClick={() => setCreating(true)}>
            {t('budget.newDraft.open')}
          </Button>
        )}
        {versions.data && <Button onClick={() => unsaved.guard(() => setImporting(true))}>{t('import.open')}</Button>}
      </div>
      <QueryState query={versions}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('budget.empty.title', { year })}>
              <p>{t('budget.empty.body')}</p>
            </EmptyState>
          ) : (
            <>
              <VersionList versions={rows} shownId={shown?.id ?? null} money={money} onShow={(id) => go({ year, version: id })} />
              {shown && (
                <BudgetVersionView
                  key={shown.id}
                  summary={shown}
                  onDirty={setDirty}
                  onShow={(id) => {
                    setDirty(false);
                    setParams(id === null ? { year: String(year) } : { year: String(year), version: String(id) });
                  }}
                />
              )}
            </>
          )
        }
      </QueryState>
      {creating && (
        <NewDraftDialog
          year={year}
          versions={list}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setParams({ year: String(year), version: String(id) });
          }}
        />
      )}
      <BudgetImportDialog
        open={importing}
        year={year}
        onClose={() => setImporting(false)}
        onImported={(id) => {
          setImporting(false);
          setDirty(false);
          setParams({ year: String(year), version: String(id) });
        }}
      />
      <ConfirmDialog
        open={unsaved.asking}
        title={t('budget.unsaved.title')}
        confirmLabel={t('budget.unsaved.leave')}
        danger
        onConfirm={() => unsaved.proceed(() => setDirty(false))}
        onCancel={unsaved.stay}
      >
        <p>{t('budget.unsaved.body')}</p>
      </ConfirmDialog>
    </section>
  );
}
