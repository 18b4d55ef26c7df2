/** The printed capitalisation plan's body, in the coop's language (the print page passes its fixed `t`). */
import type { TFunction } from 'i18next';
import type { Output } from '../../../../../shared/contract';
import { formatDate } from '../../../i18n/format';
import { ScheduleTable } from './LoanSchedule';
import type { PlanDetail } from './plan-draft';
import { AssumptionList, ProjectionTable, type Projection } from './ProjectionTable';
import { percentWords, rateWords } from './plan-words';

type Coop = NonNullable<Output<'coop.get'>>;
type Financing = PlanDetail['financing'][number];
interface PrintMoney {
  locale: string;
  format: (minor: number) => string;
  plain: (minor: number) => string;
}

export function PlanPrint({ coop, plan, projection, t, money }: { coop: Coop; plan: PlanDetail; projection: Projection; t: TFunction<'budgets'>; money: PrintMoney }) {
  const date = (iso: string) => formatDate(iso, money.locale);
  const investment = plan.investments.reduce((s, i) => s + i.costMinor, 0);
  const financed = plan.financing.reduce((s, f) => s + (f.kind === 'loan' ? f.principalMinor : f.amountMinor), 0);
  const identity = [
    coop.taxId ? `${t(`print.coopTaxId.${coop.framework}`, { ns: 'members' })} ${coop.taxId}` : null,
    coop.registrationNumber ? `${t(`print.coopRegistration.${coop.framework}`, { ns: 'members' })} ${coop.registrationNumber}` : null,
    coop.address,
  ].filter((part): part is string => !!part);
  const scheduleFor = (f: Financing) => plan.schedules.find((s) => s.financingId === f.id);

  return (
    <article className="plans-print__document">
      <header className="plans-print__head">
        <p className="plans-print__coop">{coop.name}</p>
        {identity.map((part) => (
          <p key={part}>{part}</p>
        ))}
        <h2>{t('plans.print.heading', { name: plan.name })}</h2>
        <p>
          {t('plans.list.span', { from: plan.fromYear, to: plan.fromYear + plan.years - 1 })}. {t('plans.print.currency', { currency: coop.currency })}
        </p>
        {plan.note && <p>{plan.note}</p>}
      </header>

      <section>
        <h3>{t('plans.investments.heading')}</h3>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('plans.investments.name')}</th>
              <th scope="col">{t('plans.investments.date')}</th>
              <th scope="col" className="data-table__number">{t('plans.investments.cost')}</th>
              <th scope="col" className="data-table__number">{t('plans.investments.usefulLife')}</th>
              <th scope="col" className="data-table__number">{t('plans.investments.capacity')}</th>
              <th scope="col" className="data-table__number">{t('plans.investments.savings')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.investments.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  {i.name}
                  {i.note && <span className="plans-print__note">{i.note}</span>}
                </th>
                <td>{date(i.date)}</td>
                <td className="data-table__number">{money.plain(i.costMinor)}</td>
                <td className="data-table__number">{i.usefulLifeYears}</td>
                <td className="data-table__number">{i.capacityMinutesPerYear == null ? '—' : new Intl.NumberFormat(money.locale).format(i.capacityMinutesPerYear / 60)}</td>
                <td className="data-table__number">{i.savingsMinorPerYear == null ? '—' : money.plain(i.savingsMinorPerYear)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{t('plans.print.total')}</th>
              <td className="data-table__number">{money.plain(investment)}</td>
              <td colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </section>

      <section>
        <h3>{t('plans.financing.heading')}</h3>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('plans.print.source')}</th>
              <th scope="col">{t('plans.print.terms')}</th>
              <th scope="col" className="data-table__number">{t('plans.financing.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.financing.map((f) => (
              <tr key={f.id}>
                <th scope="row">{t(`plans.financing.kinds.${f.kind}`)}</th>
                <td>{termsOf(f, t, money, date)}</td>
                <td className="data-table__number">{money.plain(f.kind === 'loan' ? f.principalMinor : f.amountMinor)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{t('plans.print.total')}</th>
              <td className="data-table__number">{money.plain(financed)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      {plan.financing.map((f) => {
        const schedule = f.kind === 'loan' ? scheduleFor(f) : undefined;
        return schedule && f.kind === 'loan' ? (
          <section key={f.id} className="plans-print__schedule">
            <h3>{t('plans.schedule.caption', { lender: f.lender })}</h3>
            <ScheduleTable caption={termsOf(f, t, money, date)} instalments={schedule.instalments} money={money} t={t} />
          </section>
        ) : null;
      })}

      <section className="plans-print__projection">
        <h3>{t('plans.projection.heading')}</h3>
        <ProjectionTable projection={projection} money={money} t={t} caption={t('plans.projection.tableCaption', { currency: coop.currency })} />
        <h4>{t('plans.projection.assumptions')}</h4>
        <AssumptionList projection={projection} money={money} t={t} />
        {plan.scenarios.length > 0 && (
          <>
            <h4>{t('plans.print.scenarios')}</h4>
            <ul>
              {projection.scenarios
                .filter((s) => s.scenarioId !== null)
                .map((s) => {
                  const scenario = plan.scenarios.find((x) => x.id === s.scenarioId);
                  return (
                    <li key={s.scenarioId}>
                      {s.name}: {scenario ? t('plans.scenarios.revenueChange', { percent: percentWords(scenario.revenueChangePercent, money.locale) }) : ''}
                      {scenario?.financing ? ` · ${t('plans.scenarios.ownFinancing')}` : ''}
                    </li>
                  );
                })}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}

function termsOf(f: Financing, t: TFunction<'budgets'>, money: PrintMoney, date: (iso: string) => string): string {
  switch (f.kind) {
    case 'capital':
      return t('plans.print.capitalTerms', { date: date(f.date), count: f.instalments });
    case 'retained':
      return t('plans.print.retainedTerms', { source: t(`plans.financing.sources.${f.source}`), year: f.year });
    case 'loan':
      return t('plans.print.loanTerms', {
        lender: f.lender,
        rate: rateWords(f.annualRate, money.locale),
        count: f.periods,
        frequency: t(`plans.financing.frequencies.${f.frequency}`),
        method: t(`plans.financing.methods.${f.method}`),
        date: date(f.firstDate),
      });
    case 'grant':
      return t('plans.print.grantTerms', { name: f.name, date: date(f.date), conditions: f.conditions ?? '—' });
  }
}
