import type { KeyboardEvent } from 'react';

/**
 * Enter saves a form from any of its fields: the browser does it for text inputs only, not from a select
 * or a checkbox. Buttons, links and text areas keep their own meaning of Enter.
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type))) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}
