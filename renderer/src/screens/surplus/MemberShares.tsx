/**
 * Every member's interest and return, the return split into cash and capitalised; each member's figure
 * opens its computation: the weight, the exact share before rounding, and the cent the largest
 * remainder added.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Simulation } from '../../../../shared/contract/surplus';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import type { MoneyView } from '../../components/use-coop-money';
import { exactAmount, percentText, sumRationals, weightText } from './exact';

type Share = Simulation['members'][number];

export function MemberShares({ simulation, money }: { simulation: Simulation; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const [open, setOpen] = useState<Share | null>(null);
  const sum = (f: (m: Share) => number) => simulation.members.reduce((total, m) => total + f(m), 0);
  // The inputs of each return's formula: the pool the returns split and the total of the weights.
  const pool = simulation.steps.find((step) => step.key === 'returns')?.amountMinor ?? 0;
  const totalWeight = sumRationals(simulation.members.map((m) => m.weight));
  return (
    <section aria-labelledby="surplus-members-title">
      <h2 id="surplus-members-title">{t('members.title')}</h2>
      <table className="data-table">
        <caption className="visually-hidden">{t('members.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.member')}</th>
            <th scope="col" className="data-table__number">{t('members.interest')}</th>
            <th scope="col" className="data-table__number">{t('members.return')}</th>
            <th scope="col" className="data-table__number">{t('members.cash')}</th>
            <th scope="col" className="data-table__number">{t('members.capitalised')}</th>
          </tr>
        </thead>
        <tbody>
          {simulation.members.map((m) => (
            <tr key={m.memberId}>
              <th scope="row">{`${m.memberNumber} · ${m.name}`}</th>
              <td className="data-table__number">{money.format(m.interestMinor)}</td>
              <td className="data-table__number">
                <Button variant="ghost" aria-label={t('members.explain', { name: m.name, amount: money.format(m.returnMinor) })} onClick={() => setOpen(m)}>
                  {money.format(m.returnMinor)}
                </Button>
              </td>
              <td className="data-table__number">{money.format(m.cashMinor)}</td>
              <td className="data-table__number">{money.format(m.capitalisedMinor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('members.total')}</th>
            <td className="data-table__number">{money.format(sum((m) => m.interestMinor))}</td>
            <td className="data-table__number">{money.format(sum((m) => m.returnMinor))}</td>
            <td className="data-table__number">{money.format(sum((m) => m.cashMinor))}</td>
            <td className="data-table__number">{money.format(sum((m) => m.capitalisedMinor))}</td>
          </tr>
        </tfoot>
      </table>
      <Dialog
        open={open !== null}
        onClose={() => setOpen(null)}
        title={open ? t('members.computationTitle', { name: open.name }) : ''}
        footer={<Button onClick={() => setOpen(null)}>{t('members.close')}</Button>}
      >
        {open && (
          <dl className="surplus-figures">
            <div className="surplus-figures__wide">
              <dt>{t('members.formula')}</dt>
              <dd>
                {t('members.formulaText', {
                  pool: money.format(pool),
                  weight: weightText(open.weight, money.locale),
                  total: weightText(totalWeight, money.locale),
                  exact: exactAmount(open.exactReturn, money.minorDigits, money.locale),
                })}
              </dd>
            </div>
            <div><dt>{t('members.weight')}</dt><dd>{weightText(open.weight, money.locale)}</dd></div>
            <div><dt>{t('members.exact')}</dt><dd>{exactAmount(open.exactReturn, money.minorDigits, money.locale)}</dd></div>
            <div><dt>{t('members.remainderCent')}</dt><dd>{open.remainderCent === 0 ? t('members.noCent') : money.format(open.remainderCent)}</dd></div>
            <div><dt>{t('members.return')}</dt><dd>{money.format(open.returnMinor)}</dd></div>
            <div><dt>{t('members.cash')}</dt><dd>{money.format(open.cashMinor)}</dd></div>
            <div className="surplus-figures__wide">
              <dt>{t('members.cashRule')}</dt>
              <dd>{t('members.cashRuleText', { percent: percentText(simulation.policy.returns.cashPercent, money.locale) })}</dd>
            </div>
            <div><dt>{t('members.capitalised')}</dt><dd>{money.format(open.capitalisedMinor)}</dd></div>
          </dl>
        )}
      </Dialog>
    </section>
  );
}
