import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While true the button is disabled and announces itself as busy. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** A button that is never an accidental submit: `type` defaults to "button". */
export function Button({ variant = 'secondary', busy = false, type = 'button', className, disabled, ref, ...rest }: ButtonProps) {
  return (
    <button
      ref={ref}
      type={type}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    />
  );
}
