/**
 * Google Cloud project IDs (Resource Manager `Project.project_id`): "6 to 30 lowercase ASCII
 * letters, digits, or hyphens. It must start with a letter. Trailing hyphens are prohibited."
 * A domain-scoped project (`example.com:my-project`) is written `example.com/my-project` in a
 * Docker path; its domain part must be a valid domain name.
 *
 * Rules for creating new projects (no "google", "ssl", …) are not applied: existing projects
 * such as `google-containers` predate them and are pulled from every day.
 */
import type { Message } from '../i18n';
import { isDigit, isLowerAlpha, isLowerAlphanumeric } from './chars';

export const PROJECT_ID_MIN_LENGTH = 6;
export const PROJECT_ID_MAX_LENGTH = 30;
export const DOMAIN_SCOPE_SEPARATOR = ':';
export const DOMAIN_MAX_LENGTH = 253;
export const DOMAIN_LABEL_MAX_LENGTH = 63;

/**
 * The same rules as one regular expression, for schemas and the contract: an optional domain
 * scope (`example.com:`), then a letter, lowercase letters, digits or hyphens, and no trailing
 * hyphen. The domain part is only shaped here; `projectDomainViolations` checks its labels.
 */
export const PROJECT_ID_PATTERN = new RegExp(
  `^(?:[a-z0-9][a-z0-9.-]{0,${DOMAIN_LABEL_MAX_LENGTH - 1}}${DOMAIN_SCOPE_SEPARATOR})?` +
    `[a-z][a-z0-9-]{${PROJECT_ID_MIN_LENGTH - 2},${PROJECT_ID_MAX_LENGTH - 2}}[a-z0-9]$`,
);
export const PROJECT_NUMBER_PATTERN = /^[0-9]{1,20}$/;

/** Every rule the project ID breaks, as clauses; empty when valid. */
export function projectIdViolations(projectId: string): Message[] {
  const violations: Message[] = [];
  const length = projectId.length;
  if (length < PROJECT_ID_MIN_LENGTH || length > PROJECT_ID_MAX_LENGTH) {
    violations.push({
      id: 'projectId.length',
      params: { min: PROJECT_ID_MIN_LENGTH, max: PROJECT_ID_MAX_LENGTH, length },
    });
  }
  const bad = [...projectId].filter((c) => !isLowerAlphanumeric(c) && c !== '-');
  if (bad.length > 0) {
    const chars = [...new Set(bad)].map((c) => JSON.stringify(c)).join(', ');
    violations.push({ id: 'projectId.chars', params: { chars } });
  }
  if (length > 0 && !isLowerAlpha(projectId[0] as string)) {
    violations.push({ id: 'projectId.start' });
  }
  if (projectId.endsWith('-')) violations.push({ id: 'projectId.trailingHyphen' });
  return violations;
}

export function isProjectNumber(value: string): boolean {
  return value.length > 0 && [...value].every(isDigit);
}

/** Every rule the domain of a domain-scoped project breaks; empty when valid. */
export function projectDomainViolations(domain: string): Message[] {
  const violations: Message[] = [];
  if (domain.length > DOMAIN_MAX_LENGTH) {
    violations.push({ id: 'projectDomain.tooLong', params: { max: DOMAIN_MAX_LENGTH } });
  }
  const labels = domain.split('.');
  if (labels.length < 2) violations.push({ id: 'projectDomain.fewLabels' });
  for (const label of labels) {
    const quoted = JSON.stringify(label);
    if (label === '') {
      violations.push({ id: 'projectDomain.emptyLabel' });
    } else if (label.length > DOMAIN_LABEL_MAX_LENGTH) {
      violations.push({
        id: 'projectDomain.labelTooLong',
        params: { label: quoted, max: DOMAIN_LABEL_MAX_LENGTH },
      });
    } else if (![...label].every((c) => isLowerAlphanumeric(c) || c === '-')) {
      violations.push({ id: 'projectDomain.labelChars', params: { label: quoted } });
    } else if (label.startsWith('-') || label.endsWith('-')) {
      violations.push({ id: 'projectDomain.labelHyphen', params: { label: quoted } });
    }
  }
  return violations;
}
