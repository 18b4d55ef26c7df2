/**
 * One valid input per contract method: the starting point fuzzers break on purpose. A method added to the
 * contract needs its sample here (tests/integration/contract-fuzz.test.ts fails until it has one).
 */
import type { Input, Method } from '../../shared/contract';
import { choicesOf, statuteDefaults } from '../../shared/domain/statute';
import { argentineCoop } from './helpers';
import { memberInput } from './members-session';

export const contractSamples: { [M in Method]: Input<M> } = {
  'coop.get': {},
  'coop.setup': { ...argentineCoop },
  'coop.setupDemo': { locale: 'es' },
  'coop.update': { ...argentineCoop, statute: choicesOf(statuteDefaults('AR')), statuteEffectiveFrom: '2025-01-01' },
  'coop.leaveDemo': {},
  'coop.statuteDefaults': { framework: 'AR' },
  'members.list': { search: 'a', statuses: ['active'], category: 'Oficial', sort: 'lastNames', direction: 'asc', offset: 0, limit: 10 },
  'members.categories': {},
  'members.get': { id: 1 },
  'members.history': { id: 1 },
  'members.auditTrail': { id: 1 },
  'members.register': {},
  'members.nextNumber': {},
  'members.create': { ...memberInput(), memberNumber: 7, status: 'applicant' },
  'members.update': { ...memberInput(), id: 1, expectedUpdatedAt: '2025-06-15T12:00:00.000Z' },
  'members.changeStatus': { id: 1, status: 'on_leave', date: '2021-01-01', cause: 'Licencia', resolution: 'Acta 2' },
  'members.correctStatusChange': { changeId: 1, action: 'amend', status: 'active', date: '2021-01-01', cause: 'Alta', resolution: 'Acta 3', reason: 'Typo in the date' },
  'members.settings': {},
  'members.updateSettings': { statusFutureMarginDays: 30 },
  'members.remove': { id: 1 },
  'members.importPreview': { fileBase64: '', mapping: { lastNames: 0, firstNames: 1, joinDate: 2 } },
  'members.importCommit': { fileBase64: '', mapping: { lastNames: 0, firstNames: 1, joinDate: 2 } },
  'members.export': { format: 'csv' },
  'members.printBook': { firstFolio: 1 },
  'backups.list': {},
  'backups.create': {},
  'backups.restore': { backup: 'minga-2025-06-15.sqlite' },
  'backups.check': {},
};
