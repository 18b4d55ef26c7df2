/** Every problem of the dry run with the file line it is on, so the spreadsheet can be fixed line by line. */
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../shared/contract/members';
import { formatNumber } from '../../i18n/format';

export function ImportProblemTable({ problems, problemCount }: { problems: ImportProblem[]; problemCount: number }) {
  const { t, i18n } = useTranslation('members');
  const count = formatNumber(problemCount, i18n.language);
  return (
    <table className="members-table import-problems">
      <caption>
        {problems.length < problemCount
          ? t('import.problemsTruncated', { shown: formatNumber(problems.length, i18n.language), total: count })
          : t('import.problemsCaption', { count: problemCount, total: count })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('import.line')}</th>
          <th scope="col">{t('import.field')}</th>
          <th scope="col">{t('import.value')}</th>
          <th scope="col">{t('import.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => {
          const field = p.field ? t(`fields.${p.field}`) : '';
          return (
            <tr key={`${p.line}-${p.field ?? ''}-${i}`}>
              <td>{p.line === 0 ? t('import.wholeFile') : p.line}</td>
              <td>{field}</td>
              <td>{p.value ?? ''}</td>
              <td>
                {t(`import.problems.${p.code}`, { field, value: p.value ?? '', defaultValue: p.message })}
                {p.accepted && p.accepted.length > 0 && ` ${t('import.acceptedValues', { values: p.accepted.join(', ') })}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
