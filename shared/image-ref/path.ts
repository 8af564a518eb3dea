/**
 * The repository path ("remote name" in distribution/reference), the part after the host:
 *
 *   path           := path-component { "/" path-component }
 *   path-component := alpha-numeric { separator alpha-numeric }
 *   alpha-numeric  := [a-z0-9]+
 *   separator      := "." | "_" | "__" | "-"+        (one period, one or two underscores, any dashes)
 *
 * The whole path (including an implied `library/`) is at most 255 characters.
 */
import { describeChar, hasUpperAlpha, isLowerAlphanumeric } from './chars';
import { defect, type Defect } from './errors';

export const REPOSITORY_PATH_MAX_LENGTH = 255;
export const PATH_COMPONENT_SEPARATOR = '/';
export const PERIOD_SEPARATOR = '.';
export const UNDERSCORE_SEPARATOR = '_';
/** Two underscores are one separator; three are not allowed. */
export const MAX_UNDERSCORES_IN_SEPARATOR = 2;
export const DASH_SEPARATOR = '-';
/** Docker Hub's namespace for official images: `nginx` is `docker.io/library/nginx`. */
export const OFFICIAL_REPOSITORY_PREFIX = 'library/';

function isSeparatorChar(c: string): boolean {
  return c === PERIOD_SEPARATOR || c === UNDERSCORE_SEPARATOR || c === DASH_SEPARATOR;
}

/** Checks a path as the user wrote it (before `library/` is implied). */
export function checkRepositoryPath(path: string): Defect | undefined {
  if (path === '') return defect('path.missing', undefined, 'path.missing.hint');
  if (hasUpperAlpha(path)) {
    return defect(
      'path.uppercase',
      { path: JSON.stringify(path) },
      { id: 'path.uppercase.hint', params: { lower: JSON.stringify(path.toLowerCase()) } },
    );
  }
  const components = path.split(PATH_COMPONENT_SEPARATOR);
  for (let index = 0; index < components.length; index++) {
    const component = components[index] as string;
    if (component !== '') {
      const found = checkPathComponent(component);
      if (found !== undefined) return found;
      continue;
    }
    const quoted = { path: JSON.stringify(path) };
    if (index === components.length - 1) {
      return defect('path.trailingSlash', quoted, 'path.trailingSlash.hint');
    }
    if (index === 0) return defect('path.leadingSlash', quoted);
    return defect('path.emptyComponent', quoted, 'path.emptyComponent.hint');
  }
  return undefined;
}

/** Scans one component left to right; linear, no backtracking (the component is quoted only in a defect). */
export function checkPathComponent(component: string): Defect | undefined {
  const first = component[0] as string;
  if (!isLowerAlphanumeric(first)) {
    return isSeparatorChar(first)
      ? defect('path.componentStart', { component: JSON.stringify(component) })
      : badCharacter(first, component);
  }
  let i = 0;
  while (i < component.length) {
    while (i < component.length && isLowerAlphanumeric(component[i] as string)) i++;
    if (i === component.length) return undefined;
    const separatorStart = i;
    const c = component[i] as string;
    if (c === PERIOD_SEPARATOR) {
      i++;
    } else if (c === UNDERSCORE_SEPARATOR) {
      while (i < component.length && component[i] === UNDERSCORE_SEPARATOR) i++;
      if (i - separatorStart > MAX_UNDERSCORES_IN_SEPARATOR) {
        return defect('path.underscores', {
          component: JSON.stringify(component),
          count: i - separatorStart,
          max: MAX_UNDERSCORES_IN_SEPARATOR,
        });
      }
    } else if (c === DASH_SEPARATOR) {
      while (i < component.length && component[i] === DASH_SEPARATOR) i++;
    } else {
      return badCharacter(c, component);
    }
    if (i === component.length) {
      return defect(
        'path.endsWithSeparator',
        {
          component: JSON.stringify(component),
          separator: JSON.stringify(component.slice(separatorStart)),
        },
        'path.endsWithSeparator.hint',
      );
    }
    const next = component[i] as string;
    if (isSeparatorChar(next)) {
      return defect(
        'path.combinedSeparators',
        {
          component: JSON.stringify(component),
          separators: JSON.stringify(component.slice(separatorStart, i + 1)),
        },
        'path.combinedSeparators.hint',
      );
    }
    if (!isLowerAlphanumeric(next)) return badCharacter(next, component);
  }
  return undefined;
}

function badCharacter(c: string, component: string): Defect {
  return defect(
    'path.badChar',
    { char: describeChar(c), component: JSON.stringify(component) },
    'path.badChar.hint',
  );
}
