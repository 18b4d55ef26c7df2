/** A record's state as a badge (status-badge.css): `tone` says whether it is open, final or superseded. */
import type { ReactNode } from 'react';
import './status-badge.css';

export type StatusTone = 'open' | 'final' | 'superseded';

export function StatusBadge({ tone, className, children }: { tone: StatusTone; className?: string; children: ReactNode }) {
  return <span className={`status-badge status-badge--${tone}${className ? ` ${className}` : ''}`}>{children}</span>;
}
