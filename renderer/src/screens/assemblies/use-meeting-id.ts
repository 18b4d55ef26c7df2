/** The meeting id of the route (`/assemblies/:id…`), or null when the address holds no valid one. */
import { useParams } from 'react-router';

export function useMeetingId(): number | null {
  const { id } = useParams();
  const n = Number(id);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}
