import { translate, type Language } from '../i18n';
import {
  appendStepsMarkdown,
  escapeMarkdown,
  inlineCode,
  joinMarkdown,
  renderRunbookScript,
} from '../runbook';
import type { FederationPlan } from './plan';

/** The procedure as a Markdown runbook: the values it creates and grants, then the steps. */
export function renderFederationMarkdown(
  plan: FederationPlan,
  language: Language = plan.language,
): string {
  const lines = [
    `# ${escapeMarkdown(translate(language, 'wif.md.title', { subject: plan.values.subject }))}`,
    '',
    escapeMarkdown(plan.summary),
    '',
    `## ${escapeMarkdown(translate(language, 'wif.md.facts'))}`,
    '',
    `| ${escapeMarkdown(translate(language, 'md.field'))} | ${escapeMarkdown(translate(language, 'md.value'))} |`,
    '| --- | --- |',
    ...Object.entries(plan.values).map(
      ([key, value]) => `| ${key} | ${inlineCode(String(value)).replace(/\|/g, '\\|')} |`,
    ),
    '',
    `## ${escapeMarkdown(translate(language, 'md.steps'))}`,
    '',
  ];
  appendStepsMarkdown(lines, plan.steps, language, { onFailureEnd: 'wif.md.on-failure.end' });
  return joinMarkdown(lines);
}

/** The procedure as a bash script that only prints its changes unless run with `--apply`. */
export function renderFederationScript(
  plan: FederationPlan,
  language: Language = plan.language,
): string {
  return renderRunbookScript({
    steps: plan.steps,
    language,
    header: [
      translate(language, 'wif.sh.header', {
        subject: plan.values.subject,
        issuer: plan.values.issuer,
        repository: plan.values.repository,
      }),
      plan.summary,
    ],
    nextEnd: 'wif.sh.next-end',
  });
}
