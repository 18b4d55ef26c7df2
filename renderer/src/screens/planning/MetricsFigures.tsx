/** A plan's figures at a glance: how late, how long, where the capacity goes and how fairly work is shared. */
import { useTranslation } from 'react-i18next';
import type { PlanMetricsView } from '../../../../shared/contract/planning';
import { useDuration, usePercent } from './words';

export function MetricsFigures({ metrics, orders }: { metrics: PlanMetricsView; orders: number }) {
  const { t } = useTranslation('planning');
  const duration = useDuration();
  const percent = usePercent();
  const figures: [string, string][] = [
    [t('metrics.lateOrders'), t('metrics.lateOf', { late: metrics.lateOrders, orders })],
    [t('metrics.onTimeRate'), percent(metrics.onTimeRate)],
    [t('metrics.totalTardiness'), duration(metrics.totalTardiness)],
    [t('metrics.maxTardiness'), duration(metrics.maxTardiness)],
    [t('metrics.makespan'), duration(metrics.makespan)],
    [t('metrics.meanFlowTime'), duration(metrics.meanFlowTime)],
    [t('metrics.bottleneck'), metrics.bottleneck ?? t('metrics.none')],
    [t('metrics.fairness'), metrics.fairness === null ? t('metrics.none') : percent(metrics.fairness)],
    [t('metrics.capacityDelay'), duration(metrics.capacityDelay)],
  ];
  return (
    <dl className="planning-figures">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
