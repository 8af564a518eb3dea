/**
 * Ready-to-paste commands for a reference. Values are shell-quoted when they hold anything but
 * plainly safe characters: `[` and `]` of an IPv6 host are glob characters in POSIX shells.
 */
import { PATH_COMPONENT_SEPARATOR } from './path';

/** A Kubernetes object name such as a Pod's must be a DNS-1123 label. */
export const DNS1123_LABEL_MAX_LENGTH = 63;
/** Used when nothing of the image name survives (cannot happen for a valid path). */
export const FALLBACK_POD_NAME = 'image';
/** Characters that never need quoting in a POSIX shell word. */
const SHELL_SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;

export interface ImageCommands {
  kubectlRun: string;
  crictlPull: string;
}

export function commandsFor(normalized: string, repositoryPath: string): ImageCommands {
  const image = shellQuote(normalized);
  return {
    kubectlRun: `kubectl run ${shellQuote(podNameFor(repositoryPath))} --image=${image}`,
    crictlPull: `crictl pull ${image}`,
  };
}

/**
 * A DNS-1123 label (`[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63 characters) from the last path
 * component: lowercase, anything else becomes `-`, runs of `-` collapse, ends are trimmed.
 */
export function podNameFor(repositoryPath: string): string {
  const last = repositoryPath.split(PATH_COMPONENT_SEPARATOR).pop() ?? '';
  let name = '';
  for (const c of last.toLowerCase()) {
    const keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) name += c;
    else if (!name.endsWith('-')) name += '-';
  }
  name = trimDashes(trimDashes(name).slice(0, DNS1123_LABEL_MAX_LENGTH));
  return name === '' ? FALLBACK_POD_NAME : name;
}

/** POSIX single-quoting, applied only when needed. */
export function shellQuote(value: string): string {
  if (SHELL_SAFE.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function trimDashes(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === '-') start++;
  while (end > start && value[end - 1] === '-') end--;
  return value.slice(start, end);
}
