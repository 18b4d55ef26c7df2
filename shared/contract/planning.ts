/**
 * Production planning (rules/planning.md): the shop's model (work centres with calendars and maintenance,
 * purchased items, products with routings and bills of materials, partner cooperatives, members' skills,
 * orders), the plan computed from it, its application, a delivery quote and named what-if scenarios.
 * Times in a plan cross as integer minutes since `t0` (the plan's start, 00:00 of its first day, the coop's
 * wall-clock time); each answer also gives `at` strings ('YYYY-MM-DDTHH:MM') where a screen shows a date.
 */
import { z } from 'zod';
import { defineMethods } from './define';
import { empty, isoDate, optionalText, requiredText } from './common';

const id = z.number().int().min(1);
const code = requiredText(40);
const minutes = z.number().int().min(0).max(1_000_000);
/** A wall-clock time of day in minutes after midnight; 1440 is the end of the day. */
const dayMinute = z.number().int().min(0).max(1440);
const weekday = z.number().int().min(1).max(7);
const localDateTime = z.string();
const minorAmount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A wall-clock moment 'YYYY-MM-DDTHH:MM' (the coop's local time). */
const dateTimeInput = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { message: 'errors.date' })
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success, { message: 'errors.date' });
/** A date (a release: its 00:00; a due date: the end of the day) or a moment within it. */
const dateOrMoment = z.union([isoDate, dateTimeInput]);

export const orderStatuses = ['planned', 'firm', 'started', 'done'] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export const exceptionKinds = ['holiday', 'closure', 'extra'] as const;
export const scenarioKinds = ['extra-shift', 'machine-down', 'demand-factor', 'supplier-delay', 'outsource'] as const;
export type ScenarioKind = (typeof scenarioKinds)[number];

// ---- Work centres -------------------------------------------------------------------------------------

export const shift = z
  .object({ weekday, start: dayMinute, end: dayMinute })
  .strict()
  .refine((s) => s.end > s.start, { message: 'planning:errors.SHIFT_ORDER', path: ['end'] });

/** A dated exception: a holiday or closure takes the day (or the given hours) away; an extra shift adds them. */
export const calendarException = z
  .object({ date: isoDate, kind: z.enum(exceptionKinds), start: dayMinute.default(0), end: dayMinute.default(1440), note: optionalText(200).default(null) })
  .strict();

export const workcenterFields = z
  .object({
    code,
    name: requiredText(120),
    lanes: z.number().int().min(0).max(1000),
    /** 1 for a new machine; 0.8: an old one takes 25% longer. */
    efficiency: z.number().gt(0).max(10),
    shifts: z.array(shift).max(100),
    exceptions: z.array(calendarException).max(2000),
  })
  .strict();
export const workcenterInput = workcenterFields.extend({ id: id.nullable().default(null) }).strict();

export const maintenancePlan = z.object({
  id: z.number().int(),
  workcenterId: z.number().int(),
  lane: z.number().int(),
  name: z.string(),
  /** Every N weeks from `firstDate` at `startMinute`, or every N run-hours of the lane's planned work. */
  everyWeeks: z.number().int().nullable(),
  everyRunHours: z.number().int().nullable(),
  durationMinutes: z.number().int(),
  firstDate: z.string(),
  startMinute: z.number().int(),
});
export const maintenanceInput = z
  .object({
    id: id.nullable().default(null),
    workcenterId: id,
    lane: z.number().int().min(0).max(999),
    name: requiredText(120),
    everyWeeks: z.number().int().min(1).max(520).nullable(),
    everyRunHours: z.number().int().min(1).max(100_000).nullable(),
    durationMinutes: z.number().int().min(1).max(7 * 1440),
    firstDate: isoDate,
    startMinute: dayMinute,
  })
  .strict()
  .refine((m) => (m.everyWeeks === null) !== (m.everyRunHours === null), { message: 'planning:errors.MAINTENANCE_PERIOD', path: ['everyWeeks'] });

export const breakdown = z.object({
  id: z.number().int(),
  workcenterId: z.number().int(),
  lane: z.number().int(),
  from: localDateTime,
  /** null: still down (the lane is blocked to the end of the horizon). */
  to: localDateTime.nullable(),
  note: z.string().nullable(),
});
export const breakdownInput = z
  .object({ workcenterId: id, lane: z.number().int().min(0).max(999), from: dateTimeInput, to: dateTimeInput.nullable(), note: optionalText(500).default(null) })
  .strict()
  .refine((b) => b.to === null || b.to > b.from, { message: 'planning:errors.BREAKDOWN_ORDER', path: ['to'] });

