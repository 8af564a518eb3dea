/**
 * The registry host ("domain" in distribution/reference):
 *
 *   domain           := host [ ":" port ]
 *   host             := domain-name | "[" IPv6address "]"
 *   domain-name      := domain-component { "." domain-component }
 *   domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
 *   IPv6address      := [a-fA-F0-9:]+          (no zone id: "%eth0" is rejected)
 *   port             := [0-9]+
 *
 * An IPv4 address is a domain-name as far as the grammar goes. Hosts may contain uppercase.
 */
import { isAlphanumeric, isDigit, isHexDigit, describeChar } from './chars';
import { defect, type Defect } from './errors';

export const LOCALHOST = 'localhost';
export const IPV6_OPEN = '[';
export const IPV6_CLOSE = ']';
export const PORT_SEPARATOR = ':';
export const DOMAIN_COMPONENT_SEPARATOR = '.';

/**
 * The normalization rule of `ParseNormalizedNamed`: the first `/`-separated component is a
 * registry host only if it is `localhost`, contains `.` or `:`, or contains uppercase letters.
 * Otherwise (`nginx`, `user/app`) the name lives on Docker Hub.
 */
export function isDomainCandidate(firstComponent: string): boolean {
  return (
    firstComponent === LOCALHOST ||
    firstComponent.includes(DOMAIN_COMPONENT_SEPARATOR) ||
    firstComponent.includes(PORT_SEPARATOR) ||
    firstComponent.toLowerCase() !== firstComponent
  );
}

/** Checks `host[:port]` against the grammar above; undefined when it is valid. */
export function checkHost(domain: string): Defect | undefined {
  if (domain.startsWith(IPV6_OPEN)) return checkIpv6Host(domain);
  const colon = domain.indexOf(PORT_SEPARATOR);
  const name = colon < 0 ? domain : domain.slice(0, colon);
  if (name === '') return defect('host.missing', { domain: JSON.stringify(domain) });
  const nameDefect = checkDomainName(name);
  if (nameDefect !== undefined) return nameDefect;
  if (colon < 0) return undefined;
  const port = domain.slice(colon + 1);
  if (port.includes(PORT_SEPARATOR)) {
    return defect('host.twoColons', { domain: JSON.stringify(domain) }, 'host.twoColons.hint');
  }
  return checkPort(domain, port);
}

function checkIpv6Host(domain: string): Defect | undefined {
  const close = domain.indexOf(IPV6_CLOSE);
  if (close < 0) return defect('host.ipv6Unclosed', { domain: JSON.stringify(domain) });
  const address = domain.slice(1, close);
  if (address === '') return defect('host.ipv6Empty');
  for (const c of address) {
    if (c === '%') {
      return defect('host.ipv6Zone', { domain: JSON.stringify(domain) }, 'host.ipv6Zone.hint');
    }
    if (!isHexDigit(c) && c !== ':') {
      return defect(
        'host.ipv6Char',
        { char: describeChar(c), domain: JSON.stringify(domain) },
        'host.ipv6Char.hint',
      );
    }
  }
  const rest = domain.slice(close + 1);
  if (rest === '') return undefined;
  if (!rest.startsWith(PORT_SEPARATOR)) {
    return defect('host.ipv6Trailing', {
      rest: JSON.stringify(rest),
      host: JSON.stringify(domain.slice(0, close + 1)),
    });
  }
  return checkPort(domain, rest.slice(1));
}

function checkDomainName(name: string): Defect | undefined {
  for (const component of name.split(DOMAIN_COMPONENT_SEPARATOR)) {
    if (component === '') return defect('host.emptyLabel', { name: JSON.stringify(name) });
    for (const c of component) {
      if (!isAlphanumeric(c) && c !== '-') {
        return defect(
          'host.badChar',
          { char: describeChar(c), name: JSON.stringify(name) },
          'host.badChar.hint',
        );
      }
    }
    if (component.startsWith('-') || component.endsWith('-')) {
      return defect('host.labelDash', {
        label: JSON.stringify(component),
        name: JSON.stringify(name),
      });
    }
  }
  return undefined;
}

function checkPort(domain: string, port: string): Defect | undefined {
  if (port === '') return defect('host.noPort', { domain: JSON.stringify(domain) });
  for (const c of port) {
    if (!isDigit(c)) {
      return defect(
        'host.portNotNumber',
        { port: JSON.stringify(port), domain: JSON.stringify(domain) },
        'host.portNotNumber.hint',
      );
    }
  }
  return undefined;
}
