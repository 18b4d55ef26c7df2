/**
 * Step 2: which column feeds each field of the book, prefilled from the headers the dry run recognised;
 * how the file writes dates, when the file leaves it open; and the columns left out, said out loud.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { importableFields, requiredImportFields, type ImportableField } from '../../../../shared/contract/members';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { formatNumber } from '../../i18n/format';
import type { DateOrder } from '../../../../shared/domain/members/date-order';
import { ImportDateOrder } from './ImportDateOrder';
import type { ColumnMapping, ImportPreview } from './import-state';

interface Props {
  detected: ImportPreview;
  mapping: ColumnMapping;
  busy: boolean;
  dateOrder: DateOrder | null;
  /** "Check the file" was pressed with the date order still to choose. */
  dateOrderMissing: boolean;
  onChange: (mapping: ColumnMapping) => void;
  onDateOrder: (order: DateOrder) => void;
  onCheck: () => void;
}

export function ImportMappingStep({ detected, mapping, busy, dateOrder, dateOrderMissing, onChange, onDateOrder, onCheck }: Props) {
  const { t, i18n } = useTranslation('members');
  const id = useId();
  const columns = detected.headers.map((header, index) => ({
    value: String(index),
    label: t('import.column', { number: index + 1, header }),
  }));
  const set = (field: ImportableField, value: string) => onChange({ ...mapping, [field]: value === '' ? null : Number(value) });
  const used = new Set(Object.values(mapping).filter((c): c is number => typeof c === 'number'));
  const ignored = columns.filter((_, index) => !used.has(index));

  return (
    <section className="import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.mappingStep')}</h2>
      <p>
        {t('import.detected', {
          encoding: detected.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (Latin-1)',
          delimiter: detected.delimiter === ';' ? t('import.semicolon') : t('import.comma'),
          rows: formatNumber(detected.rowCount, i18n.language),
          count: detected.rowCount,
        })}
      </p>
      {detected.dates.examples.length > 0 && (
        <ImportDateOrder dates={detected.dates} order={dateOrder} missing={dateOrderMissing} onChange={onDateOrder} />
      )}
      {ignored.length > 0 && (
        <div className="import-ignored" role="note">
          <p>{t('import.ignoredTitle', { count: ignored.length })}</p>
          <ul>
            {ignored.map((column) => (
              <li key={column.value}>{column.label}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="import-mapping">
        {importableFields.map((field) => {
          const required = requiredImportFields.includes(field);
          return (
            <Select
              key={field}
              id={`${id}-${field}`}
              label={
                <>
                  {t(`fields.${field}`)}
                  {required && <span className="field__required"> {t('form.required', { ns: 'common' })}</span>}
                </>
              }
              options={[{ value: '', label: t('import.notImported') }, ...columns]}
              value={mapping[field] ?? ''}
              aria-required={required || undefined}
              onChange={(e) => set(field, e.target.value)}
            />
          );
        })}
      </div>
      <Button variant="primary" busy={busy} onClick={onCheck}>
        {t('import.check')}
      </Button>
    </section>
  );
}
