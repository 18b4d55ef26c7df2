/** The book's table: one row per member in number order; the header row repeats on every printed page. */
import type { TFunction } from 'i18next';
import type { Member } from '../../../../shared/contract/members';
import { formatDate } from '../../i18n/format';

interface Props {
  members: Member[];
  locale: string;
  t: TFunction<'members'>;
}

export function PrintRegisterTable({ members, locale, t }: Props) {
  const date = (iso: string | null) => (iso ? formatDate(iso, locale, { dateStyle: 'short' }) : '');
  if (members.length === 0) return <p>{t('print.noMembers')}</p>;
  return (
    <table className="print-register__table">
      <thead>
        <tr>
          <th scope="col">{t('print.number')}</th>
          <th scope="col">{t('print.names')}</th>
          <th scope="col">{t('print.ids')}</th>
          <th scope="col">{t('print.admission')}</th>
          <th scope="col">{t('fields.category')}</th>
          <th scope="col">{t('fields.status')}</th>
          <th scope="col">{t('print.leaving')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td className="print-register__number">{m.memberNumber}</td>
            <td>
              <strong>{m.lastNames}</strong>, {m.firstNames}
            </td>
            <td>
              {m.nationalId && <div>{t('print.nationalId', { value: m.nationalId })}</div>}
              {m.taxId && <div>{t('print.taxId', { value: m.taxId })}</div>}
              {m.nationality && <div>{m.nationality}</div>}
              {m.birthDate && <div>{t('print.born', { date: date(m.birthDate) })}</div>}
            </td>
            <td>
              <div>{date(m.joinDate)}</div>
              {m.admissionResolution && <div>{m.admissionResolution}</div>}
            </td>
            <td>{m.category ?? ''}</td>
            <td>{t(`status.${m.status}`)}</td>
            <td>
              {m.leavingDate && <div>{date(m.leavingDate)}</div>}
              {m.leavingCause && <div>{m.leavingCause}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
