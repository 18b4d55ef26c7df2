/**
 * /planning/shop: the shop's capacity. Work centres with their lanes, calendars, maintenance plans and
 * breakdowns; the partner coops that take work; and the members' skills an operation may need.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import type { WorkcenterView } from '../../../../shared/contract/planning';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { useMoney } from '../../components/use-coop-money';
import { formatDate } from '../../i18n/format';
import { BlockDialog, type BlockEditing } from './BlockDialogs';
import { readList } from './form-parts';
import { PartnerDialog } from './PartnerDialog';
import { PlanningNav } from './PlanningNav';
import { formatAt, timeText } from './time';
import { useDuration, useHours } from './words';
import { WorkcenterDialog } from './WorkcenterDialog';

export function ShopScreen() {
  const { t } = useTranslation('planning');
  return (
    <section className="planning-screen">
      <PageHeader title={t('shop.title')} description={t('shop.description')} />
      <PlanningNav />
      <Workcenters />
      <Partners />
      <Skills />
    </section>
  );
}

function Workcenters() {
  const { t, i18n } = useTranslation('planning');
  const notify = useToast();
  const duration = useDuration();
  const hoursText = useHours();
  const workcenters = useRpcQuery('planning.workcenters', {});
  const removeMaintenance = useRpcMutation('planning.removeMaintenance');
  const [editing, setEditing] = useState<WorkcenterView | 'new' | null>(null);
  const [block, setBlock] = useState<BlockEditing>(null);
  const add = (
    <Button variant="primary" onClick={() => setEditing('new')}>
      {t('shop.new')}
    </Button>
  );
  return (
    <section className="planning-panel" aria-labelledby="planning-wcs">
      <div className="planning-panel__head">
        <h2 id="planning-wcs">{t('shop.workcenters')}</h2>
        {add}
      </div>
      <QueryState query={workcenters}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('shop.emptyTitle')}>
              <p>{t('shop.empty')}</p>
            </EmptyState>
          ) : (
            <div className="planning-table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('shop.workcenters')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('shop.code')}</th>
                    <th scope="col">{t('shop.name')}</th>
                    <th scope="col" className="data-table__number">{t('shop.lanes')}</th>
                    <th scope="col" className="data-table__number">{t('shop.efficiency')}</th>
                    <th scope="col" className="data-table__number">{t('shop.weekly')}</th>
                    <th scope="col">{t('shop.blocks')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('orders.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((wc) => (
                    <tr key={wc.id}>
                      <th scope="row">{wc.code}</th>
                      <td>{wc.name}</td>
                      <td className="data-table__number">{wc.lanes}</td>
                      <td className="data-table__number">{new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(wc.efficiency)}</td>
                      <td className="data-table__number">{hoursText(wc.weeklyMinutes)}</td>
                      <td>
                        <ul className="planning-blocks">
                          {wc.maintenance.map((m) => (
                            <li key={`m${m.id}`}>
                              {m.everyWeeks !== null
                                ? t('maintenance.lineWeeks', { name: m.name, lane: m.lane + 1, n: m.everyWeeks, first: formatDate(m.firstDate, i18n.language), at: timeText(m.startMinute), time: duration(m.durationMinutes) })
                                : t('maintenance.lineHours', { name: m.name, lane: m.lane + 1, n: m.everyRunHours, time: duration(m.durationMinutes) })}{' '}
                              <Button variant="ghost" aria-label={t('maintenance.removeLabel', { name: m.name })} onClick={() => removeMaintenance.mutate({ id: m.id }, { onSuccess: () => notify(t('maintenance.removed', { name: m.name }), 'success') })}>
                                {t('actions.remove')}
                              </Button>
                            </li>
                          ))}
                          {wc.breakdowns.map((b) => (
                            <li key={`b${b.id}`}>{b.to ? t('breakdown.line', { lane: b.lane + 1, from: formatAt(b.from, i18n.language), to: formatAt(b.to, i18n.language) }) : t('breakdown.open', { lane: b.lane + 1, from: formatAt(b.from, i18n.language) })}</li>
                          ))}
                        </ul>
                      </td>
                      <td className="planning-actions">
                        <Button variant="ghost" onClick={() => setEditing(wc)} aria-label={t('shop.editLabel', { code: wc.code })}>
                          {t('actions.edit')}
                        </Button>
                        <Button variant="ghost" onClick={() => setBlock({ kind: 'maintenance', wc })} aria-label={t('maintenance.addLabel', { code: wc.code })}>
                          {t('maintenance.add')}
                        </Button>
                        <Button variant="ghost" onClick={() => setBlock({ kind: 'breakdown', wc })} aria-label={t('breakdown.addLabel', { code: wc.code })}>
                          {t('breakdown.add')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      <ErrorMessage error={removeMaintenance.error} />
      <WorkcenterDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(code) => {
          setEditing(null);
          notify(t('shop.saved', { code }), 'success');
        }}
      />
      <BlockDialog
        editing={block}
        onClose={() => setBlock(null)}
        onSaved={(kind, name) => {
          setBlock(null);
          notify(t(kind === 'maintenance' ? 'maintenance.saved' : 'breakdown.saved', { name }), 'success');
        }}
      />
    </section>
  );
}

type Partner = Output<'planning.partners'>[number];

function Partners() {
  const { t } = useTranslation('planning');
  const notify = useToast();
  const money = useMoney();
  const partners = useRpcQuery('planning.partners', {});
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  return (
    <section className="planning-panel" aria-labelledby="planning-partners">
      <div className="planning-panel__head">
        <h2 id="planning-partners">{t('partners.title')}</h2>
        <Button onClick={() => setEditing('new')}>{t('partners.new')}</Button>
      </div>
      <QueryState query={partners}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="planning-hint">{t('partners.empty')}</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t('partners.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('partners.name')}</th>
                  <th scope="col">{t('partners.takes')}</th>
                  <th scope="col" className="data-table__number">{t('partners.capacity')}</th>
                  <th scope="col" className="data-table__number">{t('partners.lead')}</th>
                  <th scope="col" className="data-table__number">{t('partners.price')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('orders.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    <td>{p.takes.join(', ')}</td>
                    <td className="data-table__number">{p.capacityPerWeek ?? '—'}</td>
                    <td className="data-table__number">{p.leadTimeDays}</td>
                    <td className="data-table__number">{money.format(p.priceMinor)}</td>
                    <td>
                      <Button variant="ghost" onClick={() => setEditing(p)} aria-label={t('partners.editLabel', { name: p.name })}>
                        {t('actions.edit')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <PartnerDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          notify(t('partners.saved', { name }), 'success');
        }}
      />
    </section>
  );
}

const SKILL_ROWS = 100;

function Skills() {
  const { t } = useTranslation('planning');
  const skills = useRpcQuery('planning.skills', {});
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  return (
    <section className="planning-panel" aria-labelledby="planning-skills">
      <h2 id="planning-skills">{t('skills.title')}</h2>
      <p className="planning-hint">{t('skills.description')}</p>
      <QueryState query={skills}>
        {(rows) => {
          const shown = rows.filter((m) => !needle || `${m.memberNumber} ${m.name} ${m.skills.join(' ')}`.toLowerCase().includes(needle));
          return rows.length === 0 ? (
            <p className="planning-hint">{t('skills.empty')}</p>
          ) : (
            <>
              <Field label={t('skills.search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
              {shown.length > SKILL_ROWS && <p className="planning-hint">{t('orders.firstOf', { shown: SKILL_ROWS, count: shown.length })}</p>}
              <ul className="planning-skills">
                {shown.slice(0, SKILL_ROWS).map((m) => (
                  <SkillRow key={m.memberId} member={m} />
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function SkillRow({ member }: { member: Output<'planning.skills'>[number] }) {
  const { t } = useTranslation('planning');
  const notify = useToast();
  const save = useRpcMutation('planning.setSkills');
  const [text, setText] = useState(member.skills.join(', '));
  const changed = text !== member.skills.join(', ');
  return (
    <li className="planning-skills__row">
      <Field label={t('skills.of', { name: member.name, number: member.memberNumber })} value={text} onChange={(e) => setText(e.target.value)} />
      <Button
        disabled={!changed}
        busy={save.isPending}
        aria-label={t('skills.saveLabel', { name: member.name })}
        onClick={() => save.mutate({ memberId: member.memberId, skills: readList(text) }, { onSuccess: () => notify(t('skills.saved', { name: member.name }), 'success') })}
      >
        {t('actions.save')}
      </Button>
      <ErrorMessage error={save.error} />
    </li>
  );
}
