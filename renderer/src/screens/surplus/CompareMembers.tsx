/** Each member's return, cash and capitalised part under A and B, with B − A, and the totals. */
import { useTranslation } from 'react-i18next';
import type { Simulation } from '../../../../shared/contract/surplus';
import type { MoneyView } from '../../components/use-coop-money';
import { signedDifference } from './difference';

type Share = Simulation['members'][number];
const parts = ['returnMinor', 'cashMinor', 'capitalisedMinor'] as const;
const partLabel = { returnMinor: 'members.return', cashMinor: 'members.cash', capitalisedMinor: 'members.capitalised' } as const;

export function CompareMembers({ a, b, money }: { a: Simulation | null; b: Simulation | null; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const rows = (a ?? b)?.members ?? [];
  const byId = (side: Simulation | null) => new Map((side?.members ?? []).map((m) => [m.memberId, m]));
  const inA = byId(a);
  const inB = byId(b);
  const value = (m: Share | undefined, part: (typeof parts)[number]) => (m ? m[part] : null);
  const total = (side: Simulation | null, part: (typeof parts)[number]) => (side ? side.members.reduce((sum, m) => sum + m[part], 0) : null);
  const cells = (x: number | null, y: number | null) => [
    <td key="a" className="data-table__number">{x === null ? '—' : money.plain(x)}</td>,
    <td key="b" className="data-table__number">{y === null ? '—' : money.plain(y)}</td>,
    <td key="d" className="data-table__number surplus-compare__difference">{signedDifference(x, y, money.plain)}</td>,
  ];
  return (
    // Focusable: on a narrow window the table scrolls sideways, and the keyboard must reach what is hidden.
    <section aria-labelledby="surplus-compare-members" className="surplus-compare__members" tabIndex={0}>
      <h2 id="surplus-compare-members">{t('compare.members')}</h2>
      {/* Ten columns of amounts: the currency is named once, not in every cell. */}
      <p>{t('compare.amountsIn', { currency: money.currency })}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('compare.members')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{t('members.member')}</th>
            {parts.map((part) => (
              <th key={part} scope="colgroup" colSpan={3} className="surplus-compare__group">{t(partLabel[part])}</th>
            ))}
          </tr>
          <tr>
            {parts.map((part) => [
              <th key={`${part}-a`} scope="col" className="data-table__number" aria-label={t('compare.underA', { part: t(partLabel[part]) })}>{t('compare.a')}</th>,
              <th key={`${part}-b`} scope="col" className="data-table__number" aria-label={t('compare.underB', { part: t(partLabel[part]) })}>{t('compare.b')}</th>,
              <th key={`${part}-d`} scope="col" className="data-table__number" aria-label={t('compare.differenceOf', { part: t(partLabel[part]) })}>{t('compare.difference')}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.memberId}>
              <th scope="row">{`${m.memberNumber} · ${m.name}`}</th>
              {parts.flatMap((part) => cells(value(inA.get(m.memberId), part), value(inB.get(m.memberId), part)))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('members.total')}</th>
            {parts.flatMap((part) => cells(total(a, part), total(b, part)))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
