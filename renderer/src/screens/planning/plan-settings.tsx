/**
 * The plan every planning page shows: its first day, its length in weeks and the sequencing rule, chosen
 * once on the plan page and kept while the planner moves between the Gantt, the orders and the load.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import type { Input } from '../../../../shared/contract';
import { useRpcQuery } from '../../api/queries';

export interface PlanSettings {
  start: string | null;
  weeks: number;
  rule: 'EDD' | 'FIFO';
}

const Settings = createContext<{ settings: PlanSettings; set: (s: PlanSettings) => void } | null>(null);

export function PlanningLayout({ children }: { children?: ReactNode }) {
  const [settings, set] = useState<PlanSettings>({ start: null, weeks: 12, rule: 'EDD' });
  return <Settings.Provider value={{ settings, set }}>{children ?? <Outlet />}</Settings.Provider>;
}

export function usePlanSettings() {
  const value = useContext(Settings);
  if (!value) throw new Error('usePlanSettings outside PlanningLayout');
  return value;
}

export function planInputOf(settings: PlanSettings): Input<'planning.plan'> {
  return { start: settings.start, weeks: settings.weeks, rule: settings.rule, fairness: true };
}

/** The current plan, computed by the service from the model (not applied until the planner says so). */
export function usePlan() {
  const { settings } = usePlanSettings();
  return useRpcQuery('planning.plan', planInputOf(settings));
}
