/**
 * The scenario file of rules/planning.md, key for key: what `minga plan --scenario FILE.json` reads. Times
 * are integer minutes since `T0`. Unknown keys are refused, so a misspelt key never plans something else.
 */
import { z } from 'zod';

const minute = z.number().int().min(-(2 ** 50)).max(2 ** 50);
const duration = z.number().min(0).max(2 ** 40);
const name = z.string().min(1).max(120);
const calendar = z.array(z.tuple([minute, minute]));

const workcenter = z.strictObject({
  capacity: z.number().int().min(0).max(10_000).optional(),
  efficiency: z.number().gt(0).max(100).optional(),
  calendar: calendar.optional(),
  blocks: z.array(z.tuple([z.number().int().min(0), minute, minute, z.string().max(200)])).optional(),
  outsourced: z.boolean().optional(),
});

const operation = z.strictObject({
  id: name,
  wc: name,
  setup: duration.optional(),
  run: duration.optional(),
  skill: name.optional(),
  wait_after: duration.optional(),
  outsourced: z.boolean().optional(),
  lead: duration.optional(),
  after: z.array(name).optional(),
});

export const planScenario = z.strictObject({
  options: z
    .strictObject({
      rule: z.enum(['EDD', 'FIFO']).optional(),
      fairness: z.boolean().optional(),
      mode: z.enum(['finite', 'infinite']).optional(),
    })
    .optional(),
  model: z.strictObject({
    T0: z.iso.datetime({ local: true }).optional(),
    now: minute.optional(),
    workcenters: z.record(name, workcenter),
    members: z.record(name, z.strictObject({ skills: z.array(name), calendar: calendar.optional() })).optional(),
    items: z
      .record(
        name,
        z.strictObject({
          on_hand: z.number().min(0).optional(),
          lead_time: duration.optional(),
          receipts: z.array(z.tuple([minute, z.number().min(0)])).optional(),
        }),
      )
      .optional(),
    products: z.record(name, z.strictObject({ materials: z.record(name, z.number().min(0)).optional(), ops: z.array(operation) })),
    orders: z.array(
      z.strictObject({
        id: name,
        product: name,
        qty: z.number().positive().max(1e9),
        due: minute,
        release: minute.optional(),
        priority: z.number().int().min(0).max(1000).optional(),
      }),
    ),
  }),
});
export type PlanScenario = z.infer<typeof planScenario>;
