/**
 * Google Cloud project IDs (Resource Manager `Project.project_id`): "6 to 30 lowercase ASCII
 * letters, digits, or hyphens. It must start with a letter. Trailing hyphens are prohibited."
 * A domain-scoped project (`example.com:my-project`) is written `example.com/my-project` in a
 * Docker path; its domain part must be a valid domain name.
 *
 * Rules for creating new projects (no "google", "ssl", …) are not applied: existing projects
 * such as `google-containers` predate them and are pulled from every day.
 */
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
export function projectIdViolations(projectId: string): string[] {
  const violations: string[] = [];
  const length = projectId.length;
  if (length < PROJECT_ID_MIN_LENGTH || length > PROJECT_ID_MAX_LENGTH) {
    violations.push(
      `it must be ${PROJECT_ID_MIN_LENGTH} to ${PROJECT_ID_MAX_LENGTH} characters long (it has ${length})`,
    );
  }
  const bad = [...projectId].filter((c) => !isLowerAlphanumeric(c) && c !== '-');
  if (bad.length > 0) {
    const shown = [...new Set(bad)].map((c) => JSON.stringify(c)).join(', ');
    violations.push(`it may contain only lowercase letters, digits and hyphens, not ${shown}`);
  }
  if (length > 0 && !isLowerAlpha(projectId[0] as string)) {
    violations.push('it must start with a letter');
  }
  if (projectId.endsWith('-')) violations.push('it must not end with a hyphen');
  return violations;
}

export function isProjectNumber(value: string): boolean {
  return value.length > 0 && [...value].every(isDigit);
}

/** Every rule the domain of a domain-scoped project breaks; empty when valid. */
export function projectDomainViolations(domain: string): string[] {
  const violations: string[] = [];
  if (domain.length > DOMAIN_MAX_LENGTH) {
    violations.push(`the domain is longer than ${DOMAIN_MAX_LENGTH} characters`);
  }
  const labels = domain.split('.');
  if (labels.length < 2) violations.push('the domain needs at least two labels');
  for (const label of labels) {
    if (label === '') {
      violations.push('the domain has an empty label');
    } else if (label.length > DOMAIN_LABEL_MAX_LENGTH) {
      violations.push(
        `the domain label ${JSON.stringify(label)} is longer than ${DOMAIN_LABEL_MAX_LENGTH} characters`,
      );
    } else if (![...label].every((c) => isLowerAlphanumeric(c) || c === '-')) {
      violations.push(
        `the domain label ${JSON.stringify(label)} may contain only letters, digits and hyphens`,
      );
    } else if (label.startsWith('-') || label.endsWith('-')) {
      violations.push(
        `the domain label ${JSON.stringify(label)} must not start or end with a hyphen`,
      );
    }
  }
  return violations;
}
