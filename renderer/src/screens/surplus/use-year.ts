/** The fiscal year the surplus screens show: `?year=` in the address, else the last year that has ended. */
import { useSearchParams } from 'react-router';

export function useSurplusYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 1900 && asked <= 2100 ? asked : new Date().getFullYear() - 1;
  return [year, (next) => setParams({ year: String(next) }, { replace: true })];
}
