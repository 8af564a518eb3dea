/**
 * Go's `time.Duration` as Kubernetes writes it in JSON and YAML (`metav1.Duration`): the string of
 * `Duration.String()` (`"1h0m0s"`, `"5m0s"`, `"42s"`, `"0s"`), read back with
 * `time.ParseDuration`, which also takes `"5m"`, `"1.5h"`, `"300ms"` or `"0"`
 * (https://pkg.go.dev/time#ParseDuration, https://pkg.go.dev/time#Duration.String).
 *
 * Grammar of `ParseDuration`, written out:
 *   duration := [ "-" | "+" ] ( "0" | ( number unit )+ )
 *   number   := digits [ "." [ digits ] ] | "." digits
 *   unit     := "ns" | "us" | "µs" | "μs" | "ms" | "s" | "m" | "h"
 */
export const GO_DURATION_PATTERN =
  /^[-+]?(?:0|(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
};

const TERM = /([0-9]*\.?[0-9]*)(ns|us|µs|μs|ms|s|m|h)/g;

/**
 * Whole, non-negative seconds as `Duration.String()` writes them: hours and minutes appear once a
 * larger unit is present (`3600` → `"1h0m0s"`, `61` → `"1m1s"`, `0` → `"0s"`).
 */
export function formatGoDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw new RangeError(`formatGoDuration takes whole, non-negative seconds; got ${seconds}`);
  }
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours}h${minutes}m${rest}s`;
  if (minutes > 0) return `${minutes}m${rest}s`;
  return `${rest}s`;
}

/** The seconds a Go duration string stands for, or undefined when it does not parse. */
export function parseGoDuration(text: string): number | undefined {
  if (!GO_DURATION_PATTERN.test(text)) return undefined;
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+]/, '');
  if (body === '0') return 0;
  let total = 0;
  for (const [, number, unit] of body.matchAll(TERM)) {
    total += Number(number) * (UNIT_SECONDS[unit as string] as number);
  }
  return sign * total;
}