export const workcenter = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  lanes: z.number().int(),
  efficiency: z.number(),
  shifts: z.array(z.object({ weekday: z.number().int(), start: z.number().int(), end: z.number().int() })),
  exceptions: z.array(z.object({ date: z.string(), kind: z.enum(exceptionKinds), start: z.number().int(), end: z.number().int(), note: z.string().nullable() })),
  /** Working minutes a week from the shifts, all lanes. */
  weeklyMinutes: z.number().int(),
  maintenance: z.array(maintenancePlan),
  breakdowns: z.array(breakdown),
});
export type WorkcenterView = z.infer<typeof workcenter>;

// ---- Items, partners, products -----------------------------------------------------------------------

export const receipt = z.object({ date: isoDate, qty: z.number().positive().max(1e9) }).strict();
export const itemInput = z
  .object({
    id: id.nullable().default(null),
    code,
    name: requiredText(120),
    unit: requiredText(20),
    onHand: z.number().min(0).max(1e12),
    leadTimeDays: z.number().int().min(0).max(3650),
    supplier: optionalText(120).default(null),
    receipts: z.array(receipt).max(500).default([]),
  })
  .strict();
export const item = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  onHand: z.number(),
  leadTimeDays: z.number().int(),
  supplier: z.string().nullable(),
  receipts: z.array(z.object({ date: z.string(), qty: z.number() })),
});

export const partnerInput = z
  .object({
    id: id.nullable().default(null),
    name: requiredText(120),
    /** What the partner makes or which operations it takes (free words: "galvanising", "sewing"). */
    takes: z.array(requiredText(80)).max(50),
    /** Units it can take a week; null: no stated limit. */
    capacityPerWeek: z.number().int().min(0).max(1e9).nullable(),
    leadTimeDays: z.number().int().min(0).max(3650),
    /** Price per unit in minor units of the coop's currency. */
    priceMinor: minorAmount,
    contact: optionalText(200).default(null),
  })
  .strict();
export const partner = z.object({
  id: z.number().int(),
  name: z.string(),
  takes: z.array(z.string()),
  capacityPerWeek: z.number().int().nullable(),
  leadTimeDays: z.number().int(),
  priceMinor: z.number().int(),
  contact: z.string().nullable(),
});

export const operationInput = z
  .object({
    code,
    name: requiredText(120),
    /** In the shop: a work centre; sent out: a partner (then `leadTimeDays` and `costMinor` apply). */
    workcenterId: id.nullable(),
    partnerId: id.nullable(),
    setupMinutes: minutes,
    runMinutesPerUnit: z.number().min(0).max(100_000),
    skill: optionalText(80).default(null),
    waitAfterMinutes: minutes.default(0),
    leadTimeDays: z.number().int().min(0).max(3650).default(0),
    costMinor: minorAmount.default(0),
    /** Codes of the operations it follows; null: the previous one in the list (a parallel branch names its own). */
    after: z.array(code).max(50).nullable().default(null),
  })
  .strict()
  .refine((op) => (op.workcenterId === null) !== (op.partnerId === null), { message: 'planning:errors.OPERATION_PLACE', path: ['workcenterId'] });
export const materialInput = z
  .object({ itemId: id.nullable(), productId: id.nullable(), qty: z.number().positive().max(1e9) })
  .strict()
  .refine((m) => (m.itemId === null) !== (m.productId === null), { message: 'planning:errors.MATERIAL_KIND', path: ['itemId'] });
export const productInput = z
  .object({
    id: id.nullable().default(null),
    code,
    name: requiredText(120),
    operations: z.array(operationInput).max(200),
    materials: z.array(materialInput).max(200),
  })
  .strict();
export const product = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  operations: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      workcenterId: z.number().int().nullable(),
      partnerId: z.number().int().nullable(),
      setupMinutes: z.number().int(),
      runMinutesPerUnit: z.number(),
      skill: z.string().nullable(),
      waitAfterMinutes: z.number().int(),
      leadTimeDays: z.number().int(),
      costMinor: z.number().int(),
      after: z.array(z.string()).nullable(),
    }),
  ),
  materials: z.array(z.object({ itemId: z.number().int().nullable(), productId: z.number().int().nullable(), qty: z.number() })),
});
export type ProductView = z.infer<typeof product>;

// ---- Skills and orders -------------------------------------------------------------------------------

export const memberSkills = z.object({ memberId: z.number().int(), memberNumber: z.number().int(), name: z.string(), skills: z.array(z.string()) });
export const skillsInput = z.object({ memberId: id, skills: z.array(requiredText(80)).max(50) }).strict();

export const orderInput = z
  .object({
    id: id.nullable().default(null),
    code,
    productId: id,
    qty: z.number().positive().max(1e9),
    release: dateOrMoment,
    due: dateOrMoment,
    /** 0 is the most urgent class. */
    priority: z.number().int().min(0).max(9).default(1),
    customer: optionalText(120).default(null),
  })
  .strict()
  .refine((o) => o.due >= o.release, { message: 'planning:errors.DUE_BEFORE_RELEASE', path: ['due'] });
