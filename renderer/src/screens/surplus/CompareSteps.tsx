/** The two waterfalls step by step in one table: each step under A and under B, and B − A. */
import { useTranslation } from 'react-i18next';
import type { Simulation } from '../../../../shared/contract/surplus';
import type { MoneyView } from '../../components/use-coop-money';
import { signedDifference } from './difference';
import { useStepName } from './Waterfall';

export function CompareSteps({ a, b, money }: { a: Simulation | null; b: Simulation | null; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const stepName = useStepName();
  // The policy fields change percentages, never the steps: the two waterfalls have the same steps in the same order.
  const steps = (a ?? b)?.steps ?? [];
  const amount = (side: Simulation | null, i: number) => side?.steps[i]?.amountMinor ?? null;
  const cell = (minor: number | null) => (minor === null ? '—' : money.format(minor));
  return (
    <table className="data-table surplus-compare__steps">
      <caption>{t('compare.steps')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('simulate.step')}</th>
          <th scope="col" className="data-table__number">{t('compare.a')}</th>
          <th scope="col" className="data-table__number">{t('compare.b')}</th>
          <th scope="col" className="data-table__number">{t('compare.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step, i) => (
          <tr key={i} className={step.subtotal ? 'surplus-subtotal' : undefined}>
            <th scope="row">{stepName(step)}</th>
            <td className="data-table__number">{cell(amount(a, i))}</td>
            <td className="data-table__number">{cell(amount(b, i))}</td>
            <td className="data-table__number">{signedDifference(amount(a, i), amount(b, i), money.format)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
