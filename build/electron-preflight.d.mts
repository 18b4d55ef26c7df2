/** Types for the export of build/electron-preflight.mjs that tests import. */
export function electronBinary(electronDir: string): string | null;
export function offlineMessage(): string;
