/** Types for the one export of build/sqlite-abi.mjs that tests import. */
export function needsRebuild(marker: string | null, wanted: string): boolean;
