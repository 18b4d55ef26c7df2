/**
 * The surplus screens (issue 10) on the public Argentine example of rules/surplus.md: the year closed in
 * the screen with amounts typed the coop's way, the simulation recomputed as the policy is typed and
 * matching the example to the cent, a fund below the legal minimum refused with its article, and the
 * policy saved as a new version.
 */
import { checkA11y, expect, test } from './fixtures';
import { SurplusPostingPage, SurplusSimulationPage, SurplusYearPage } from './pages/surplus';
import { approvedDistribution, closedExampleYear, exampleCoop } from './pages/surplus-data';

test.use({ seed: 'empty' });

test('close 2024, simulate the public example, change the cash share, see a refusal, save the policy', async ({ page, host }) => {
  test.setTimeout(90_000);
  await exampleCoop(host);

  const year = new SurplusYearPage(page);
  await year.open(host.url, 2024);
  await checkA11y(page);
  await year.close({ members: '1,100,000.00', nonMembers: '150,000.00', tax: '0.00', openingLosses: '100,000.00' });
  await expect(page.getByRole('heading', { level: 2, name: 'The fiscal year 2024, closed' })).toBeVisible();
  await expect(year.figure('Result with members')).toHaveText(/1,100,000\.00/);
  await expect(year.figure('Unabsorbed prior losses')).toHaveText(/100,000\.00/);
  await expect(year.figure('Total result')).toHaveText(/1,250,000\.00/);

  await page.getByRole('link', { name: 'Simulation' }).click();
  const sim = new SurplusSimulationPage(page);
  await page.getByRole('heading', { level: 1, name: 'Simulation of the distribution' }).waitFor();
  // Banco Nación's discount rate of 38% plus one point: the cap the assembly records for the year.
  await sim.percent('Interest cap').fill('39');
  await sim.percent('Interest on capital').fill('20');
  await sim.percent('Paid in cash').fill('60');
  await expect(sim.member(/Aguirre, Ana/)).toContainText('229,655.17');
  await expect(sim.member(/Aguirre, Ana/)).toContainText('137,793.10');
  await expect(sim.member(/Aguirre, Ana/)).toContainText('91,862.07');
  await expect(sim.member(/Espinoza, Eva/)).toContainText('52,310.35');
  await expect(sim.step('Prior losses compensated')).toContainText('100,000.00');
  await expect(sim.step('Interest on capital')).toContainText('110,000.00');
  await expect(sim.check).toHaveText(/1,250,000\.00.*1,250,000\.00: equal to the cent/);

  // The largest remainder's cent goes to Eva (52,310.34 + 0.01), as in the example's table.
  const computation = await sim.explain('Espinoza, Eva');
  await expect(computation).toContainText('Cent added by the largest remainder');
  await expect(computation).toContainText('52,310.3448');
  await checkA11y(page);
  await computation.getByRole('button', { name: 'Close' }).click();

  await sim.percent('Paid in cash').fill('50');
  await expect(sim.member(/Aguirre, Ana/)).toContainText('114,827.59');
  await expect(sim.member(/Aguirre, Ana/)).toContainText('229,655.17');

  await sim.percent('Reserva legal').fill('4');
  await expect(sim.refusal).toContainText('Ley 20.337 art. 42');
  await sim.percent('Reserva legal').fill('5');
  await expect(sim.refusal).toBeHidden();
  await expect(sim.member(/Aguirre, Ana/)).toContainText('114,827.59');

  await sim.save('Assembly proposal');
  await expect(page.getByRole('status').filter({ hasText: /^Saved as version \d+, in force from 2024\.$/ })).toBeVisible();
});

test('post the distribution an assembly approved, see its journal entry, reverse it with a reason', async ({ page, host }) => {
  test.setTimeout(90_000);
  const members = await exampleCoop(host);
  await closedExampleYear(host);
  await approvedDistribution(host, members);

  const posting = new SurplusPostingPage(page);
  await posting.open(host.url, 2024);
  await posting.post(/Distribución de excedentes 2024/);
  await expect(posting.done).toHaveText(/^The distribution of 2024 is posted: journal entry \d+\.$/);
  await expect(page.getByRole('heading', { level: 2, name: 'The distribution of 2024 is posted' })).toBeVisible();

  await posting.reverse('The assembly voted on a draft with the wrong hours');
  await expect(posting.done).toHaveText(/^The distribution of 2024 is reversed: journal entry \d+\.$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Post the distribution of 2024' })).toBeVisible();
});
