/**
 * The surplus from start to end (issue 10): close the year, simulate and save the policy, compare it with
 * an edited one (each member's difference), put the distribution on the projector (by member number,
 * then by name, without reloading the room's page), approve it in an assembly, post it (the journal
 * entry still named after a reload), see the capitalised return in the member's capital account, and
 * convert a cash return not collected within 180 days into capital after a confirmation.
 */
import { addDays, format } from 'date-fns';
import { checkA11y, expect, test } from './fixtures';
import { CapitalAccountPage } from './pages/capital-account';
import { SurplusPostingPage, SurplusSimulationPage, SurplusYearPage } from './pages/surplus';
import { approvedDistribution, closedExampleYear, exampleCoop } from './pages/surplus-data';
import { SurplusComparePage, SurplusProjectorControls, SurplusProjectorPage, SurplusReturnsPage } from './pages/surplus-flow';

test.use({ seed: 'empty' });

const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

test('close, simulate, compare, project, approve, post, see the capital account, convert a due return', async ({ page, host }, testInfo) => {
  test.setTimeout(180_000);
  const members = await exampleCoop(host);

  const year = new SurplusYearPage(page);
  await year.open(host.url, 2024);
  await year.close({ members: '1,100,000.00', nonMembers: '150,000.00', tax: '0.00', openingLosses: '100,000.00' });
  await expect(page.getByRole('heading', { level: 2, name: 'The fiscal year 2024, closed' })).toBeVisible();

  const sim = new SurplusSimulationPage(page);
  await sim.open(host.url, 2024);
  await sim.percent('Interest cap').fill('39');
  await sim.percent('Interest on capital').fill('20');
  await sim.percent('Paid in cash').fill('60');
  await expect(sim.member(/Aguirre, Ana/)).toContainText('137,793.10');
  await sim.save('Assembly proposal');
  const saved = page.getByRole('status').filter({ hasText: /^Saved as version \d+, in force from 2024\.$/ });
  await expect(saved).toBeVisible();
  const version = /version (\d+)/.exec((await saved.textContent()) ?? '')![1];

  // Policy B: half in cash instead of 60%. Returns stay; cash falls and capitalised rises by the same amount.
  const compare = new SurplusComparePage(page);
  await compare.open(host.url, 2024);
  await expect(compare.side('A')).toContainText(`A: version ${version}`);
  await compare.percent('Paid in cash').fill('50');
  await expect(compare.member(/Aguirre, Ana/)).toContainText('114,827.59');
  await expect(page.getByText('Amounts in ARS.')).toBeVisible();
  expect(await compare.cells(/Aguirre, Ana/)).toEqual([
    '229,655.17', '229,655.17', '0.00',
    '137,793.10', '114,827.59', '-22,965.51',
    '91,862.07', '114,827.58', '+22,965.51',
  ]);
  await expect(compare.step('Interest on capital')).toContainText('ARS 110,000.00');
  await checkA11y(page);

  // A policy the law refuses shows its sentence on its own side; A stays as it was.
  await compare.percent('Reserva legal').fill('4');
  await expect(compare.side('B').getByRole('alert')).toContainText('Ley 20.337 art. 42');
  await expect(compare.side('A')).toContainText('equal to the cent');
  await compare.percent('Reserva legal').fill('5');
  await expect(compare.side('B').getByRole('alert')).toBeHidden();

  // The room's projector: B by member number, then A by name, with no reload of the room's page.
  const controls = new SurplusProjectorControls(page);
  await controls.show('Show B on the projector', 'by member number');
  const room = new SurplusProjectorPage(await page.context().newPage());
  await room.page.setViewportSize({ width: 1280, height: 720 });
  await room.open(host.url);
  await expect(room.title).toHaveText('Distribution of the 2024 result');
  await expect(room.chart).toBeVisible();
  await expect(room.member('Member 1')).toContainText('114,827.59');
  await expect(room.fund('Reserva legal')).toContainText('50,000.00');
  await expect(room.page.getByText('Aguirre, Ana')).toHaveCount(0);
  await checkA11y(room.page);
  await controls.show('Show A on the projector', 'by name');
  await expect(room.member(/Aguirre, Ana/)).toContainText('137,793.10');
  await room.page.close();

  await approvedDistribution(host, members);
  const posting = new SurplusPostingPage(page);
  await posting.open(host.url, 2024);
  await posting.post(/Distribución de excedentes 2024/);
  await expect(posting.done).toHaveText(/^The distribution of 2024 is posted: journal entry \d+\.$/);
  const entry = /journal entry (\d+)/.exec((await posting.done.textContent()) ?? '')![1];
  await page.reload();
  await expect(page.locator('.surplus-posted-entry')).toHaveText(new RegExp(`as journal entry ${entry} \\(`));
  await checkA11y(page);

  const account = new CapitalAccountPage(page);
  await account.openFromMember(host.url, members[0]!);
  // The operation's row (number, date, kind), not the summary of capitalised returns.
  await expect(account.statement.getByRole('row', { name: /^\d+ \S+ Capitalised return/ })).toContainText('91,862.07');

  const returns = new SurplusReturnsPage(page);
  await returns.open(host.url);
  await expect(returns.row(/Aguirre, Ana/)).toContainText('Can be collected');
  await expect(page.getByRole('button', { name: /^Convert to capital/ })).toHaveCount(0);
  await checkA11y(page);
  await returns.asOf(format(addDays(new Date(), 181), 'yyyy-MM-dd'));
  await expect(returns.row(/Aguirre, Ana/)).toContainText('Due: becomes capital');
  await page.screenshot({ path: testInfo.outputPath('returns-en.png') });
  const confirm = await returns.convert('Aguirre, Ana', 2024);
  expect(plain(await confirm.textContent())).toContain('Aguirre, Ana did not collect ARS 137,793.10 of the 2024 return');
  await expect(confirm).toContainText('Ley 20.337 art. 42');
  await checkA11y(page);
  await page.screenshot({ path: testInfo.outputPath('convert-en.png') });
  await confirm.getByRole('button', { name: 'Convert to capital', exact: true }).click();
  await expect(returns.done).toHaveText(/^The return of Aguirre, Ana is now capital: capital register operation \d+\.$/);
  await expect(returns.row(/Aguirre, Ana/)).toHaveCount(0);
  await expect(returns.row(/Benítez, Bruno/)).toContainText('Due: becomes capital');
});

