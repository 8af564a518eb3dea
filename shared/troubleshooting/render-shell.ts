import type { Language } from '../i18n';
import { translate } from '../i18n';
import { renderRunbookScript } from '../runbook';
import type { PlanCommand, TroubleshootingPlan } from './types';

/**
 * A plan as a safe bash script: the runbook script (shared/runbook) headed by the diagnosis, with
 * node commands run through the plan's own `gcloud compute ssh` step.
 */

/** The SSH prefix (without --command) that reaches the node, from the plan's connect step. */
function sshCommand(plan: TroubleshootingPlan): PlanCommand | undefined {
  const connect = plan.steps.find((s) => s.id === 'connect-node');
  return connect?.commands.find((c) => c.shell === 'bash' && /^gcloud compute ssh\b/.test(c.run));
}

/** The plan as a commented, read-only-by-default bash script. */
export function renderPlanShellScript(
  plan: TroubleshootingPlan,
  language: Language = plan.language,
): string {
  const { diagnosis } = plan;
  const cause = translate(language, `cause.${diagnosis.cause}`);
  // Autopilot has no SSH to nodes: its script says nothing about connecting to one.
  const variant = plan.context.autopilot ? '.autopilot' : '';
  return renderRunbookScript({
    steps: plan.steps,
    language,
    header: [
      translate(language, 'sh.header', {
        cause: `${diagnosis.cause} — ${cause}`,
        confidence: diagnosis.confidence,
      }),
      diagnosis.summary,
    ],
    ssh: sshCommand(plan),
    safety: `sh.safety${variant}`,
    usage: `sh.usage${variant}`,
  });
}
