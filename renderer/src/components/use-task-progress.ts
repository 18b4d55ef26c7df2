/**
 * How far a long task of the main process has gone (an import of a million rows), from its
 * `task.progress` events: null until the first one arrives, and again when `active` turns false.
 */
import { useEffect, useState } from 'react';
import { bridge } from '../api/bridge';

export interface TaskProgress {
  /** The task's full name: a task may run in steps ('attendance.import.check', then '….write'). */
  task: string;
  done: number;
  total: number;
}

/** Follows the task named `task` and its steps (`task.<step>`) while `active`. */
export function useTaskProgress(task: string, active: boolean): TaskProgress | null {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    const stop = bridge().on('task.progress', (event) => {
      if (event.task === task || event.task.startsWith(`${task}.`)) setProgress({ task: event.task, done: event.done, total: event.total });
    });
    return () => {
      stop();
      setProgress(null);
    };
  }, [task, active]);
  return active ? progress : null;
}
