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
import type { Defect } from './errors';

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
  if (path === '') {
    return {
      what: 'the repository name is missing',
      hint: 'Write the image name, for example "nginx:1.27" or "us-docker.pkg.dev/my-project/my-repo/app:v1".',
    };
  }
  if (hasUpperAlpha(path)) {
    return {
      what: `repository name must be lowercase, and ${JSON.stringify(path)} has uppercase letters`,
      hint: `Write ${JSON.stringify(path.toLowerCase())}; only the registry host and the tag may contain uppercase.`,
    };
  }
  const components = path.split(PATH_COMPONENT_SEPARATOR);
  for (let index = 0; index < components.length; index++) {
    const component = components[index] as string;
    if (component !== '') {
      const defect = checkPathComponent(component);
      if (defect !== undefined) return defect;
      continue;
    }
    if (index === components.length - 1) {
      return {
        what: `the repository path ${JSON.stringify(path)} ends with "/"`,
        hint: 'Remove the trailing "/".',
      };
    }
    if (index === 0) {
      return { what: `the repository path ${JSON.stringify(path)} starts with "/"` };
    }
    return {
      what: `the repository path ${JSON.stringify(path)} has an empty component ("//")`,
      hint: 'Use a single "/" between path components.',
    };
  }
  return undefined;
}

/** Scans one component left to right; linear, no backtracking (the component is quoted only in a defect). */
export function checkPathComponent(component: string): Defect | undefined {
  const first = component[0] as string;
  if (!isLowerAlphanumeric(first)) {
    return isSeparatorChar(first)
      ? {
          what: `the path component ${JSON.stringify(component)} must start with a lowercase letter or digit`,
        }
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
        return {
          what: `the path component ${JSON.stringify(component)} has ${i - separatorStart} underscores in a row; at most ${MAX_UNDERSCORES_IN_SEPARATOR} are allowed`,
        };
      }
    } else if (c === DASH_SEPARATOR) {
      while (i < component.length && component[i] === DASH_SEPARATOR) i++;
    } else {
      return badCharacter(c, component);
    }
    if (i === component.length) {
      return {
        what: `the path component ${JSON.stringify(component)} ends with the separator ${JSON.stringify(component.slice(separatorStart))}`,
        hint: 'A path component must end with a lowercase letter or digit.',
      };
    }
    const next = component[i] as string;
    if (isSeparatorChar(next)) {
      return {
        what: `the path component ${JSON.stringify(component)} combines separators (${JSON.stringify(component.slice(separatorStart, i + 1))})`,
        hint: 'Separate letters and digits by one ".", one or two "_", or any number of "-".',
      };
    }
    if (!isLowerAlphanumeric(next)) return badCharacter(next, component);
  }
  return undefined;
}

function badCharacter(c: string, component: string): Defect {
  return {
    what: `character ${describeChar(c)} is not allowed in the path component ${JSON.stringify(component)}`,
    hint: 'A repository path holds lowercase letters, digits and the separators ".", "_", "__", "-", with "/" between components.',
  };
}
