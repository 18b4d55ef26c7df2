/**
 * Dates in the cooperative's language whatever the browser's (issue 6, "Dates"): this browser speaks
 * en-US, the cooperative Spanish, so every date field reads and takes dd/mm/yyyy; a date that cannot be
 * in the future is refused in Spanish; a status history entry entered by mistake is corrected, not edited.
 */
import { checkA11y, expect, test } from './fixtures';
import { MemberDetailPage } from './pages/member-detail';
import { MemberFormPage, shownDate, typeDate } from './pages/member-form';
import { createMember, setUpCoop } from './pages/members-data';

test.use({ seed: 'empty' });

test('a Spanish cooperative reads and takes dd/mm/yyyy in an en-US browser', async ({ page, host }) => {
  await setUpCoop(host, 'es');
  const form = new MemberFormPage(page);
  await page.goto(`${host.url}/#/members/new`);
  await page.getByRole('heading', { level: 1, name: 'Nuevo asociado' }).waitFor();
  // The segments say which part they are, in Spanish, day first.
  const segments = form.date('Fecha de ingreso').getByRole('spinbutton');
  for (const [i, part] of ['día', 'mes', 'año'].entries()) await expect(segments.nth(i)).toHaveAccessibleName(new RegExp(`^${part}`));

  await form.fill({ 'Apellidos': 'Quispe', 'Nombres': 'Rosa', 'Horas semanales': '40' } as never);
  await form.typeDate('Fecha de nacimiento', '12041988');
  await form.typeDate('Fecha de ingreso', '01022024');
  expect(await shownDate(form.date('Fecha de nacimiento'))).toBe('12/04/1988');
  await checkA11y(page);
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Rosa Quispe/ })).toBeVisible();
  const { rows } = (await host.call('members.list', {})) as { rows: { id: number }[] };
  const stored = (await host.call('members.get', { id: rows[0]!.id })) as { birthDate: string; joinDate: string };
  expect(stored).toMatchObject({ birthDate: '1988-04-12', joinDate: '2024-02-01' });

  await page.getByRole('link', { name: 'Editar', exact: true }).click();
  expect(await shownDate(form.date('Fecha de nacimiento'))).toBe('12/04/1988');
  expect(await shownDate(form.date('Fecha de ingreso'))).toBe('01/02/2024');
});

test('a birth or join date in the future is refused, in the cooperative language', async ({ page, host }) => {
  await setUpCoop(host, 'pt-BR');
  const form = new MemberFormPage(page);
  await page.goto(`${host.url}/#/members/new`);
  await page.getByRole('heading', { level: 1, name: 'Novo cooperado' }).waitFor();
  await form.fill({ 'Sobrenomes': 'Silva', 'Nomes': 'João', 'Horas semanais': '40' } as never);
  const nextYear = new Date().getFullYear() + 1;
  await form.typeDate('Data de nascimento', `0101${nextYear}`);
  await form.typeDate('Data de admissão', `0101${nextYear}`);
  await page.getByRole('button', { name: 'Salvar', exact: true }).click();

  await expect(form.errorSummary).toContainText('A data de nascimento não pode estar no futuro.');
  await expect(form.errorSummary).toContainText('A data de admissão não pode estar no futuro');
  await checkA11y(page);
  expect(((await host.call('members.list', {})) as { total: number }).total).toBe(0);
});

test('a half-typed date is refused, never saved as empty', async ({ page, host }) => {
  await setUpCoop(host, 'es');
  const form = new MemberFormPage(page);
  await page.goto(`${host.url}/#/members/new`);
  await form.fill({ 'Apellidos': 'Mamani', 'Nombres': 'Juan', 'Horas semanales': '40' } as never);
  await form.typeDate('Fecha de nacimiento', '1204');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(form.errorSummary).toContainText('Fecha de nacimiento');
  expect(((await host.call('members.list', {})) as { total: number }).total).toBe(0);
});

test('a status change dated after today is refused beyond the margin and recorded within it once confirmed', async ({ page, host }) => {
  await setUpCoop(host, 'en');
  await host.call('members.updateSettings', { statusFutureMarginDays: 30 });
  const member = await createMember(host, { lastNames: 'Rojas', firstNames: 'Elena', joinDate: '2024-03-01' });
  const detail = new MemberDetailPage(page);
  await page.goto(`${host.url}/#/members/${member.id}`);
  // Typed as an en-US person does: month, day, year.
  const digitsIn = (days: number) => {
    const day = new Date(Date.now() + days * 86_400_000);
    return [day.getMonth() + 1, day.getDate()].map((n) => String(n).padStart(2, '0')).join('') + day.getFullYear();
  };
  await detail.changeStatus({ to: 'On leave', date: digitsIn(45) });
  await expect(detail.dialog.getByRole('alert')).toContainText('A status change can be dated up to');

  await typeDate(detail.dialog.getByRole('group', { name: /^Effective date/ }), digitsIn(1));
  await detail.dialog.getByRole('button', { name: 'Record change' }).click();
  const confirm = detail.dialog.getByRole('alert');
  await expect(confirm).toContainText('Record a change dated in the future?');
  await checkA11y(page);
  expect(((await host.call('members.get', { id: member.id })) as { status: string }).status).toBe('active');
  await detail.dialog.getByRole('button', { name: 'Record with this date' }).click();
  await expect(detail.dialog).toBeHidden();
  await expect(detail.status).toContainText('On leave');
});

test('a status change entered by mistake is corrected with a reason, and the history keeps both', async ({ page, host }) => {
  await setUpCoop(host, 'en');
  const member = await createMember(host, { lastNames: 'Rojas', firstNames: 'Elena', joinDate: '2024-03-01' });
  await host.call('members.changeStatus', { id: member.id, status: 'on_leave', date: '2024-09-01', cause: null, resolution: null });
  const detail = new MemberDetailPage(page);
  await page.goto(`${host.url}/#/members/${member.id}`);

  await detail.correctButton('Sep 1, 2024').click();
  const dialog = page.getByRole('dialog', { name: 'Correct a status change' });
  await expect(dialog.getByRole('radio', { name: 'Correct the status or date' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Record correction' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Write the reason for the correction: the history keeps it.');

  const date = dialog.getByRole('group', { name: /^Right date/ });
  await date.getByRole('spinbutton').first().focus();
  await page.keyboard.type('08012024');
  await dialog.getByRole('textbox', { name: /^Reason for the correction/ }).fill('Typed the wrong month');
  await checkA11y(page);
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.getByText('Correction recorded.')).toBeVisible();
  await expect(detail.history).toContainText('Aug 1, 2024');
  await expect(detail.history).toContainText('Corrected: was On leave on Sep 1, 2024. Reason: Typed the wrong month');
  const history = (await host.call('members.history', { id: member.id })) as { effectiveDate: string }[];
  expect(history.map((h) => h.effectiveDate)).toContain('2024-08-01');
});
