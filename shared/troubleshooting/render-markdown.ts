import type { Language } from '../i18n';
import { translate } from '../i18n';
import { appendStepsMarkdown, escapeMarkdown, inlineCode, joinMarkdown } from '../runbook';
import type { TroubleshootingPlan } from './types';

/**
 * A plan as a Markdown runbook. All text from the plan is escaped (it may carry values from the
 * request or the pasted log); commands and excerpts go into code spans and fences that are
 * longer than any backtick run inside them, so nothing pasted can close them early.
 */

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

/** The plan as a readable runbook in the plan's language (or the one given). */
export function renderPlanMarkdown(
  plan: TroubleshootingPlan,
  language: Language = plan.language,
): string {
  const { diagnosis } = plan;
  const causeTitle = translate(language, `cause.${diagnosis.cause}`);
  const lines: string[] = [
    `# ${escapeMarkdown(translate(language, 'md.title', { cause: causeTitle }))}`,
    '',
  ];

  lines.push(`## ${escapeMarkdown(translate(language, 'md.diagnosis'))}`, '');
  lines.push(
    `- **${escapeMarkdown(translate(language, 'md.cause'))}:** ${inlineCode(diagnosis.cause)} (${escapeMarkdown(causeTitle)})`,
  );
  lines.push(
    `- **${escapeMarkdown(translate(language, 'md.confidence'))}:** ${percent(diagnosis.confidence)}`,
    '',
  );
  lines.push(escapeMarkdown(diagnosis.summary), '');

  if (plan.alternatives.length > 0) {
    lines.push(`### ${escapeMarkdown(translate(language, 'md.alternatives'))}`, '');
    for (const alt of plan.alternatives) {
      lines.push(
        `- ${inlineCode(alt.cause)} (${escapeMarkdown(translate(language, `cause.${alt.cause}`))}): ${percent(alt.confidence)}`,
      );
    }
    lines.push('');
  }
  if (diagnosis.evidence.length > 0) {
    lines.push(`### ${escapeMarkdown(translate(language, 'md.evidence'))}`, '');
    for (const e of diagnosis.evidence)
      lines.push(`- ${inlineCode(e.pattern)}: ${inlineCode(e.excerpt)}`);
    lines.push('');
  }
  const facts = Object.entries(diagnosis.extracted).filter(([, v]) => v !== null);
  if (facts.length > 0) {
    lines.push(`### ${escapeMarkdown(translate(language, 'md.extracted'))}`, '');
    lines.push(
      `| ${escapeMarkdown(translate(language, 'md.field'))} | ${escapeMarkdown(translate(language, 'md.value'))} |`,
      '| --- | --- |',
    );
    for (const [key, value] of facts)
      lines.push(`| ${key} | ${inlineCode(String(value)).replace(/\|/g, '\\|')} |`);
    lines.push('');
  }

  lines.push(`## ${escapeMarkdown(translate(language, 'md.steps'))}`, '');
  appendStepsMarkdown(lines, plan.steps, language);

  if (plan.checks.length > 0) {
    lines.push(`## ${escapeMarkdown(translate(language, 'md.checks'))}`, '');
    for (const check of plan.checks)
      lines.push(
        `- ${inlineCode(check.id)} ${inlineCode(check.status)}: ${escapeMarkdown(check.message)}`,
      );
    lines.push('');
  }
  return joinMarkdown(lines);
}
