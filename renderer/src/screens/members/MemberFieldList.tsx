/** Every field of the member's entry in the book, as a description list. */
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/members';
import { bookFields } from './member-fields';
import { formatBookValue } from './format-value';

export function MemberFieldList({ member }: { member: Member }) {
  const { t, i18n } = useTranslation('members');
  return (
    <dl className="member-fields">
      {bookFields
        .filter((field) => field !== 'status' && field !== 'statusSince')
        .map((field) => (
          <div key={field} className="member-fields__item">
            <dt>{t(`fields.${field}`)}</dt>
            <dd>{formatBookValue(t, i18n.language, field, member[field])}</dd>
          </div>
        ))}
    </dl>
  );
}
