/** The live line under the financing: whether the sources add up to the investments, and by how much they do not. */
import { useTranslation } from 'react-i18next';
import type { MoneyView } from '../../../components/use-coop-money';

export function FinancingBalance({ investmentMinor, financedMinor, money }: { investmentMinor: number; financedMinor: number; money: MoneyView }) {
  const { t } = useTranslation('budgets');
  const gap = financedMinor - investmentMinor;
  const state = gap === 0 ? 'even' : gap < 0 ? 'short' : 'over';
  return (
    <p role="status" className={`plans-balance plans-balance--${state}`}>
      <span className="plans-balance__totals">{t('plans.balance.totals', { investment: money.format(investmentMinor), financed: money.format(financedMinor) })}</span>{' '}
      <strong>{t(`plans.balance.${state}`, { amount: money.format(Math.abs(gap)) })}</strong>
    </p>
  );
}
