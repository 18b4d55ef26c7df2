/** The coop's name and legal identity at the head of a printed convocation or roll, as the members book prints them. */
import type { TFunction } from 'i18next';
import type { CoopProfile } from '../../../../shared/contract/coop';

export function CoopIdentity({ coop, members }: { coop: CoopProfile; members: TFunction }) {
  const identity = [
    coop.taxId ? `${members(`print.coopTaxId.${coop.framework}`)} ${coop.taxId}` : null,
    coop.registrationNumber ? `${members(`print.coopRegistration.${coop.framework}`)} ${coop.registrationNumber}` : null,
    coop.address,
  ].filter((part): part is string => Boolean(part));
  return (
    <header className="assemblies-print__coop">
      <p className="assemblies-print__coop-name">{coop.name}</p>
      {identity.length > 0 && <p>{identity.join(' · ')}</p>}
    </header>
  );
}