test('returns: nothing to collect before any posting says so', async ({ page, host }) => {
  await exampleCoop(host);
  const returns = new SurplusReturnsPage(page);
  await returns.open(host.url);
  await expect(page.getByText('No cash return is waiting to be collected.')).toBeVisible();
  await checkA11y(page);
});

test('in Spanish at 1366×768: the comparison and the projector, amounts the coop’s way', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  await exampleCoop(host, 'es');
  await closedExampleYear(host);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${host.url}/#/surplus/simulate?year=2024`);
  await expect(page.getByRole('region', { name: 'El proyector' })).toContainText('El proyector no muestra ninguna distribución.');
  await page.screenshot({ path: testInfo.outputPath('simulate-es.png') });
  await page.goto(`${host.url}/#/surplus/compare?year=2024`);
  await page.getByRole('heading', { level: 1, name: 'Dos políticas lado a lado' }).waitFor();
  await page.getByRole('textbox', { name: 'Pagado en efectivo (%)', exact: true }).fill('50');
  const ana = page.getByRole('table', { name: 'Cada asociado con A y con B' }).getByRole('row').filter({ hasText: 'Aguirre, Ana' });
  await expect(ana).toContainText('114.827,59');
  await expect(ana).toContainText('22.965,51');
  await page.screenshot({ path: testInfo.outputPath('compare-es.png') });
  await page.setViewportSize({ width: 1366, height: 1700 });
  await page.screenshot({ path: testInfo.outputPath('compare-es-whole.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByLabel('Los asociados se muestran').selectOption({ label: 'por nombre' });
  await page.getByRole('button', { name: 'Proyectar B' }).click();
  await page.getByRole('status').filter({ hasText: 'está en el proyector' }).waitFor();

  await page.goto(`${host.url}/#/projector/surplus`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Distribución del resultado 2024');
  await expect(page.getByRole('row').filter({ hasText: 'Aguirre, Ana' })).toContainText('114.827,59');
  await checkA11y(page);
  await page.screenshot({ path: testInfo.outputPath('projector-es-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: testInfo.outputPath('projector-es-1920.png') });
});
