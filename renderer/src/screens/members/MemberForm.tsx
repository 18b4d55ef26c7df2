/**
 * The member form, for a new member and for an edit: the legal book's fields in the book's order,
 * validated with the contract's schema. Enter saves, Escape cancels (asking first if something changed);
 * after a failed save the summary of what to fix takes the focus.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Controller, useForm, type FieldError, type RegisterOptions, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { initialStatuses } from '../../../../shared/domain/members';
import { RpcFailure } from '../../api/client';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { errorText } from '../../i18n';
import { FormErrorSummary, type SummaryItem } from '../../components/FormErrorSummary';
import { createMemberSchema, editMemberSchema, fieldErrorText, type MemberFormValues } from './member-form-schema';

type Name = keyof MemberFormValues;

interface Props {
  mode: 'create' | 'edit';
  defaultValues: MemberFormValues;
  /** Shown read-only on edit: a member's number never changes. */
  memberNumber?: number;
  onSave: (values: MemberFormValues) => Promise<unknown>;
  onCancel: () => void;
}

const toNumberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

export function MemberForm({ mode, defaultValues, memberNumber, onSave, onCancel }: Props) {
  const { t } = useTranslation('members');
  const categories = useRpcQuery('members.categories', {});
  const summaryRef = useRef<HTMLDivElement>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  // Set once the person chose to discard, so the blocker lets that navigation through.
  const discarding = useRef(false);

  // The edit schema has no number or initial status: both are fixed once the member is in the book.
  const resolver = zodResolver(mode === 'create' ? createMemberSchema : editMemberSchema) as unknown as Resolver<MemberFormValues>;
  const { register, control, handleSubmit, formState, setError, setFocus } = useForm<MemberFormValues>({
    defaultValues,
    resolver,
    shouldFocusError: false,
  });
  const { errors, isDirty, isSubmitting } = formState;

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const submit = handleSubmit(
    async (values) => {
      setGeneral(null);
      try {
        await onSave(values);
      } catch (error) {
        if (!(error instanceof RpcFailure)) throw error;
        const known = new Set<string>(Object.keys(defaultValues));
        for (const issue of error.error.issues ?? []) {
          if (!known.has(issue.path)) continue;
          const message = errorText(t, { key: issue.message, message: issue.message, params: error.error.params });
          setError(issue.path as Name, { type: 'server', message });
        }
        setGeneral(errorText(t, error.error));
        setFailures((n) => n + 1);
      }
    },
    () => {
      setGeneral(null);
      setFailures((n) => n + 1);
    },
  );

  // Leaving by the sidebar, a shortcut or Back asks first too, as Cancel and Escape do; a save leaves freely.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !isSubmitting && !discarding.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const discard = () => {
    discarding.current = true;
    setConfirmDiscard(false);
    if (blocker.state === 'blocked') blocker.proceed();
    else onCancel();
  };
  const keepEditing = () => {
    setConfirmDiscard(false);
    if (blocker.state === 'blocked') blocker.reset();
  };
  const cancel = () => (isDirty ? setConfirmDiscard(true) : onCancel());
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    cancel();
  };

  const label = (name: string) => t(`fields.${name}`);
  const errorOf = (name: Name) => fieldErrorText(t, errors[name] as FieldError | undefined);
  const summaryItems: SummaryItem[] = (Object.keys(errors) as Name[])
    .map((name) => ({ field: name, label: label(name), message: errorOf(name) ?? '' }))
    .filter((item) => item.message !== '');
  const field = (name: Name, options?: RegisterOptions<MemberFormValues, Name>) => ({
    label: label(name),
    error: errorOf(name),
    ...register(name, options),
  });
  const dateField = (name: 'birthDate' | 'joinDate', required = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field: { value, onChange, onBlur, ref } }) => (
        <DateField label={label(name)} error={errorOf(name)} required={required} value={value ?? null} onChange={onChange} onBlur={onBlur} ref={ref} />
      )}
    />
  );

  return (
    <>
      <form className="member-form" noValidate onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} aria-busy={isSubmitting}>
        {failures > 0 && (summaryItems.length > 0 || general) && (
          <FormErrorSummary ref={summaryRef} title={t('form.summaryTitle')} items={summaryItems} general={general} onJump={(name) => setFocus(name as Name)} />
        )}

        <fieldset className="member-form__group">
          <legend>{t('form.identity')}</legend>
          {mode === 'create' ? (
            <Field
              {...field('memberNumber', { setValueAs: toNumberOrNull })}
              type="number"
              inputMode="numeric"
              min={1}
              hint={t('form.numberHint')}
            />
          ) : (
            <Field label={label('memberNumber')} value={memberNumber ?? ''} readOnly hint={t('form.numberFixed')} />
          )}
          {/* The number is suggested, so a new member starts at the names; an edit starts where the person clicks. */}
          <Field {...field('lastNames')} required autoComplete="family-name" autoFocus={mode === 'create'} />
          <Field {...field('firstNames')} required autoComplete="given-name" />
          <Field {...field('nationalId')} autoComplete="off" />
          <Field {...field('taxId')} autoComplete="off" />
          <Field {...field('nationality')} autoComplete="country-name" />
          {dateField('birthDate')}
        </fieldset>

        <fieldset className="member-form__group">
          <legend>{t('form.contact')}</legend>
          <Field {...field('email')} type="email" autoComplete="email" />
          <Field {...field('phone')} type="tel" autoComplete="tel" />
          <Field {...field('address')} autoComplete="street-address" />
        </fieldset>

        <fieldset className="member-form__group">
          <legend>{t('form.membership')}</legend>
          {dateField('joinDate', true)}
          <Field {...field('admissionResolution')} hint={t('form.resolutionHint')} />
          <Field {...field('category')} list="member-categories" autoComplete="off" />
          <datalist id="member-categories">
            {(categories.data ?? []).map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Field
            {...field('weeklyHours', { valueAsNumber: true })}
            type="number"
            inputMode="decimal"
            step="0.25"
            min={0}
            max={168}
            required
            hint={t('form.hoursHint')}
          />
          {mode === 'create' && (
            <Select
              label={t('form.initialStatus')}
              options={initialStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              hint={t('form.initialStatusHint')}
              {...register('status')}
            />
          )}
        </fieldset>

        <div className="member-form__actions">
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('form.save')}
          </Button>
          <Button onClick={cancel}>{t('form.cancel')}</Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirmDiscard || blocker.state === 'blocked'}
        title={t('form.discardTitle')}
        confirmLabel={t('form.discard')}
        danger
        onConfirm={discard}
        onCancel={keepEditing}
      >
        <p>{t('form.discardMessage')}</p>
      </ConfirmDialog>
    </>
  );
}
