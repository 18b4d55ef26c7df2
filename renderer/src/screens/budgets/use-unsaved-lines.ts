/**
 * Typed months are not lost by accident: leaving the page, going Back or closing the window asks first,
 * and so does anything on the screen itself that would drop them (another year, another version).
 */
import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router';

export function useUnsavedLines(dirty: boolean) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    asking: blocker.state === 'blocked' || pending !== null,
    /** Runs `action` now, or once the person agrees to drop what they typed. */
    guard: (action: () => void) => (dirty ? setPending(() => action) : action()),
    proceed: (discard: () => void) => {
      discard();
      if (blocker.state === 'blocked') blocker.proceed();
      pending?.();
      setPending(null);
    },
    stay: () => {
      if (blocker.state === 'blocked') blocker.reset();
      setPending(null);
    },
  };
}
