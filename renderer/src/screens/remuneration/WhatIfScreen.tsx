/**
 * /pay/what-if: before an assembly adopts a scheme, what the last months would have paid under it against
 * what the scheme in force paid, member by member, with the totals, both pay ratios and both distributions.
 * A proposal that breaks the ratio shows the block or the warning here, before anyone adopts it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchemeRulesInput } from '../../../../shared/contract/remuneration';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useToast } from '../../components/Toast';
import { useMoney } from '../../components/use-coop-money';
import { brokenCap } from './pay-format';
import { PayNav } from './PayNav';
import { RatioNote } from './RatioNote';
import { draftOf, rulesOf, type SchemeDraft } from './scheme-draft';
import { SchemeDialog, type SchemeEditing } from './SchemeDialog';
import { SchemeRulesFields } from './SchemeRulesFields';
import { inForce } from './SchemesScreen';
import { WhatIfCharts } from './WhatIfCharts';
import { WhatIfTable } from './WhatIfTable';

const monthChoices = [3, 6, 12] as const;

function Comparison({ proposed, months }: { proposed: SchemeRulesInput; months: number }) {
  const { t } = useTranslation('remuneration');
  const money = useMoney();
  const notify = useToast();
  const result = useRpcQuery('remuneration.whatIf', { proposed, months });
  const schemes = useRpcQuery('remuneration.schemes', {});
  const [adopting, setAdopting] = useState<SchemeEditing | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const answered = result.data !== undefined;
  // The comparison appears below a long form: bring it into view, and the reader's focus to its heading.
  useEffect(() => {
    if (answered) heading.current?.focus();
  }, [answered]);
  return (
    <QueryState query={result}>
      {(r) => {
        const broken = brokenCap(r.proposed);
        const blocked = broken !== null && r.ratioPolicy === 'block';
        return (
          <section className="pay-whatif" aria-labelledby="whatif-result">
            <h2 id="whatif-result" ref={heading} tabIndex={-1}>{t('whatIf.resultTitle', { count: r.periods.length })}</h2>
            {r.members.length === 0 ? (
              <EmptyState title={t('whatIf.noAttendanceTitle')} action={<Link to="/attendance">{t('payRun.toAttendance')}</Link>}>
                <p>{t('whatIf.noAttendance')}</p>
              </EmptyState>
            ) : (
              <>
                <dl className="pay-figures">
                  <div>
                    <dt>{t('whatIf.currentTotal')}</dt>
                    <dd>{money.format(r.totals.currentMinor)}</dd>
                  </div>
                  <div>
                    <dt>{t('whatIf.proposedTotal')}</dt>
                    <dd>{money.format(r.totals.proposedMinor)}</dd>
                  </div>
                  <div>
                    <dt>{t('whatIf.difference')}</dt>
                    <dd>{money.format(r.totals.differenceMinor)}</dd>
                  </div>
                </dl>
                <div className="pay-ratios">
                  <div>
                    <h3>{t('whatIf.currentRatio')}</h3>
                    <RatioNote check={r.current} policy={r.ratioPolicy} />
                  </div>
                  <div>
                    <h3>{t('whatIf.proposedRatio')}</h3>
                    <RatioNote check={r.proposed} policy={r.ratioPolicy} />
                  </div>
                </div>
                <WhatIfCharts result={r} money={money} />
                <WhatIfTable result={r} money={money} />
              </>
            )}
            <div className="pay-actions">
              <Button variant="primary" disabled={blocked} onClick={() => setAdopting({ mode: 'new', from: inForce(schemes.data ?? []), rules: proposed })}>
                {t('whatIf.adopt')}
              </Button>
              {blocked && <p className="field__hint">{t('whatIf.adoptBlocked')}</p>}
            </div>
            <SchemeDialog
              editing={adopting}
              onClose={() => setAdopting(null)}
              onSaved={(saved) => {
                setAdopting(null);
                notify(t('schemes.saved', { name: saved.name, version: saved.version }), 'success');
              }}
            />
          </section>
        );
      }}
    </QueryState>
  );
}

export function WhatIfScreen() {
  const { t } = useTranslation('remuneration');
  const money = useMoney();
  const schemes = useRpcQuery('remuneration.schemes', {});
  const [draft, setDraft] = useState<SchemeDraft | null>(null);
  const [months, setMonths] = useState(6);
  const [tried, setTried] = useState(false);
  const [compared, setCompared] = useState<{ rules: SchemeRulesInput; months: number; attempt: number } | null>(null);
  const current = inForce(schemes.data ?? []) ?? schemes.data?.at(-1) ?? null;
  const shown = draft ?? (current ? draftOf(current.rules, money) : null);
  const outcome = shown ? rulesOf(shown, money) : null;

  const compare = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (outcome && 'rules' in outcome) setCompared({ rules: outcome.rules, months, attempt: (compared?.attempt ?? 0) + 1 });
  };

  return (
    <section className="pay-screen">
      <PageHeader title={t('whatIf.title')} description={t('whatIf.description')} />
      <PayNav />
      <QueryState query={schemes}>
        {() =>
          shown === null ? (
            <EmptyState title={t('payRun.noSchemeTitle')} action={<Link className="button button--primary" to="/pay/schemes?new=1">{t('payRun.createScheme')}</Link>}>
              <p>{t('whatIf.noScheme')}</p>
            </EmptyState>
          ) : (
            <form noValidate onSubmit={compare} className="pay-whatif__form" aria-labelledby="whatif-proposal">
              <h2 id="whatif-proposal">{t('whatIf.proposal', { name: current?.name ?? '' })}</h2>
              <SchemeRulesFields
                draft={shown}
                onChange={(next) => setDraft({ ...shown, ...next })}
                money={money}
                problems={outcome && 'problems' in outcome ? outcome.problems : {}}
                showProblems={tried}
              />
              <div className="pay-toolbar">
                <Select
                  label={t('whatIf.months')}
                  value={String(months)}
                  options={monthChoices.map((n) => ({ value: String(n), label: t('whatIf.lastMonths', { count: n }) }))}
                  onChange={(e) => setMonths(Number(e.target.value))}
                />
                <Button type="submit" variant="primary">
                  {t('whatIf.compare')}
                </Button>
              </div>
            </form>
          )
        }
      </QueryState>
      {compared && <Comparison key={compared.attempt} proposed={compared.rules} months={compared.months} />}
    </section>
  );
}
