import { AppError } from '../problems';

/**
 * Platforms as `os/architecture[/variant]` (`linux/arm64/v8`), matched like containerd's
 * `platforms.Normalize`: architecture aliases are folded (`x86_64` → `amd64`, `aarch64` →
 * `arm64`), `arm64` variant `v8` is the default (so `linux/arm64` and `linux/arm64/v8` match an
 * entry with variant `v8` or none), `arm` defaults to `v7`, `amd64` variant `v1` is the default.
 */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const PLATFORM_TEXT = /^[a-z0-9][a-z0-9_.-]*\/[a-z0-9][a-z0-9_.-]*(?:\/[a-z0-9][a-z0-9_.-]*)?$/;

/** Architecture aliases and the variant each implies; `undefined` keeps the given variant. */
const ARCHITECTURE_ALIASES: Readonly<Record<string, { architecture: string; variant?: string }>> = {
  x86_64: { architecture: 'amd64' },
  'x86-64': { architecture: 'amd64' },
  aarch64: { architecture: 'arm64' },
  i386: { architecture: '386', variant: '' },
  armhf: { architecture: 'arm', variant: 'v7' },
  armel: { architecture: 'arm', variant: 'v6' },
};

/** Variants that are the architecture's default, written every way users write them. */
const DEFAULT_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  arm64: ['', '8', 'v8', 'v8.0'],
  amd64: ['', 'v1'],
  arm: ['', '7', 'v7'],
};
const CANONICAL_DEFAULT_VARIANT: Readonly<Record<string, string>> = {
  arm64: '',
  amd64: '',
  arm: 'v7',
};

/** Parses `os/arch[/variant]`; a malformed value is a 400 pointing at `/platform`. */
export function parsePlatform(text: string): Platform {
  const lower = text.trim().toLowerCase();
  if (!PLATFORM_TEXT.test(lower)) {
    throw new AppError(
      'INVALID_REQUEST',
      { id: 'registry.invalidPlatform', params: { platform: text.slice(0, 100) } },
      { path: ['platform'] },
    );
  }
  const [os = '', architecture = '', variant] = lower.split('/');
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

/** The containerd-normalized form; `variant` is '' when it is the architecture's default. */
export function normalizePlatform(platform: Platform): Required<Platform> {
  const os = platform.os.toLowerCase();
  const alias = ARCHITECTURE_ALIASES[platform.architecture.toLowerCase()];
  const architecture = alias?.architecture ?? platform.architecture.toLowerCase();
  let variant = (alias?.variant ?? platform.variant ?? '').toLowerCase();
  if (DEFAULT_VARIANTS[architecture]?.includes(variant))
    variant = CANONICAL_DEFAULT_VARIANT[architecture] ?? '';
  else if (architecture === 'arm' && /^[5-8]$/.test(variant)) variant = `v${variant}`;
  return { os, architecture, variant };
}

export function platformMatches(requested: Platform, candidate: Platform): boolean {
  const a = normalizePlatform(requested);
  const b = normalizePlatform(candidate);
  return a.os === b.os && a.architecture === b.architecture && a.variant === b.variant;
}

/** `os/architecture[/variant]`, as written in the index (not normalized). */
export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant]
    .filter((part) => part !== undefined && part !== '')
    .join('/');
}
