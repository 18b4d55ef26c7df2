/**
 * The assembly's resolution that approves the budget, chosen among the approved resolutions of kind
 * 'budget' the assemblies module records. None yet: the picker says so and leads to the assemblies.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRpcQuery } from '../../api/queries';
import { Select } from '../../components/Select';
import { formatDate } from '../../i18n/format';

interface Props {
  value: number | null;
  onChange: (id: number | null) => void;
}

export function BudgetResolutionPicker({ value, onChange }: Props) {
  const { t, i18n } = useTranslation('budgets');
  const resolutions = useRpcQuery('assemblies.resolutions', { kind: 'budget' });
  const rows = [...(resolutions.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  if (resolutions.isPending) return <p role="status">{t('budget.approve.loading')}</p>;
  if (rows.length === 0) {
    return (
      <p>
        {t('budget.approve.none')} <Link to="/assemblies">{t('budget.approve.toAssemblies')}</Link>
      </p>
    );
  }
  return (
    <Select
      label={t('budget.approve.resolution')}
      hint={t('budget.approve.resolutionHint')}
      value={value ?? ''}
      required
      options={[
        { value: '', label: t('budget.approve.choose') },
        ...rows.map((r) => ({ value: String(r.id), label: `${r.reference} · ${formatDate(r.date, i18n.language)} · ${r.title}` })),
      ]}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    />
  );
}
