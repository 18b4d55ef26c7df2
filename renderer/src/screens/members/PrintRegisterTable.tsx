/**
 * The book's table: one row per member in number order. Its header (the coop's identity, then the
 * column names) repeats on every printed page, so each loose page says whose book it is.
 */
import type { TFunction } from 'i18next';
import type { Member } from '../../../../shared/contract/members';
import type { LegalFramework } from '../../../../shared/domain/statute';
import { formatDate, formatMoneyAmount } from '../../i18n/format';

/** What the book's heading shows of the coop; the identity fields are printed when the profile has them. */
export interface BookCoop {
  name: string;
  framework: LegalFramework;
  taxId?: string | null;
  registrationNumber?: string | null;
  address?: string | null;
}

interface Props {
  coop: BookCoop & { currency: string; minorDigits: number };
  members: Member[];
  /** Capital subscribed today by member id (the capital module's column of the legal book). */
  subscribed: ReadonlyMap<number, number>;
  locale: string;
  t: TFunction<'members'>;
}

// Nationality and birth date share a column (two lines), which leaves room for capital subscribed.
const COLUMNS = 9;

export function PrintRegisterTable({ coop, members, subscribed, locale, t }: Props) {
  // The currency is named once in the column's heading, so the figure fits its narrow column unbroken.
  const capital = (memberId: number) => formatMoneyAmount(subscribed.get(memberId) ?? 0, coop, locale);
  // A legal book writes the year in full: "04/12/2026", never "4/12/26".
  const date = (iso: string | null) => (iso ? formatDate(iso, locale, { day: '2-digit', month: '2-digit', year: 'numeric' }) : '');
  const identity = [
    coop.taxId ? `${t(`print.coopTaxId.${coop.framework}`)} ${coop.taxId}` : null,
    coop.registrationNumber ? `${t(`print.coopRegistration.${coop.framework}`)} ${coop.registrationNumber}` : null,
    coop.address ? coop.address : null,
  ].filter((part): part is string => part !== null);
  return (
    <table className="book__table">
      <colgroup>
        <col className="book__col-number" />
        <col className="book__col-names" />
        <col className="book__col-nationalId" />
        <col className="book__col-taxId" />
        <col className="book__col-nationality" />
        <col className="book__col-address" />
        <col className="book__col-event" />
        <col className="book__col-capital" />
        <col className="book__col-event" />
      </colgroup>
      <thead>
        <tr className="book__identity">
          <th scope="colgroup" colSpan={COLUMNS}>
            <span className="book__heading">
              {t('print.title')} — {coop.name}
            </span>
            <span className="book__coop-details">
              {identity.map((part) => (
                <span key={part}>{part}</span>
              ))}
            </span>
          </th>
        </tr>
        <tr>
          <th scope="col">{t('print.number')}</th>
          <th scope="col">{t('print.names')}</th>
          <th scope="col">{t(`print.nationalIdColumn.${coop.framework}`)}</th>
          <th scope="col">{t(`print.taxIdColumn.${coop.framework}`)}</th>
          <th scope="col">
            {t('print.nationality')} · {t('print.birthDate')}
          </th>
          <th scope="col">{t('print.address')}</th>
          <th scope="col">{t('print.admission')}</th>
          <th scope="col">{t('print.capitalSubscribed', { currency: coop.currency })}</th>
          <th scope="col">{t('print.leaving')}</th>
        </tr>
      </thead>
      <tbody>
        {members.length === 0 && (
          <tr>
            <td colSpan={COLUMNS}>{t('print.noMembers')}</td>
          </tr>
        )}
        {members.map((m) => (
          <tr key={m.id}>
            <td className="book__number book__unbroken">{m.memberNumber}</td>
            <td>
              <strong>{m.lastNames}</strong>, {m.firstNames}
            </td>
            <td className="book__unbroken">{m.nationalId ?? ''}</td>
            <td className="book__unbroken">{m.taxId ?? ''}</td>
            <td>
              {m.nationality ?? ''}
              {m.birthDate && <span className="book__unbroken book__line">{date(m.birthDate)}</span>}
            </td>
            <td>{m.address ?? ''}</td>
            <td>
              <span className="book__unbroken">{date(m.joinDate)}</span>
              {m.admissionResolution && <span className="book__note"> · {m.admissionResolution}</span>}
            </td>
            <td className="book__amount book__unbroken">{capital(m.id)}</td>
            <td>
              {m.leavingDate && <span className="book__unbroken">{date(m.leavingDate)}</span>}
              {m.leavingCause && <span className="book__note"> · {m.leavingCause}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