export const order = z.object({
  id: z.number().int(),
  code: z.string(),
  productId: z.number().int(),
  productName: z.string(),
  qty: z.number(),
  release: z.string(),
  due: z.string(),
  priority: z.number().int(),
  status: z.enum(orderStatuses),
  customer: z.string().nullable(),
});

// ---- The plan ----------------------------------------------------------------------------------------

export const planInput = z
  .object({
    /** The plan's first day (T0 = its 00:00); null: today. */
    start: isoDate.nullable().default(null),
    weeks: z.number().int().min(1).max(104).default(12),
    rule: z.enum(['EDD', 'FIFO']).default('EDD'),
    fairness: z.boolean().default(true),
  })
  .strict();

export const plannedOp = z.object({
  order: z.string(),
  op: z.string(),
  wc: z.string(),
  lane: z.number().int().nullable(),
  member: z.string().nullable(),
  memberId: z.number().int().nullable(),
  /** The partner an outsourced operation is sent to. */
  partner: z.string().nullable(),
  start: z.number(),
  end: z.number(),
  minutes: z.number(),
  /** Fixed: firm or started work, or a maintenance block / breakdown (`order` is then its reason). */
  fixed: z.boolean(),
  after: z.array(z.string()),
});
export const plannedOrderRow = z.object({
  id: z.string(),
  orderId: z.number().int().nullable(),
  product: z.string(),
  parent: z.string().nullable(),
  status: z.enum(orderStatuses),
  start: z.number(),
  end: z.number(),
  due: z.number(),
  endAt: localDateTime,
  dueAt: localDateTime,
  lateness: z.number(),
  tardiness: z.number(),
  reasons: z.array(z.enum(['material', 'capacity', 'lead_time'])),
  /** Finite completion minus infinite: how much the shop's capacity delays it. */
  capacityDelay: z.number(),
});
export const metrics = z.object({
  makespan: z.number(),
  totalTardiness: z.number(),
  maxTardiness: z.number(),
  lateOrders: z.number().int(),
  onTimeRate: z.number(),
  meanFlowTime: z.number(),
  bottleneck: z.string().nullable(),
  fairness: z.number().nullable(),
  /** Σ finite completion − infinite completion over the orders. */
  capacityDelay: z.number(),
});
export type PlanMetricsView = z.infer<typeof metrics>;
export const weekLoad = z.object({
  wc: z.string(),
  /** ISO week 'YYYY-Www'. */
  week: z.string(),
  booked: z.number(),
  available: z.number(),
  /** Rough cut: infinite-capacity load that would fall in the week (due-date driven demand). */
  load: z.number(),
});
export const buildAhead = z.object({ wc: z.string(), fromWeek: z.string(), toWeek: z.string(), minutes: z.number() });
export const memberLoad = z.object({ memberId: z.number().int(), name: z.string(), booked: z.number(), committed: z.number() });
export const purchase = z.object({ item: z.string(), qty: z.number(), orderBy: localDateTime, arrives: localDateTime, for: z.string() });
export const nextFree = z.object({ wc: z.string(), lane: z.number().int(), at: localDateTime.nullable(), minute: z.number().nullable() });
export const outsourced = z.object({ order: z.string(), op: z.string(), partner: z.string(), sent: localDateTime, back: localDateTime, costMinor: z.number().int() });

export const planView = z.object({
  t0: localDateTime,
  now: z.number(),
  horizon: z.number(),
  workcenters: z.array(z.object({ code: z.string(), name: z.string(), lanes: z.number().int() })),
  ops: z.array(plannedOp),
  orders: z.array(plannedOrderRow),
  metrics,
  utilisation: z.array(z.object({ wc: z.string(), booked: z.number(), available: z.number() })),
  weeks: z.array(weekLoad),
  buildAhead: z.array(buildAhead),
  members: z.array(memberLoad),
  purchases: z.array(purchase),
  outsourced: z.array(outsourced),
  nextFree: z.array(nextFree),
});
export type PlanView = z.infer<typeof planView>;

export const quoteInput = z
  .object({ productId: id, qty: z.number().positive().max(1e9), release: isoDate.nullable().default(null), priority: z.number().int().min(0).max(9).default(1), start: isoDate.nullable().default(null), weeks: z.number().int().min(1).max(104).default(12) })
  .strict();
export const quote = z.object({ end: z.number(), endAt: localDateTime, ops: z.array(plannedOp), reasons: z.array(z.string()), purchases: z.array(purchase) });

export const appliedPlan = z.object({
  id: z.number().int(),
  appliedAt: z.string(),
  t0: z.string(),
  weeks: z.number().int(),
  metrics,
  ops: z.number().int(),
  orders: z.number().int(),
});

