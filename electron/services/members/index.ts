/** The members register: the members domain's public surface. Other domains import from here only. */
import type { DomainModule } from '../core';
import { membersChecks } from './checks';
import { generateDemo } from './demo';

export {
  changeMemberStatus,
  createMember,
  getMember,
  listMembers,
  listMembersQueries,
  memberAuditTrail,
  memberCategories,
  memberRegister,
  nextMemberNumber,
  removeMember,
  updateMember,
} from './register';
export { memberHistory } from './history';
export { correctStatusChange } from './status-correction';
export { getMembersSettings, updateMembersSettings } from './settings';
export { checkBookPart } from './book';
export { exportMembersCsv, exportMembersXlsx } from './export';
export { commitMemberImport, previewMemberImport } from './import';
export { DEMO_SIZE, demoIdentity, generateDemo } from './demo';
export { toMember, type MemberRecord } from './rows';

export const membersDomain: DomainModule = {
  name: 'members',
  checks: membersChecks,
  demo: async (ctx, options) => {
    await generateDemo(ctx, options);
  },
};
