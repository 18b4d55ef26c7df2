/**
 * The amount field reads what a person types in the coop's language and refuses what could be read two
 * ways, with a sentence (rules/money.md "Input and display"; issue 7 "Bad input").
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/contract/coop';
import { MoneyField, readMoney } from '../../renderer/src/components/MoneyField';
import { createI18n } from '../../renderer/src/i18n';

function Harness({ onValue }: { onValue: (minor: number | null) => void }) {
  const [text, setText] = useState('');
  return (
    <MoneyField
      label="Amount"
      text={text}
      onTextChange={(next) => {
        setText(next);
        onValue(readMoney(next, document.documentElement.lang, 2));
      }}
      currency="ARS"
      minorDigits={2}
      required
    />
  );
}

async function renderField(locale: Locale) {
  document.documentElement.lang = locale;
  const i18n = await createI18n(locale);
  const values: (number | null)[] = [];
  render(
    <I18nextProvider i18n={i18n}>
      <Harness onValue={(v) => values.push(v)} />
    </I18nextProvider>,
  );
  return { values, input: screen.getByRole('textbox') };
}

describe('MoneyField', () => {
  it('reads 1.234,56 as 123456 cents in es — money.md: one locale-aware parser', async () => {
    const { values, input } = await renderField('es');
    await userEvent.type(input, '1.234,56');
    expect(values.at(-1)).toBe(123456);
    await userEvent.tab();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('reads 1,234.56 as 123456 cents in en', async () => {
    const { values, input } = await renderField('en');
    await userEvent.type(input, '1,234.56');
    expect(values.at(-1)).toBe(123456);
  });

  it('refuses 1.234,56 typed in en with a sentence tied to the field — issue 7 bad input', async () => {
    const { values, input } = await renderField('en');
    await userEvent.type(input, '1.234,56');
    expect(values.at(-1)).toBeNull();
    // The sentence waits until the person leaves the field, so typing is not interrupted.
    expect(input.getAttribute('aria-invalid')).toBeNull();
    await userEvent.tab();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toMatch(/could be read two ways/);
  });

  it('refuses a negative amount and says so in pt-BR', async () => {
    const { values, input } = await renderField('pt-BR');
    await userEvent.type(input, '-10,00');
    expect(values.at(-1)).toBe(-1000);
    await userEvent.tab();
    expect(screen.getByText('Informe um valor maior que zero.')).toBeTruthy();
  });

  it('names the currency in the label, so the person knows what unit to type', async () => {
    await renderField('es');
    expect(screen.getByRole('textbox', { name: /Amount \(ARS\)/ })).toBeTruthy();
  });
});
