/** A scheme version's rules, read-only: its kind, base, categories or indices, and what counts in the ratio. */
import { useTranslation } from 'react-i18next';
import type { SchemeVersion } from '../../../../shared/contract/remuneration';
import type { MoneyView } from '../../components/use-coop-money';
import { factorText } from './factor';
import { uses } from './scheme-draft';

type Frac = { num: number; den: number };

export function SchemeRulesView({ version, money }: { version: SchemeVersion; money: MoneyView }) {
  const { t } = useTranslation('remuneration');
  const rules = version.rules;
  const use = uses[rules.kind];
  const f = (x: Frac) => factorText(x, money.locale);
  const named = (record: Record<string, Frac>) =>
    Object.entries(record)
      .map(([name, x]) => `${name} ${f(x)}`)
      .join(' · ') || '—';
  return (
    <dl className="scheme-rules">
      <div>
        <dt>{t('schemeForm.kind')}</dt>
        <dd>{t(`schemeKind.${rules.kind}`)}</dd>
      </div>
      <div>
        <dt>{t(`schemeForm.base.${rules.kind}`)}</dt>
        <dd>{money.format(rules.baseMinor)}</dd>
      </div>
      <div className="scheme-rules__wide">
        <dt>{t(`schemeForm.categories.${rules.kind}`)}</dt>
        <dd>{named(rules.categories)}</dd>
      </div>
      {use.payments && (
        <div>
          <dt>{t('schemeForm.paymentsPerYear')}</dt>
          <dd>{t('schemeForm.payments', { count: rules.paymentsPerYear })}</dd>
        </div>
      )}
      {use.seniority && (
        <div>
          <dt>{t('schemeForm.seniority')}</dt>
          <dd>{t('scheme.seniority', { percent: f(rules.seniority.percentPerYear), years: rules.seniority.maxYears })}</dd>
        </div>
      )}
      {use.addOns && Object.keys(rules.responsibilityAddOns).length > 0 && (
        <div>
          <dt>{t('schemeForm.addOns')}</dt>
          <dd>{named(rules.responsibilityAddOns)}</dd>
        </div>
      )}
      {use.factors && (
        <div>
          <dt>{t('schemeForm.factors')}</dt>
          <dd>{named(rules.factors)}</dd>
        </div>
      )}
      {use.modifiers && (
        <div>
          <dt>{t('schemeForm.modifiers')}</dt>
          <dd>
            {Object.entries(rules.modifiers)
              .map(([name, m]) => `${name} ${f(m.factor)}${m.inRatio ? '' : ` (${t('scheme.outOfRatio')})`}`)
              .join(' · ') || '—'}
          </dd>
        </div>
      )}
      <div className="scheme-rules__wide">
        <dt>{t('schemeForm.maxRatio')}</dt>
        <dd>
          {rules.maxRatio ? `1:${f(rules.maxRatio)}` : t('scheme.noOwnCap')} ·{' '}
          {t(rules.ratioCountsAddOns ? 'scheme.addOnsCount' : 'scheme.addOnsDoNotCount')} ·{' '}
          {t(rules.ratioCountsCommitment ? 'scheme.commitmentCounts' : 'scheme.commitmentDoesNotCount')}
        </dd>
      </div>
    </dl>
  );
}
