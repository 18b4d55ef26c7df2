import type { Generated } from 'kysely';

export interface PlanningWorkcenterTable { id: Generated<number>; code: string; name: string; lanes: number; efficiency: number }
export interface PlanningShiftTable { id: Generated<number>; workcenter_id: number; weekday: number; start_minute: number; end_minute: number }
export interface PlanningCalendarExceptionTable {
  id: Generated<number>;
  workcenter_id: number;
  date: string;
  kind: 'holiday' | 'closure' | 'extra';
  start_minute: number;
  end_minute: number;
  note: string | null;
}
export interface PlanningMaintenanceTable {
  id: Generated<number>;
  workcenter_id: number;
  lane: number;
  name: string;
  every_weeks: number | null;
  every_run_hours: number | null;
  duration_minutes: number;
  first_date: string;
  start_minute: number;
}
export interface PlanningBreakdownTable { id: Generated<number>; workcenter_id: number; lane: number; from_at: string; to_at: string | null; note: string | null }
export interface PlanningItemTable { id: Generated<number>; code: string; name: string; unit: string; on_hand: number; lead_time_days: number; supplier: string | null }
export interface PlanningReceiptTable { id: Generated<number>; item_id: number; date: string; qty: number }
export interface PlanningPartnerTable {
  id: Generated<number>;
  name: string;
  takes_json: string;
  capacity_per_week: number | null;
  lead_time_days: number;
  price_minor: number;
  contact: string | null;
}
export interface PlanningProductTable { id: Generated<number>; code: string; name: string }
export interface PlanningOperationTable {
  id: Generated<number>;
  product_id: number;
  seq: number;
  code: string;
  name: string;
  workcenter_id: number | null;
  partner_id: number | null;
  setup_minutes: number;
  run_minutes: number;
  skill: string | null;
  wait_after_minutes: number;
  lead_time_days: number;
  cost_minor: number;
  after_json: string | null;
}
export interface PlanningMaterialTable { id: Generated<number>; product_id: number; seq: number; item_id: number | null; component_id: number | null; qty: number }
export interface PlanningSkillTable { member_id: number; skill: string }
export interface PlanningOrderTable {
  id: Generated<number>;
  code: string;
  product_id: number;
  qty: number;
  release_at: string;
  due_at: string;
  priority: number;
  status: 'planned' | 'firm' | 'started' | 'done';
  customer: string | null;
}
export interface PlanningScenarioTable {
  id: Generated<number>;
  name: string;
  kind: 'extra-shift' | 'machine-down' | 'demand-factor' | 'supplier-delay' | 'outsource';
  params_json: string;
}
export interface PlanningAppliedTable {
  id: Generated<number>;
  applied_at: string;
  actor: string;
  t0: string;
  weeks: number;
  metrics_json: string;
  view_json: string;
  /** The hash of its content (services/planning/content.ts); null only for a row 0016 could not reach. */
  content_hash: string | null;
}
export interface PlanningAppliedOpTable {
  plan_id: number;
  order_code: string;
  op_code: string;
  workcenter: string;
  lane: number | null;
  member_id: number | null;
  start_at: string;
  end_at: string;
}

export interface PlanningTables {
  planning_workcenter: PlanningWorkcenterTable;
  planning_shift: PlanningShiftTable;
  planning_calendar_exception: PlanningCalendarExceptionTable;
  planning_maintenance: PlanningMaintenanceTable;
  planning_breakdown: PlanningBreakdownTable;
  planning_item: PlanningItemTable;
  planning_receipt: PlanningReceiptTable;
  planning_partner: PlanningPartnerTable;
  planning_product: PlanningProductTable;
  planning_operation: PlanningOperationTable;
  planning_material: PlanningMaterialTable;
  planning_skill: PlanningSkillTable;
  planning_order: PlanningOrderTable;
  planning_scenario: PlanningScenarioTable;
  planning_applied: PlanningAppliedTable;
  planning_applied_op: PlanningAppliedOpTable;
}
