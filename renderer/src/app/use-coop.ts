import { queryKey, useRpcQuery } from '../api/queries';

/** The cache key of the profile; boot fills it, setup and settings replace it after a write. */
export const coopQueryKey = queryKey('coop.get', {});

/** The cooperative's profile, or null before first-run setup. */
export function useCoop() {
  return useRpcQuery('coop.get', {});
}
