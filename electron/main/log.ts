/**
 * The app's log file, in the user's data folder (logs/main.log), rotated at LOG_MAX_BYTES into
 * main.old.log: INTERNAL errors go there with their stack, so support can read what the person's sentence
 * leaves out.
 */
import path from 'node:path';
import log from 'electron-log/main';
import { internalErrorReport } from '../ipc/internal-error';

/** Past this size the file is moved to main.old.log and a new one begun: at most twice this on disk. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;

export function logFilePath(userDataDir: string): string {
  return path.join(userDataDir, 'logs', 'main.log');
}

export function startLog(userDataDir: string): void {
  log.transports.file.resolvePathFn = () => logFilePath(userDataDir);
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  // Crashes of the main process itself are logged too, without a second dialog of electron-log's own.
  log.errorHandler.startCatching({ showDialog: false });
}

/** The dispatcher's onInternalError: the whole story to the log, nothing more to the person. */
export function logInternalError(method: string, error: unknown): void {
  log.error(internalErrorReport(method, error));
}

export function logStartFailure(what: string, error: unknown): void {
  log.error(internalErrorReport(what, error));
}
