/**
 * Removes anything that looks like a credential from pasted text before it is matched or
 * echoed. Every expression is linear: one character class per run, no nested quantifiers.
 */

import { jwtStartIn } from '../log';

const REDACTED = '[REDACTED]';

interface Redaction {
  re: RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
  /**
   * Text every match contains, case and all: without it the replacement changes nothing, and the
   * pass is skipped (most pasted errors carry none of these credentials).
   */
  requires?: string;
}

/** Long runs that mix upper case, lower case and digits are keys or tokens; digests and paths are not. */
function redactOpaqueRun(run: string): string {
  if (/^[0-9a-f]+$/i.test(run)) return run; // digests and ids in hex
  if (run.includes('/') && run.split('/').every((segment) => segment.length < 32)) return run; // paths
  const mixed = /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run);
  return mixed ? REDACTED : run;
}

const REDACTIONS: readonly Redaction[] = [
  // No word boundary in front: a token glued to letters or `_` (`x_ya29.…`) is a token too.
  { re: /ya29\.[A-Za-z0-9_.~+/=-]*/g, replace: `ya29.${REDACTED}`, requires: 'ya29.' },
  {
    // Not the English words after the scheme name: Docker's "no basic auth credentials",
    // containers/image's "Requesting bearer token: …".
    re: /\b(Bearer|Basic)[ \t]+(?!(?:realm|auth|authentication|authorization|token)\b)[A-Za-z0-9_.~+/=-]+/gi,
    replace: (_m, scheme: string) => `${scheme} ${REDACTED}`,
  },
  {
    re: /\boauth2accesstoken:[^\s"'@]+/g,
    replace: `oauth2accesstoken:${REDACTED}`,
    requires: 'oauth2accesstoken:',
  },
  {
    re: /\b(_json_key(?:_base64)?|_dcgcloud_token|_token):[^\s"']+/g,
    replace: (_m, user: string) => `${user}:${REDACTED}`,
    requires: '_',
  },
  // A JWT, glued or not (`token_eyJ…`): found per run of token characters, so a long run with many
  // `eyJ` in it costs one pass (a regular expression starting at each `eyJ` was quadratic).
  // A match always starts where a run starts: the look-behind only stops the engine from retrying
  // inside every shorter run (quadratic in its length).
  {
    re: /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{12,}/g,
    replace: (run) => {
      const start = jwtStartIn(run);
      return start === -1 ? run : `${run.slice(0, start)}${REDACTED}`;
    },
    requires: 'eyJ',
  },
  {
    re: /"(access_token|id_token|refresh_token|token|password|auth|identitytoken|private_key)"[ \t]*:[ \t]*"[^"]*"/gi,
    replace: (_m, key: string) => `"${key}":"${REDACTED}"`,
  },
  {
    re: /\b(access_token|token|password|passwd|secret|auth)=[^\s&"']+/gi,
    replace: (_m, key: string) => `${key}=${REDACTED}`,
  },
  {
    re: /--(docker-password|password|creds)[= ]+[^\s]+/g,
    replace: (_m, flag: string) => `--${flag}=${REDACTED}`,
    requires: '--',
  },
  {
    re: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[^-]*/g,
    replace: REDACTED,
    requires: '-----BEGIN ',
  },
  // The look-behind starts a match only where a run starts (a match always does): without it the
  // engine retries from every character of every shorter run, quadratic in the run's length.
  { re: /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{40,}/g, replace: redactOpaqueRun },
];

/** Replaces tokens, passwords, keys and JWTs with `[REDACTED]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const { re, replace, requires } of REDACTIONS) {
    if (requires !== undefined && !out.includes(requires)) continue;
    out = typeof replace === 'string' ? out.replace(re, replace) : out.replace(re, replace);
  }
  return out;
}
