/** Core's public surface: what every domain may use (context, transactions, audit, checks, platform). */
export { nowIso, type ServiceContext, type Tx } from './context';
export { auditTrail, recordAudit, type AuditRecord } from './audit';
export { chainAfter, chainHeadOf, type ChainHead, type ChainLink } from './audit-chain';
export { checkDatabase } from './check';
export { verifyAnchor } from './check-chain';
export { finding, limitedProblems, type CheckProblem, type DemoOptions, type DomainCheck, type DomainModule, type Finding } from './domain';
export type { FileFilter, PlatformPort } from './platform';
export {
  DatabaseMissingError,
  isMissingOrEmpty,
  openDatabaseSession,
  restoreClosedDatabase,
  type DatabaseSession,
  type SessionOptions,
} from './session';
export type { DatabaseCheck } from './restore';
export { backupTo, listBackups } from './backups';
export { inOneTransaction, inTransaction, type AuditWriter } from './transaction';
