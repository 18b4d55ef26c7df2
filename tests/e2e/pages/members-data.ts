/**
 * Cooperatives and members the members specs start from, made through the services (host.call): a
 * cooperative in the language under test, members in every status.
 */
import type { HostFixture } from '../fixtures';

export type CoopLocale = 'es' | 'pt-BR' | 'en';

const frameworkOf: Record<CoopLocale, { framework: 'AR' | 'BR' | 'US'; currency: 'ARS' | 'BRL' | 'USD' }> = {
  es: { framework: 'AR', currency: 'ARS' },
  'pt-BR': { framework: 'BR', currency: 'BRL' },
  en: { framework: 'US', currency: 'USD' },
};

/** Sets up the cooperative on an 'empty' seed in `locale`. */
export async function setUpCoop(host: HostFixture, locale: CoopLocale): Promise<void> {
  await host.call('coop.setup', { name: 'Cooperativa de Trabajo La Minga', locale, fiscalYearStart: '01-01', ...frameworkOf[locale] });
}

export interface NewMember {
  lastNames: string;
  firstNames: string;
  joinDate?: string;
  birthDate?: string | null;
  nationalId?: string | null;
  status?: 'applicant' | 'trial' | 'active';
}

export async function createMember(host: HostFixture, m: NewMember): Promise<{ id: number; memberNumber: number }> {
  return (await host.call('members.create', {
    lastNames: m.lastNames,
    firstNames: m.firstNames,
    nationalId: m.nationalId ?? null,
    taxId: null,
    nationality: null,
    birthDate: m.birthDate ?? null,
    email: null,
    phone: null,
    address: null,
    joinDate: m.joinDate ?? '2023-12-04',
    admissionResolution: null,
    category: null,
    weeklyHours: 40,
    status: m.status ?? 'active',
  })) as { id: number; memberNumber: number };
}

/** One member in each of the seven statuses, with the longest names the register shows for each. */
export async function membersInEveryStatus(host: HostFixture): Promise<void> {
  let n = 0;
  // A December date is the longest in every language; identity numbers as written with their punctuation.
  const long = () => ({ joinDate: '2023-12-04', nationalId: `12.345.67${n++}-9` });
  await createMember(host, { lastNames: 'Quispe', firstNames: 'Rosa', status: 'applicant', ...long() });
  await createMember(host, { lastNames: 'Mamani', firstNames: 'Luis', status: 'trial', ...long() });
  await createMember(host, { lastNames: 'Condori', firstNames: 'Ana', status: 'active', ...long() });
  const leaving = [
    { status: 'on_leave', cause: null, resolution: null },
    { status: 'resigned', cause: 'Renuncia voluntaria', resolution: null },
    { status: 'excluded', cause: 'Abandono de tareas', resolution: 'Acta 14/2024' },
    { status: 'deceased', cause: 'Fallecimiento', resolution: null },
  ] as const;
  for (const [i, change] of leaving.entries()) {
    const member = await createMember(host, { lastNames: `Villalba ${i}`, firstNames: 'Juan', status: 'active', ...long() });
    await host.call('members.changeStatus', { id: member.id, date: '2024-06-01', ...change });
  }
}

/** `count` more active members, "Apellido1"…, joined on 4 December 2023. */
export async function addMembers(host: HostFixture, count: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await createMember(host, { lastNames: `Apellido${i}`, firstNames: `Nombre ${i}`, nationalId: String(30_000_000 + i) });
  }
}
