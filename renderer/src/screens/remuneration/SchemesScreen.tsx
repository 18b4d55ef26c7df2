/**
 * /pay/schemes: the scheme in force and its history. Each version has its effective date, its rules and
 * the pay ratio it gives the members assigned today; a new version is written from the current one, and a
 * version a posted run used is final (a change is a new version, so no past run is rewritten).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SchemeVersion } from '../../../../shared/contract/remuneration';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { useMoney } from '../../components/use-coop-money';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../i18n/format';
import { ratioFigure } from './pay-format';
import { PayNav } from './PayNav';
import { PaySettingsDialog } from './PaySettingsDialog';
import { RatioNote } from './RatioNote';
import { SchemeDialog, type SchemeEditing } from './SchemeDialog';
import { SchemeRulesView } from './SchemeRulesView';

/** The version in force today: the latest whose effective date has come (versions arrive oldest first). */
export function inForce(versions: readonly SchemeVersion[], today = localToday()): SchemeVersion | null {
  return versions.filter((v) => v.effectiveFrom <= today).at(-1) ?? null;
}

export function SchemesScreen() {
  const { t, i18n } = useTranslation('remuneration');
  const money = useMoney();
  const notify = useToast();
  const [params, setParams] = useSearchParams();
  const schemes = useRpcQuery('remuneration.schemes', {});
  const settings = useRpcQuery('remuneration.settings', {});
  const [editing, setEditing] = useState<SchemeEditing | null>(params.get('new') === '1' ? { mode: 'new', from: null } : null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const policy = settings.data?.ratioPolicy ?? 'block';
  const current = inForce(schemes.data ?? []);
  const latest = schemes.data?.at(-1) ?? null;
  const newVersion = (
    <Button variant="primary" onClick={() => setEditing({ mode: 'new', from: latest })}>
      {latest ? t('schemes.newVersion') : t('schemes.create')}
    </Button>
  );
  const close = () => {
    setEditing(null);
    if (params.has('new')) setParams({});
  };

  return (
    <section className="pay-screen">
      <PageHeader
        title={t('schemes.title')}
        description={t('schemes.description')}
        actions={
          <>
            <Button onClick={() => setSettingsOpen(true)}>{t('settings.open')}</Button>
            {newVersion}
          </>
        }
      />
      <PayNav />
      <QueryState query={schemes}>
        {(versions) => {
          if (versions.length === 0) {
            return (
              <EmptyState title={t('schemes.emptyTitle')} action={newVersion}>
                <p>{t('schemes.empty')}</p>
              </EmptyState>
            );
          }
          const shown = versions.find((v) => v.id === viewing) ?? current ?? versions.at(-1)!;
          return (
            <>
              <section className="scheme-card" aria-labelledby="scheme-shown">
                <h2 id="scheme-shown">
                  {shown.id === current?.id ? t('schemes.current') : t('schemes.version', { version: shown.version })}: {shown.name}
                </h2>
                <p>
                  {t('schemes.effective', { date: formatDate(shown.effectiveFrom, i18n.language), version: shown.version })}
                  {shown.resolutionReference && ` · ${t('schemes.adoptedBy', { reference: shown.resolutionReference })}`}
                  {shown.usedByPostedRun && ` · ${t('schemes.final')}`}
                </p>
                {shown.note && <p>{shown.note}</p>}
                <SchemeRulesView version={shown} money={money} />
                <RatioNote check={shown.ratio} policy={policy} />
                <div className="pay-actions">
                  {!shown.usedByPostedRun && <Button onClick={() => setEditing({ mode: 'edit', version: shown })}>{t('schemes.edit')}</Button>}
                  <Button onClick={() => setEditing({ mode: 'new', from: shown })}>{t('schemes.copy')}</Button>
                </div>
              </section>
              <table className="data-table">
                <caption>{t('schemes.history')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('schemes.versionColumn')}</th>
                    <th scope="col">{t('schemeForm.name')}</th>
                    <th scope="col">{t('schemeForm.effectiveFrom')}</th>
                    <th scope="col">{t('schemeForm.kind')}</th>
                    <th scope="col" className="data-table__number">
                      {t('schemes.baseColumn')}
                    </th>
                    <th scope="col">{t('schemes.ratioColumn')}</th>
                    <th scope="col">{t('schemes.resolutionColumn')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('schemes.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...versions].reverse().map((v) => (
                    <tr key={v.id} aria-current={v.id === shown.id || undefined}>
                      <td>{v.version}</td>
                      <th scope="row">
                        {v.name}
                        {v.id === current?.id && <StatusBadge tone="final"> {t('schemes.inForce')}</StatusBadge>}
                      </th>
                      <td>{formatDate(v.effectiveFrom, i18n.language)}</td>
                      <td>{t(`schemeKind.${v.rules.kind}`)}</td>
                      <td className="data-table__number">{money.format(v.rules.baseMinor)}</td>
                      <td>
                        {ratioFigure(v.ratio.ratio, i18n.language)}
                        {(!v.ratio.holdsStatute || !v.ratio.holdsScheme) && ` · ${t('schemes.breaks')}`}
                      </td>
                      <td>{v.resolutionReference ?? '—'}</td>
                      <td>
                        <Button variant="ghost" onClick={() => setViewing(v.id)} aria-label={t('schemes.viewLabel', { version: v.version })}>
                          {t('schemes.view')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </QueryState>
      <SchemeDialog
        editing={editing}
        onClose={close}
        onSaved={(saved) => {
          close();
          setViewing(saved.id);
          notify(t('schemes.saved', { name: saved.name, version: saved.version }), 'success');
        }}
      />
      <PaySettingsDialog
        settings={settings.data}
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        onSaved={() => {
          setSettingsOpen(false);
          notify(t('settings.saved'), 'success');
        }}
      />
    </section>
  );
}
