import { appendStepsJson } from './step-templates';
import type { TroubleshootingPlan } from './types';

const PLAN_FIELDS = ['language', 'diagnosis', 'alternatives', 'steps', 'checks', 'context'];

function hasPlanFields(plan: object): boolean {
  const fields = Object.keys(plan);
  return fields.length === PLAN_FIELDS.length && fields.every((f, i) => f === PLAN_FIELDS[i]);
}

/**
 * A plan's JSON answer, `checks` as the answer presents them: the bytes of
 * `JSON.stringify({ ...plan, checks })`, with the steps written from their templates' fragments
 * (step-templates.ts), most of a plan's ten kilobytes serialized once per situation.
 */
export function planJson(plan: TroubleshootingPlan, checks: unknown = plan.checks): string {
  if (!hasPlanFields(plan)) return JSON.stringify({ ...plan, checks });
  const parts = [
    '{"language":',
    JSON.stringify(plan.language),
    ',"diagnosis":',
    JSON.stringify(plan.diagnosis),
    ',"alternatives":',
    JSON.stringify(plan.alternatives),
    ',"steps":',
  ];
  appendStepsJson(plan.steps, parts);
  parts.push(
    ',"checks":',
    JSON.stringify(checks),
    ',"context":',
    JSON.stringify(plan.context),
    '}',
  );
  return parts.join('');
}
