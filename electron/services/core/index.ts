/** Core's public surface: what every domain may use (context, transactions, audit, checks, platform). */
export { nowIso, type ServiceContext, type Tx } from './context';
export { auditTrail, recordAudit, type AuditRecord } from './audit';
export { checkDatabase } from './check';
export { limitedProblems, type CheckProblem, type DemoOptions, type DomainCheck, type DomainModule } from './domain';
export type { FileFilter, PlatformPort } from './platform';
export { openDatabaseSession, type DatabaseSession, type SessionOptions } from './session';
export { backupTo, listBackups } from './backups';
export { inOneTransaction, inTransaction, type AuditWriter } from './transaction';
