/**
 * The waterfall: each step of the distribution with its legal basis, as a table, and as a Recharts chart
 * where each destination hangs from what was left before it (an invisible bar carries it up), with the
 * same figures in the chart's own table.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { Simulation } from '../../../../shared/contract/surplus';
import { Chart } from '../../components/Chart';
import type { MoneyView } from '../../components/use-coop-money';

type Step = Simulation['steps'][number];

/** A step's name in the reader's language; a fund keeps the name the policy gives it. */
export function useStepName(): (step: Step) => string {
  const { t } = useTranslation('surplus');
  return (step) => (step.key === 'fund' ? step.name : t(`steps.${step.key}`, { defaultValue: step.name }));
}

/** On the projector each step is named by where the money goes: the special reserve by its name in the policy. */
export function useDestinationName(): (step: Step) => string {
  const stepName = useStepName();
  return (step) => (step.key === 'special' ? step.name : stepName(step));
}

export function Waterfall({ simulation, money }: { simulation: Simulation; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const stepName = useStepName();
  let left = simulation.check.resultMinor;
  const bars = [{ name: t('steps.result'), lift: Math.min(0, left), amount: Math.abs(left), shown: left }];
  for (const step of simulation.steps.filter((s) => !s.subtotal)) {
    left -= step.amountMinor;
    bars.push({ name: stepName(step), lift: Math.min(left, left + step.amountMinor), amount: Math.abs(step.amountMinor), shown: step.amountMinor });
  }
  return (
    <section aria-labelledby="surplus-waterfall-title" className="surplus-waterfall">
      <h2 id="surplus-waterfall-title">{t('simulate.waterfall')}</h2>
      <table className="data-table">
        <caption className="visually-hidden">{t('simulate.waterfall')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('simulate.step')}</th>
            <th scope="col" className="data-table__number">{t('simulate.amount')}</th>
            <th scope="col">{t('simulate.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {simulation.steps.map((step, i) => (
            <tr key={i} className={step.subtotal ? 'surplus-subtotal' : undefined}>
              <th scope="row">{stepName(step)}</th>
              <td className="data-table__number">{money.format(step.amountMinor)}</td>
              <td>{step.basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Chart
        title={t('simulate.chartTitle')}
        summary={t('simulate.chartSummary', { result: money.format(simulation.check.resultMinor), count: bars.length - 1 })}
        tableLabel={t('simulate.showFigures')}
        rows={bars}
        rowKey={(row) => row.name}
        columns={[
          { key: 'name', label: t('simulate.step') },
          { key: 'shown', label: t('simulate.amount'), numeric: true, format: (v) => money.format(Number(v)) },
        ]}
        height={260}
      >
        <BarChart data={bars} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
          <YAxis tickFormatter={(v: number) => money.plain(v)} width={110} />
          <Bar dataKey="lift" stackId="w" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="amount" stackId="w" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </Chart>
    </section>
  );
}
