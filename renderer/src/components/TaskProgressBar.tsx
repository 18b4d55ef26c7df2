/**
 * A long task's progress as a native <progress> (announced by screen readers, no inline styles) with the
 * figures in words beside it: "120.000 of 1.000.000 rows". Without figures yet it shows as indeterminate.
 */
import { useId } from 'react';
import type { TaskProgress } from './use-task-progress';
import './task-progress.css';

interface Props {
  /** What is being done ("Importing"), already translated. */
  label: string;
  progress: TaskProgress | null;
  /** The figures in words, already translated and formatted. */
  describe: (progress: TaskProgress) => string;
}

export function TaskProgressBar({ label, progress, describe }: Props) {
  const id = useId();
  return (
    <div className="task-progress">
      <span id={id} className="task-progress__label">
        {label}
      </span>
      {progress && progress.total > 0 ? (
        <progress className="task-progress__bar" aria-labelledby={id} max={progress.total} value={Math.min(progress.done, progress.total)} />
      ) : (
        <progress className="task-progress__bar" aria-labelledby={id} />
      )}
      {progress && <span className="task-progress__figures">{describe(progress)}</span>}
    </div>
  );
}
