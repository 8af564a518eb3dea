/**
 * The host policy: which URLs the registry client may connect to. It is consulted before every
 * connection (registry, token realm, each redirect hop), on the URL object `fetch` will use, so
 * the check and the connection can never disagree about the host.
 *
 * Entry forms (case-insensitive):
 * - `host` — that host, HTTPS, default port only (`host:443` means the same);
 * - `host:port` — that host on that port only, HTTPS;
 * - `*.suffix` — any host name ending in `.suffix` (at least one more label), HTTPS, default port
 *   only. A pattern never matches an IP literal, `localhost`, `*.localhost`, `*.local`,
 *   `*.internal` or `metadata`: those are reachable only through an exact entry.
 * `insecureHosts` entries are exact `host:port` values allowed over plain HTTP (and implicitly
 * allowlisted); they exist for a loopback test registry configured by the operator.
 */

import type { Message } from '../i18n';

export type HostRole = 'registry' | 'realm';

export interface HostPolicyOptions {
  /** Hosts the client may contact as registries (and as token realms). */
  allowlist: readonly string[];
  /** Extra hosts allowed only as token realms (Docker Hub's `auth.docker.io`). */
  realmAllowlist?: readonly string[];
  /** Exact `host:port` entries allowed over plain HTTP. */
  insecureHosts?: readonly string[];
}

export interface HostPolicy {
  /** Why `url` may not be contacted in `role` (a `registry.refusal.*` message), or null when it may. */
  refusalOf(url: URL, role: HostRole): Message | null;
  /** True when `url` is plain HTTP to a configured insecure host. */
  isInsecure(authority: string): boolean;
}

interface CompiledEntries {
  exact: Set<string>;
  suffixes: string[];
}

const DNS_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SPECIAL_NAMES = new Set(['localhost', 'metadata', 'metadata.google.internal']);
const SPECIAL_SUFFIXES = ['.localhost', '.local', '.internal'];

/** IP literals (after WHATWG URL normalization, which turns `0x7f.1` into `127.0.0.1`). */
export function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || /^[0-9.]+$/.test(hostname);
}

function isSpecialName(hostname: string): boolean {
  return (
    SPECIAL_NAMES.has(hostname) || SPECIAL_SUFFIXES.some((suffix) => hostname.endsWith(suffix))
  );
}

/** `host[:port]` as `new URL` writes it for `scheme`, or null when it is not a bare authority. */
function canonicalAuthority(entry: string, scheme: 'https' | 'http'): string | null {
  let url: URL;
  try {
    url = new URL(`${scheme}://${entry}`);
  } catch {
    return null;
  }
  if (
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    return null;
  }
  const withoutDefaultPort = entry.replace(scheme === 'https' ? /:443$/ : /:80$/, '');
  return url.host === withoutDefaultPort ? url.host : null;
}

function compileEntries(entries: readonly string[], optionName: string): CompiledEntries {
  const compiled: CompiledEntries = { exact: new Set(), suffixes: [] };
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (entry.startsWith('*.')) {
      const suffix = entry.slice(2);
      if (!DNS_NAME.test(suffix) || suffix.split('.').length < 2 || isSpecialName(suffix)) {
        throw new TypeError(
          `${optionName}: "${raw}" is not a valid pattern; use *.example.com (two labels or more)`,
        );
      }
      compiled.suffixes.push(`.${suffix}`);
      continue;
    }
    const authority = canonicalAuthority(entry, 'https');
    if (authority === null)
      throw new TypeError(`${optionName}: "${raw}" is not a host or host:port`);
    compiled.exact.add(authority);
  }
  return compiled;
}

function matches(entries: CompiledEntries, url: URL): boolean {
  if (entries.exact.has(url.host)) return true;
  if (url.port !== '' || isIpLiteral(url.hostname) || isSpecialName(url.hostname)) return false;
  return (
    DNS_NAME.test(url.hostname) && entries.suffixes.some((suffix) => url.hostname.endsWith(suffix))
  );
}

export function compileHostPolicy(options: HostPolicyOptions): HostPolicy {
  const registries = compileEntries(options.allowlist, 'allowlist');
  const realms = compileEntries(options.realmAllowlist ?? [], 'realmAllowlist');
  const insecure = new Set<string>();
  for (const raw of options.insecureHosts ?? []) {
    const authority = canonicalAuthority(raw.trim().toLowerCase(), 'http');
    if (authority === null) throw new TypeError(`insecureHosts: "${raw}" is not a host:port`);
    insecure.add(authority);
  }

  return {
    isInsecure: (authority) => insecure.has(authority.toLowerCase()),
    refusalOf(url, role) {
      if (url.username !== '' || url.password !== '') return { id: 'registry.refusal.userInfo' };
      if (url.protocol === 'http:') {
        return insecure.has(url.host) ? null : { id: 'registry.refusal.plainHttp' };
      }
      if (url.protocol !== 'https:')
        return { id: 'registry.refusal.scheme', params: { scheme: url.protocol } };
      if (matches(registries, url)) return null;
      if (role === 'realm' && matches(realms, url)) return null;
      return { id: 'registry.refusal.notAllowlisted' };
    },
  };
}
