/** /capital: find a member's capital account, and the coop's capital in charts. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CapitalCharts } from './CapitalCharts';
import { CapitalNav } from './CapitalNav';
import { ImportBalancesDialog } from './ImportBalancesDialog';
import { MemberPicker } from './MemberPicker';
import { useMoney } from '../../components/use-coop-money';

export function CapitalOverviewScreen() {
  const { t } = useTranslation('capital');
  const navigate = useNavigate();
  const money = useMoney();
  const summary = useRpcQuery('capital.summary', {});
  const [memberId, setMemberId] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  return (
    <section className="capital-screen">
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description')}
        actions={<Button onClick={() => setImporting(true)}>{t('importBalances.open')}</Button>}
      />
      <CapitalNav />
      <div className="capital-find">
        <MemberPicker label={t('overview.findMember')} value={memberId} onChange={setMemberId} />
        <Button variant="primary" disabled={memberId === null} onClick={() => void navigate(`/capital/members/${memberId}`)}>
          {t('overview.openAccount')}
        </Button>
      </div>
      <QueryState query={summary}>
        {(data) =>
          data.capitalOverTime.length === 0 && data.byClass.length === 0 ? (
            <EmptyState title={t('overview.emptyTitle')}>
              <p>{t('overview.empty')}</p>
            </EmptyState>
          ) : (
            <CapitalCharts data={data} money={money} />
          )
        }
      </QueryState>
      <ImportBalancesDialog open={importing} onClose={() => setImporting(false)} />
    </section>
  );
}
