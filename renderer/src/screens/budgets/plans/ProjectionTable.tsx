/**
 * The years ahead of the plan and its scenarios side by side: for each figure the council watches, one row
 * per scenario and one column per year, so a scenario is read against the plan on the same line. Shared by
 * the editor and the printed plan.
 */
import type { TFunction } from 'i18next';
import type { Output } from '../../../../../shared/contract';
import type { MoneyView } from '../../../components/use-coop-money';

export type Projection = Output<'budgets.projection'>;
type Year = Projection['scenarios'][number]['years'][number];

export const moneyFigures = ['membersCapitalMinor', 'reservesMinor', 'debtOutstandingMinor', 'debtServiceMinor', 'expectedSurplusMinor', 'assetsMinor'] as const;
export const ratioFigures = ['equityToAssets', 'debtServiceToSurplus'] as const;

/** A ratio as a percentage with one decimal, or a dash where it means nothing (no assets, no surplus). */
export function ratioText(ratio: Year['equityToAssets'], locale: string): string {
  return ratio.value === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio.value);
}

export const scenarioName = (t: TFunction<'budgets'>, s: Projection['scenarios'][number]) => (s.scenarioId === null ? t('plans.projection.basePlan') : s.name);

export function ProjectionTable({ projection, money, t, caption }: { projection: Projection; money: Pick<MoneyView, 'plain' | 'locale'>; t: TFunction<'budgets'>; caption: string }) {
  const years = projection.scenarios[0]?.years.map((y) => y.year) ?? [];
  const figures = [...moneyFigures, ...ratioFigures];
  const cell = (year: Year | undefined, figure: (typeof figures)[number]) => {
    if (!year) return '';
    return figure === 'equityToAssets' || figure === 'debtServiceToSurplus' ? ratioText(year[figure], money.locale) : money.plain(year[figure]);
  };
  return (
    <div className="plans-projection__scroll">
      <table className="data-table plans-projection__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.projection.figure')}</th>
            <th scope="col">{t('plans.projection.scenario')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="data-table__number">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        {figures.map((figure) => (
          <tbody key={figure} className="plans-projection__group">
            {projection.scenarios.map((s, i) => (
              <tr key={`${figure}-${s.scenarioId ?? 'base'}`}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={projection.scenarios.length}>
                    {t(`plans.projection.figures.${figure}`)}
                  </th>
                )}
                <th scope="row">{scenarioName(t, s)}</th>
                {years.map((y) => (
                  <td key={y} className="data-table__number">
                    {cell(s.years.find((row) => row.year === y), figure)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The assumptions the projection rests on, in words, amounts in the coop's currency. */
export function AssumptionList({ projection, money, t }: { projection: Projection; money: Pick<MoneyView, 'format'>; t: TFunction<'budgets'> }) {
  return (
    <ul className="plans-assumptions">
      {projection.assumptions.map((a, i) => {
        const params = Object.fromEntries(Object.entries(a.params).map(([k, v]) => [k, typeof v === 'number' && k.endsWith('Minor') ? money.format(v) : v]));
        return <li key={`${a.key}-${i}`}>{t(a.key, params)}</li>;
      })}
    </ul>
  );
}
