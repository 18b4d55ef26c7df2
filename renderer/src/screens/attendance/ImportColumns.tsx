/**
 * Which column of the file holds what, as detected from its header and changeable; and, when the file's
 * dates read both ways (07/04 is 7 April or 4 July), the order they are written in, shown on its examples.
 */
import { useTranslation } from 'react-i18next';
import { importFields, type AttendanceImportField, type AttendanceImportPreview } from '../../../../shared/contract/attendance';
import { dateUnder, type DateOrder } from '../../../../shared/domain/members/date-order';
import { Button } from '../../components/Button';
import { formatDate } from '../../i18n/format';

type Mapping = AttendanceImportPreview['mapping'];

interface Props {
  report: AttendanceImportPreview;
  mapping: Mapping;
  dateOrder: DateOrder | null;
  disabled: boolean;
  onMapping: (next: Mapping) => void;
  onDateOrder: (order: DateOrder) => void;
  onCheck: () => void;
}

const orders: readonly DateOrder[] = ['dmy', 'mdy'];

export function ImportColumns({ report, mapping, dateOrder, disabled, onMapping, onDateOrder, onCheck }: Props) {
  const { t, i18n } = useTranslation('attendance');
  const column = (field: AttendanceImportField) => mapping[field] ?? null;
  return (
    <section className="import-columns" aria-labelledby="attendance-import-columns">
      <h2 id="attendance-import-columns">{t('importer.columnsTitle')}</h2>
      <p className="field__hint">{t('importer.columnsHint')}</p>
      <div className="import-columns__grid">
        {importFields.map((field) => (
          <label key={field} className="field">
            <span className="field__label">{t(`import.fields.${field}`)}</span>
            <select
              className="field__control"
              value={column(field) ?? ''}
              disabled={disabled}
              onChange={(e) => onMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">{t('importer.notInFile')}</option>
              {report.headers.map((header, index) => (
                <option key={index} value={index}>
                  {t('importer.column', { number: index + 1, header })}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {report.dates.ambiguous && (
        <fieldset className="import-columns__dates">
          <legend>{t('importer.dateOrder')}</legend>
          {orders.map((order) => (
            <label key={order} className="dialog-form__radio">
              <input type="radio" name="attendance-date-order" checked={dateOrder === order} disabled={disabled} onChange={() => onDateOrder(order)} />
              {t(`importer.orders.${order}`)}
            </label>
          ))}
          <ul className="import-columns__examples">
            {report.dates.examples.slice(0, 3).map((example) => {
              const iso = dateOrder ? dateUnder(example.value, dateOrder) : null;
              return (
                <li key={example.line}>
                  {t('importer.dateExample', {
                    line: example.line,
                    value: example.value,
                    date: iso ? formatDate(iso, i18n.language, { dateStyle: 'long' }) : t('importer.undecided'),
                  })}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <Button onClick={onCheck} disabled={disabled}>
        {t('importer.checkAgain')}
      </Button>
    </section>
  );
}
