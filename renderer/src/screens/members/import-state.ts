/** Where the import wizard stands: each step keeps what the next one needs. */
import type { ColumnMapping, ImportPreview } from '../../../../shared/contract/members';

export type ImportStep = 'file' | 'mapping' | 'report' | 'done';

export interface ImportFile {
  name: string;
  base64: string;
  detected: ImportPreview;
}

export const importSteps: readonly ImportStep[] = ['file', 'mapping', 'report', 'done'];

export type { ColumnMapping, ImportPreview };
