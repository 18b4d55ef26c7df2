import { join } from 'node:path';
import { DomainError } from '../../shared/contract/errors';
import type { PlatformPort } from '../../electron/services/core/platform';

/**
 * The loopback host's desktop: "save" dialogs answer with a file in the downloads folder, "open"
 * dialogs with whatever the test queued, and printing is left to the browser (Chromium's PDF).
 */
export function createHostPlatform(downloadsDir: string): PlatformPort & { queueOpenPath(path: string): void } {
  const openQueue: string[] = [];
  return {
    async chooseSavePath({ defaultName }) {
      return join(downloadsDir, defaultName);
    },
    async chooseOpenPath() {
      return openQueue.shift() ?? null;
    },
    async printToPdf() {
      throw new DomainError('NOT_SUPPORTED', 'Printing to PDF from the main process needs Electron; use the browser’s print.');
    },
    queueOpenPath(path) {
      openQueue.push(path);
    },
  };
}
