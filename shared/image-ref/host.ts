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
import type { Defect } from './errors';

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
  if (name === '') {
    return { what: `the registry host is missing before ${JSON.stringify(domain)}` };
  }
  const nameDefect = checkDomainName(name);
  if (nameDefect !== undefined) return nameDefect;
  if (colon < 0) return undefined;
  const port = domain.slice(colon + 1);
  if (port.includes(PORT_SEPARATOR)) {
    return {
      what: `the registry host ${JSON.stringify(domain)} has more than one ":"`,
      hint: 'Write an IPv6 address in brackets, for example "[::1]:5000/image".',
    };
  }
  return checkPort(domain, port);
}

function checkIpv6Host(domain: string): Defect | undefined {
  const close = domain.indexOf(IPV6_CLOSE);
  if (close < 0) {
    return { what: `the IPv6 registry host ${JSON.stringify(domain)} has no closing "]"` };
  }
  const address = domain.slice(1, close);
  if (address === '') return { what: 'the IPv6 registry host "[]" is empty' };
  for (const c of address) {
    if (c === '%') {
      return {
        what: `the IPv6 registry host ${JSON.stringify(domain)} has a zone id ("%…")`,
        hint: 'Zone ids are not allowed in image references; use an address without one.',
      };
    }
    if (!isHexDigit(c) && c !== ':') {
      return {
        what: `character ${describeChar(c)} is not allowed in the IPv6 registry host ${JSON.stringify(domain)}`,
        hint: 'An IPv6 host holds only hexadecimal digits and ":".',
      };
    }
  }
  const rest = domain.slice(close + 1);
  if (rest === '') return undefined;
  if (!rest.startsWith(PORT_SEPARATOR)) {
    return {
      what: `unexpected ${JSON.stringify(rest)} after the IPv6 registry host ${JSON.stringify(domain.slice(0, close + 1))}`,
    };
  }
  return checkPort(domain, rest.slice(1));
}

function checkDomainName(name: string): Defect | undefined {
  for (const component of name.split(DOMAIN_COMPONENT_SEPARATOR)) {
    if (component === '') {
      return {
        what: `the registry host ${JSON.stringify(name)} has an empty label (".." or a "." at either end)`,
      };
    }
    for (const c of component) {
      if (!isAlphanumeric(c) && c !== '-') {
        return {
          what: `character ${describeChar(c)} is not allowed in the registry host ${JSON.stringify(name)}`,
          hint: 'A host name holds only letters, digits, "-" and ".".',
        };
      }
    }
    if (component.startsWith('-') || component.endsWith('-')) {
      return {
        what: `the label ${JSON.stringify(component)} of the registry host ${JSON.stringify(name)} starts or ends with "-"`,
      };
    }
  }
  return undefined;
}

function checkPort(domain: string, port: string): Defect | undefined {
  if (port === '')
    return { what: `the registry host ${JSON.stringify(domain)} has ":" but no port` };
  for (const c of port) {
    if (!isDigit(c)) {
      return {
        what: `the port ${JSON.stringify(port)} of the registry host ${JSON.stringify(domain)} is not a number`,
        hint: 'A tag goes after the image name ("host:5000/image:tag"), never between the host and the path.',
      };
    }
  }
  return undefined;
}
