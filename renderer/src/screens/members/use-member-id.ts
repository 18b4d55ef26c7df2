import { useParams } from 'react-router';

/** The member id from the route; 0 (which no member has) when it is not a number, so the load says "not found". */
export function useMemberId(): number {
  const { id } = useParams();
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? n : 0;
}
