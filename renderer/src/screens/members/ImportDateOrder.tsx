/**
 * How the file writes its dates, asked once for the whole file with dates taken from it: "07/04/1980" is
 * 7 April to a Spanish reader and 4 July to an American one, and the app never guesses it from its own
 * language. Each example shows the date it becomes under the order chosen.
 */
import { useTranslation } from 'react-i18next';
import { dateUnder, type DateOrder } from '../../../../shared/domain/members/date-order';
import { formatDate } from '../../i18n/format';
import type { ImportPreview } from './import-state';

interface Props {
  dates: ImportPreview['dates'];
  order: DateOrder | null;
  /** Set when "Check the file" was pressed while the order was still undecided. */
  missing: boolean;
  onChange: (order: DateOrder) => void;
}

const choices: readonly DateOrder[] = ['dmy', 'mdy'];

export function ImportDateOrder({ dates, order, missing, onChange }: Props) {
  const { t, i18n } = useTranslation('members');
  const shown = order ?? dates.evident;
  const errorId = 'import-date-order-error';
  return (
    <fieldset className="import-date-order" aria-describedby={missing ? errorId : undefined}>
      <legend>{t('import.dateOrder.label')}</legend>
      <p className="field__hint">{dates.evident ? t('import.dateOrder.evident') : t('import.dateOrder.ask')}</p>
      <div className="import-date-order__choices">
        {choices.map((choice) => (
          <label key={choice} className="dialog-form__radio">
            <input type="radio" name="import-date-order" value={choice} checked={shown === choice} onChange={() => onChange(choice)} />
            {t(`import.dateOrder.${choice}`)}
          </label>
        ))}
      </div>
      {missing && shown === null && (
        <p id={errorId} className="field__error">
          {t('import.dateOrder.needed')}
        </p>
      )}
      <table className="members-table import-date-order__examples">
        <caption>{t('import.dateOrder.examples')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.field')}</th>
            <th scope="col">{t('import.dateOrder.inFile')}</th>
            <th scope="col">{t('import.dateOrder.readAs')}</th>
          </tr>
        </thead>
        <tbody>
          {dates.examples.map((example) => {
            const iso = shown ? dateUnder(example.value, shown) : null;
            return (
              <tr key={`${example.line}-${example.field}`}>
                <td>{example.line}</td>
                <td>{t(`fields.${example.field}`)}</td>
                <td>{example.value}</td>
                <td>{iso ? formatDate(iso, i18n.language, { dateStyle: 'long' }) : t('import.dateOrder.undecided')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
