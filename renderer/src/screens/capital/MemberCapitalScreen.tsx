/**
 * /capital/members/:id: a member's capital account — subscriptions with their instalments, and the
 * actions a treasurer takes at the desk: subscribe, pay, transfer, request the refund; then the statement.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Member } from '../../../../shared/contract/members';
import type { Subscription } from '../../../../shared/contract/capital';
import { dateHorizon } from '../../../../shared/contract/common';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { CapitalNav } from './CapitalNav';
import { MemberStatement } from './MemberStatement';
import { PayDialog } from './PayDialog';
import { RefundDialog } from './RefundDialog';
import { SubscribeDialog } from './SubscribeDialog';
import { SubscriptionsTable } from './SubscriptionsTable';
import { TransferDialog } from './TransferDialog';
import { useMoney } from '../../components/use-coop-money';

type Open = 'subscribe' | 'transfer' | 'refund' | null;

const figureKeys = ['subscribedMinor', 'paidMinor', 'pendingMinor', 'balanceMinor'] as const;

function Account({ member }: { member: Member }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const notify = useToast();
  const subscriptions = useRpcQuery('capital.subscriptions', { memberId: member.id });
  const [open, setOpen] = useState<Open>(null);
  const [paying, setPaying] = useState<Subscription | null>(null);
  // The position today over the member's whole history: what the figures show and what may be transferred or refunded.
  const position = useRpcQuery('capital.statement', { memberId: member.id, from: dateHorizon.first, to: localToday() });
  const closing = position.data?.closing;
  const held = closing?.balanceMinor ?? 0;
  const done = (message: string) => {
    setOpen(null);
    setPaying(null);
    notify(message, 'success');
  };

  return (
    <>
      <header className="capital-member__header">
        <p>
          <Link to={`/members/${member.id}`}>{t('account.back')}</Link>
        </p>
        <h1>
          {t('account.title', { name: `${member.firstNames} ${member.lastNames}` })}
          <span className="capital-member__number"> · {t('account.number', { number: member.memberNumber })}</span>
        </h1>
        <div className="capital-member__actions">
          <Button variant="primary" onClick={() => setOpen('subscribe')}>
            {t('account.subscribe')}
          </Button>
          <Button onClick={() => setOpen('transfer')} disabled={held <= 0}>
            {t('account.transfer')}
          </Button>
          <Button onClick={() => setOpen('refund')} disabled={held <= 0}>
            {t('account.refund')}
          </Button>
        </div>
      </header>
      <dl className="capital-figures">
        {figureKeys.map((key) => (
          <div key={key}>
            <dt>{t(`totals.${key}`)}</dt>
            <dd>{closing ? money.format(closing[key]) : '…'}</dd>
          </div>
        ))}
      </dl>
      <QueryState query={subscriptions}>{(data) => <SubscriptionsTable subscriptions={data} onPay={setPaying} />}</QueryState>
      <MemberStatement memberId={member.id} />
      <SubscribeDialog memberId={member.id} open={open === 'subscribe'} onClose={() => setOpen(null)} onDone={done} />
      <TransferDialog memberId={member.id} balanceMinor={held} open={open === 'transfer'} onClose={() => setOpen(null)} onDone={done} />
      <RefundDialog memberId={member.id} balanceMinor={held} open={open === 'refund'} onClose={() => setOpen(null)} onDone={done} />
      <PayDialog subscription={paying} onClose={() => setPaying(null)} onDone={done} />
    </>
  );
}

export function MemberCapitalScreen() {
  const { id } = useParams();
  const memberId = Number.isInteger(Number(id)) && Number(id) > 0 ? Number(id) : 0;
  const member = useRpcQuery('members.get', { id: memberId });
  return (
    <section className="capital-screen capital-member">
      <CapitalNav />
      <QueryState query={member}>{(m) => <Account member={m} />}</QueryState>
    </section>
  );
}