// ---- Scenarios ---------------------------------------------------------------------------------------

export const scenarioParams = z
  .object({
    workcenterId: id.nullable().default(null),
    itemId: id.nullable().default(null),
    productId: id.nullable().default(null),
    partnerId: id.nullable().default(null),
    operation: z.string().max(40).nullable().default(null),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    /** extra-shift: the shift's hours; machine-down: lanes lost. */
    weekday: weekday.nullable().default(null),
    startMinute: dayMinute.nullable().default(null),
    endMinute: dayMinute.nullable().default(null),
    lanes: z.number().int().min(1).max(1000).nullable().default(null),
    /** demand-factor: the orders' quantity multiplier (1.5 = +50%). */
    factor: z.number().gt(0).max(100).nullable().default(null),
    /** supplier-delay: days added to the lead time. */
    extraDays: z.number().int().min(0).max(3650).nullable().default(null),
  })
  .strict();
export const scenarioInput = z.object({ id: id.nullable().default(null), name: requiredText(120), kind: z.enum(scenarioKinds), params: scenarioParams }).strict();
export const scenario = z.object({ id: z.number().int(), name: z.string(), kind: z.enum(scenarioKinds), params: scenarioParams });
export const compareInput = z.object({ scenarioIds: z.array(id).max(10), start: isoDate.nullable().default(null), weeks: z.number().int().min(1).max(104).default(12) }).strict();
export const comparison = z.array(
  z.object({
    scenarioId: z.number().int().nullable(),
    name: z.string(),
    metrics,
    utilisation: z.array(z.object({ wc: z.string(), booked: z.number(), available: z.number() })),
  }),
);

const removed = z.object({ removed: z.literal(true) });
const removeInput = z.object({ id }).strict();
const r = ['planning'] as const;
const w = ['planning', 'audit'] as const;
const planReads = ['planning', 'members', 'attendance'] as const;

export const planningMethods = defineMethods({
  'planning.workcenters': { input: empty, output: z.array(workcenter), reads: r },
  'planning.saveWorkcenter': { input: workcenterInput, output: workcenter, reads: r, writes: w },
  'planning.removeWorkcenter': { input: removeInput, output: removed, reads: r, writes: w },
  'planning.saveMaintenance': { input: maintenanceInput, output: maintenancePlan, reads: r, writes: w },
  'planning.removeMaintenance': { input: removeInput, output: removed, reads: r, writes: w },
  'planning.logBreakdown': { input: breakdownInput, output: breakdown, reads: r, writes: w },
  'planning.closeBreakdown': { input: z.object({ id, to: dateTimeInput }).strict(), output: breakdown, reads: r, writes: w },
  'planning.items': { input: empty, output: z.array(item), reads: r },
  'planning.saveItem': { input: itemInput, output: item, reads: r, writes: w },
  'planning.removeItem': { input: removeInput, output: removed, reads: r, writes: w },
  'planning.partners': { input: empty, output: z.array(partner), reads: r },
  'planning.savePartner': { input: partnerInput, output: partner, reads: r, writes: w },
  'planning.removePartner': { input: removeInput, output: removed, reads: r, writes: w },
  'planning.products': { input: empty, output: z.array(product), reads: r },
  'planning.saveProduct': { input: productInput, output: product, reads: r, writes: w },
  'planning.removeProduct': { input: removeInput, output: removed, reads: r, writes: w },
  'planning.skills': { input: empty, output: z.array(memberSkills), reads: ['planning', 'members'] },
  'planning.setSkills': { input: skillsInput, output: memberSkills, reads: ['planning', 'members'], writes: w },
  'planning.orders': { input: z.object({ status: z.enum(orderStatuses).nullable().default(null) }).strict(), output: z.array(order), reads: r },
  'planning.saveOrder': { input: orderInput, output: order, reads: r, writes: w },
  'planning.setOrderStatus': { input: z.object({ id, status: z.enum(orderStatuses) }).strict(), output: order, reads: r, writes: w },
  'planning.removeOrder': { input: removeInput, output: removed, reads: r, writes: w },
  'planning.plan': { input: planInput, output: planView, reads: planReads },
  'planning.apply': { input: planInput, output: appliedPlan, reads: planReads, writes: w },
  'planning.applied': { input: empty, output: z.object({ plan: appliedPlan.nullable(), view: planView.nullable() }), reads: r },
  'planning.quote': { input: quoteInput, output: quote, reads: planReads },
  'planning.scenarios': { input: empty, output: z.array(scenario), reads: r },
  'planning.saveScenario': { input: scenarioInput, output: scenario, reads: r, writes: w },
  'planning.removeScenario': { input: removeInput, output: removed, reads: r, writes: w },
  'planning.compare': { input: compareInput, output: comparison, reads: planReads },
});
