/**
 * The council's or assembly's resolution an approval rests on, chosen among the approved resolutions the
 * assemblies module records (those of the kind asked for first, then any other, since a coop may have
 * adopted pay in a general resolution). None recorded: the picker says so and links to the assemblies.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApprovedResolutionOutput } from '../../../../shared/contract/assemblies';
import { useRpcQuery } from '../../api/queries';
import { Select } from '../../components/Select';
import { formatDate } from '../../i18n/format';

interface Props {
  kind: ApprovedResolutionOutput['kind'];
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string | undefined;
}

export function ResolutionPicker({ kind, value, onChange, error }: Props) {
  const { t, i18n } = useTranslation('remuneration');
  const resolutions = useRpcQuery('assemblies.resolutions', { kind: null });
  const rows = [...(resolutions.data ?? [])].sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind) || b.date.localeCompare(a.date));
  if (resolutions.isPending) return <p role="status">{t('resolution.loading')}</p>;
  if (rows.length === 0) {
    return (
      <p>
        <strong>{t('resolution.label')}:</strong> {t('resolution.none')} <Link to="/assemblies">{t('resolution.toAssemblies')}</Link>
      </p>
    );
  }
  return (
    <Select
      label={t('resolution.label')}
      hint={t('resolution.hint')}
      value={value ?? ''}
      error={error}
      options={[
        { value: '', label: t('resolution.choose') },
        ...rows.map((r) => ({ value: String(r.id), label: `${r.reference} · ${formatDate(r.date, i18n.language)} · ${r.title}` })),
      ]}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    />
  );
}
