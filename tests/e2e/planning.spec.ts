/**
 * Production planning end to end, as a planner does it: a machine, a product and an order defined on
 * the screens, the plan and its Gantt walked by keyboard, a maintenance block that moves the work, and
 * a what-if compared with the current plan.
 */
import { expect, test } from './fixtures';
import { PlanningPage } from './pages/planning';
import { addDays, nextMonday } from './pages/planning-data';

test('define a product, a machine and an order, plan, walk the Gantt, add maintenance, re-plan and compare a scenario', async ({ page, host }) => {
  const planning = new PlanningPage(page);
  const monday = nextMonday();

  await planning.open(host.url, 'shop');
  await planning.createWorkcenter({ code: 'PRESS', name: 'Hydraulic press' });
  await expect(page.getByRole('rowheader', { name: 'PRESS' })).toBeVisible();

  await planning.tab('Products');
  await planning.createProduct({ code: 'BRK', name: 'Bracket', ops: [{ code: 'cut', name: 'Cut', wc: 'PRESS', setup: '30', run: '6' }] });
  await expect(page.getByRole('row', { name: /BRK/ })).toContainText('cut (PRESS)');

  await planning.tab('Orders');
  await planning.createOrder({ code: 'O-1', qty: '10', release: monday, due: addDays(monday, 14) });
  await expect(page.getByRole('rowheader', { name: 'O-1' })).toBeVisible();

  // Monday 08:00 is the press's first working minute: 30 min setup + 10 × 6 min run ends at 09:30.
  await planning.tab('Plan');
  await planning.planFrom(monday);
  const bar = planning.bars('O-1, cut on PRESS');
  await expect(bar).toHaveCount(1);
  await expect(bar).toHaveAccessibleName(/8:00 AM – 9:30 AM$/);
  await expect(planning.figure('Late orders')).toHaveText('0 of 1');

  // The chart is one tab stop; an arrow lands on the first bar in view, Enter explains it.
  await planning.gantt.focus();
  await page.keyboard.press('ArrowRight');
  await expect(bar).toBeFocused();
  await page.keyboard.press('Enter');
  const details = planning.dialog('O-1: cut');
  await expect(details).toContainText('Why it starts then');
  await expect(details).toContainText('PRESS starts working on Dec');
  await expect(details).toContainText('It starts as soon as it is ready and the work centre is working.');
  await expect(details).toContainText('1 h 30 min');
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(bar).toBeFocused();

  // Maintenance takes Monday 08:00–12:00 from the press: the cut moves to 12:00–13:30.
  await planning.tab('Shop');
  await planning.addMaintenance('PRESS', { name: 'Oil change', first: monday, at: '08:00', hours: '4', everyWeeks: '1' });
  await expect(page.getByText(/^Oil change: lane 1, every 1 weeks/)).toBeVisible();
  await planning.tab('Plan');
  await expect(bar).toHaveAccessibleName(/12:00 PM – 1:30 PM$/);
  await expect(planning.gantt.getByRole('button', { name: /Oil change/ }).first()).toBeVisible();
  await planning.gantt.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(planning.dialog('O-1: cut')).toContainText("It then waits 4 h for the lane, a qualified member or the member's hours.");
  await planning.dialog('O-1: cut').getByRole('button', { name: 'Close' }).click();

  // Twice the demand: 30 + 20 × 6 = 150 minutes, so everything is done an hour later.
  await planning.tab('Scenarios');
  await planning.createScenario({ name: 'Double demand', kind: 'Demand × factor', factor: '2' });
  await page.getByRole('checkbox', { name: /Double demand/ }).check();
  await page.getByRole('button', { name: 'Compare with the current plan' }).click();
  const row = planning.comparison.getByRole('row', { name: /Until all is done/ });
  await expect(row).toContainText('13 h 30 min');
  await expect(row).toContainText('14 h 30 min');
  await expect(row).toContainText('+1 h');
  await expect(planning.comparison.getByRole('columnheader')).toHaveText(['Figure', 'Current plan', 'Double demand']);
});

test('the service refuses a routing that goes round in a cycle, and the form says so', async ({ page, host }) => {
  const planning = new PlanningPage(page);
  await planning.open(host.url, 'shop');
  await planning.createWorkcenter({ code: 'SAW', name: 'Saw' });
  await expect(page.getByRole('rowheader', { name: 'SAW' })).toBeVisible();
  await planning.tab('Products');
  await page.getByRole('button', { name: 'New product' }).first().click();
  const dialog = planning.dialog('New product');
  await dialog.getByRole('textbox', { name: /^Code/ }).first().fill('LOOP');
  await dialog.getByRole('textbox', { name: /^Name/ }).first().fill('Loop');
  const first = dialog.getByRole('group', { name: 'Operation 1' });
  await first.getByRole('textbox', { name: /^Code/ }).fill('a');
  await first.getByRole('textbox', { name: /^Name/ }).fill('A');
  await first.getByRole('textbox', { name: /^Follows/ }).fill('b');
  await dialog.getByRole('button', { name: 'Add an operation' }).click();
  const second = dialog.getByRole('group', { name: 'Operation 2' });
  await second.getByRole('textbox', { name: /^Code/ }).fill('b');
  await second.getByRole('textbox', { name: /^Name/ }).fill('B');
  await second.getByRole('textbox', { name: /^Follows/ }).fill('a');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/cycle/);
});

test('a plan of 5,000 operations draws only what is in view, and the keyboard still reaches the far end of a lane', async ({ page, host }) => {
  test.setTimeout(240_000);
  const monday = nextMonday();
  const always = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: 0, end: 1440 }));
  const cut = (await host.call('planning.saveWorkcenter', { id: null, code: 'CUT', name: 'Cut', lanes: 3, efficiency: 1, shifts: always, exceptions: [] })) as { id: number };
  const bend = (await host.call('planning.saveWorkcenter', { id: null, code: 'BEND', name: 'Bend', lanes: 3, efficiency: 1, shifts: always, exceptions: [] })) as { id: number };
  const product = (await host.call('planning.saveProduct', {
    id: null,
    code: 'P',
    name: 'Part',
    operations: [
      { code: 'cut', name: 'Cut', workcenterId: cut.id, partnerId: null, setupMinutes: 5, runMinutesPerUnit: 1 },
      { code: 'bend', name: 'Bend', workcenterId: bend.id, partnerId: null, setupMinutes: 5, runMinutesPerUnit: 1 },
    ],
    materials: [],
  })) as { id: number };
  for (let i = 0; i < 2500; i++) {
    await host.call('planning.saveOrder', { id: null, code: `B-${i}`, productId: product.id, qty: 50, release: monday, due: addDays(monday, 40), priority: 1 });
  }

  const planning = new PlanningPage(page);
  await planning.open(host.url);
  await planning.planFrom(monday);
  await expect(page.getByText(/^5,000 operations from/)).toBeVisible({ timeout: 60_000 });
  const drawn = planning.gantt.getByRole('button');
  expect(await drawn.count()).toBeLessThan(400);

  await planning.gantt.focus();
  await page.keyboard.press('ArrowRight');
  // The first lane drawn is BEND's (work centres come in code order): its first bar is B-0's bend.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/^B-0, bend on BEND, /);
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName(/, bend on BEND, /);
  await page.keyboard.press('End');
  const last = focused;
  await expect(last).toHaveAccessibleName(/^B-\d+, bend on BEND, /);
  await expect(last).not.toHaveAccessibleName(/Dec 7, 2026/);
  await expect(last).toBeInViewport();
  expect(await drawn.count()).toBeLessThan(400);
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  expect(await drawn.count()).toBeLessThan(2500);
});
