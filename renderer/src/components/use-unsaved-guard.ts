/**
 * Unsaved entries are not lost by accident: leaving the page, going Back or closing the window asks first;
 * so does any change the screen itself makes that would drop them (another week, another year). A screen
 * whose query string names what is being edited (the budget's year and version) counts a change of it as
 * leaving too.
 */
import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router';

export function useUnsavedGuard(dirty: boolean, { searchToo = false }: { searchToo?: boolean } = {}) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || (searchToo && currentLocation.search !== nextLocation.search)),
  );
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Runs `action` now, or after the person agrees to drop the unsaved entries. */
  const guard = (action: () => void) => (dirty ? setPending(() => action) : action());

  return {
    asking: blocker.state === 'blocked' || pending !== null,
    /** Drop the entries and go on. */
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
    guard,
  };
}
