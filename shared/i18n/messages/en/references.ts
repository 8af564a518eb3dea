/**
 * Why an image or repository reference is refused (INVALID_REFERENCE, UNKNOWN_LOCATION,
 * INCOMPLETE_ARTIFACT_REGISTRY_PATH, INVALID_PROJECT_ID, UNSUPPORTED_FORMAT). A grammar check
 * finds a defect: a clause saying what is wrong (`reference.*`, `digest.*`, `host.*`, `path.*`,
 * `tag.*`, `projectId.*`, `projectDomain.*`) and maybe a sentence saying how to fix it (`*.hint`);
 * `reference.invalid` puts them after the quoted input.
 */
export const REFERENCE_MESSAGES = {
  'reference.invalid': '{input} is not a valid image reference: {what}.',
  'reference.invalid.hint': '{input} is not a valid image reference: {what}. {hint}',
  'reference.writeInstead.hint': 'Write {value}.',
  'reference.quoted.cut': '{start}… ({length} characters)',

  'reference.notString': 'the reference must be a string',
  'reference.tooLong': 'it is {length} characters long; the limit is {limit}',
  'reference.tooLong.hint':
    'An image reference is a registry host, a path of at most 255 characters, a tag and a digest.',
  'reference.empty': 'the reference is empty',
  'reference.empty.hint': 'Give an image reference such as "nginx:1.27".',
  'reference.whitespace': 'it contains whitespace at position {position}',
  'reference.whitespace.hint':
    'Remove spaces, tabs and line breaks, including any around the reference.',
  'reference.urlScheme': 'image reference must not contain a URL scheme ("{scheme}")',
  'reference.urlScheme.hint': 'Write it without the scheme: {withoutScheme}.',
  'reference.imageId':
    'cannot specify {length}-byte hexadecimal strings; this looks like an image ID, not a reference',
  'reference.imageId.hint': 'Pin by digest instead: "NAME@sha256:<hex>".',
  'reference.pathMissingAfterHost': 'the repository path is missing after the registry host {host}',
  'reference.pathMissingAfterHost.hint':
    'Write the image path after the host, for example {example}.',
  'reference.pathTooLong':
    'repository name must not be more than {limit} characters, and {start}… has {length}',
  'reference.notArtifactRegistryHost':
    '{registry} is not an Artifact Registry or gcr.io host, and credentials can be minted only for Artifact Registry repositories',
  'reference.notArtifactRegistryHost.hint':
    'Name a repository such as "us-docker.pkg.dev/my-project/my-repo" or "gcr.io/my-project".',

  'digest.example.hint': 'A digest looks like sha256:<64 lowercase hex digits>.',
  'digest.missing': '"@" is not followed by a digest',
  'digest.twoAt': 'the reference has more than one "@"',
  'digest.twoAt.hint': 'A reference has at most one digest.',
  'digest.noAlgorithm': 'the digest {digest} has no algorithm',
  'digest.notHex': 'the digest {digest} contains {char}, which is not a hexadecimal digit',
  'digest.wrongLength':
    'the {algorithm} digest has {length} hex digits; {lowerAlgorithm} digests have exactly {expected}',
  'digest.wrongLength.hint':
    'Copy the whole digest, for example from "crane digest" or "gcloud artifacts docker images describe".',
  'digest.algorithmCase': 'the digest algorithm must be lowercase ("{lower}", not "{algorithm}")',
  'digest.hexCase': 'the digest hex must be lowercase',
  'digest.tooShort': 'the digest hex has {length} digits; at least {minimum} are required',
  'digest.algorithmUppercase': 'the digest algorithm {algorithm} must be lowercase',
  'digest.unsupported': 'unsupported digest algorithm {algorithm}',
  'digest.unsupported.hint': 'Supported algorithms: {algorithms}.',
  'digest.malformedAlgorithm': 'the digest algorithm {algorithm} is not well-formed',
  'digest.emptyAlgorithm': 'the digest has no algorithm before ":"',

  'host.missing': 'the registry host is missing before {domain}',
  'host.twoColons': 'the registry host {domain} has more than one ":"',
  'host.twoColons.hint': 'Write an IPv6 address in brackets, for example "[::1]:5000/image".',
  'host.ipv6Unclosed': 'the IPv6 registry host {domain} has no closing "]"',
  'host.ipv6Empty': 'the IPv6 registry host "[]" is empty',
  'host.ipv6Zone': 'the IPv6 registry host {domain} has a zone id ("%…")',
  'host.ipv6Zone.hint': 'Zone ids are not allowed in image references; use an address without one.',
  'host.ipv6Char': 'character {char} is not allowed in the IPv6 registry host {domain}',
  'host.ipv6Char.hint': 'An IPv6 host holds only hexadecimal digits and ":".',
  'host.ipv6Trailing': 'unexpected {rest} after the IPv6 registry host {host}',
  'host.emptyLabel': 'the registry host {name} has an empty label (".." or a "." at either end)',
  'host.badChar': 'character {char} is not allowed in the registry host {name}',
  'host.badChar.hint': 'A host name holds only letters, digits, "-" and ".".',
  'host.labelDash': 'the label {label} of the registry host {name} starts or ends with "-"',
  'host.noPort': 'the registry host {domain} has ":" but no port',
  'host.portNotNumber': 'the port {port} of the registry host {domain} is not a number',
  'host.portNotNumber.hint':
    'A tag goes after the image name ("host:5000/image:tag"), never between the host and the path.',

  'path.missing': 'the repository name is missing',
  'path.missing.hint':
    'Write the image name, for example "nginx:1.27" or "us-docker.pkg.dev/my-project/my-repo/app:v1".',
  'path.uppercase': 'repository name must be lowercase, and {path} has uppercase letters',
  'path.uppercase.hint': 'Write {lower}; only the registry host and the tag may contain uppercase.',
  'path.trailingSlash': 'the repository path {path} ends with "/"',
  'path.trailingSlash.hint': 'Remove the trailing "/".',
  'path.leadingSlash': 'the repository path {path} starts with "/"',
  'path.emptyComponent': 'the repository path {path} has an empty component ("//")',
  'path.emptyComponent.hint': 'Use a single "/" between path components.',
  'path.componentStart':
    'the path component {component} must start with a lowercase letter or digit',
  'path.underscores':
    'the path component {component} has {count} underscores in a row; at most {max} are allowed',
  'path.endsWithSeparator': 'the path component {component} ends with the separator {separator}',
  'path.endsWithSeparator.hint': 'A path component must end with a lowercase letter or digit.',
  'path.combinedSeparators': 'the path component {component} combines separators ({separators})',
  'path.combinedSeparators.hint':
    'Separate letters and digits by one ".", one or two "_", or any number of "-".',
  'path.badChar': 'character {char} is not allowed in the path component {component}',
  'path.badChar.hint':
    'A repository path holds lowercase letters, digits and the separators ".", "_", "__", "-", with "/" between components.',

  'tag.empty': '":" is not followed by a tag',
  'tag.empty.hint': 'Write a tag after ":" or remove the ":".',
  'tag.tooLong': 'the tag is {length} characters long; the limit is {limit}',
  'tag.start': 'the tag {tag} must start with a letter, digit or "_", not {char}',
  'tag.colon': 'the tag {tag} contains ":"',
  'tag.colon.hint':
    'A reference has at most one tag; a registry port must be followed by "/" and the path ("host:5000/image:tag").',
  'tag.badChar': 'character {char} is not allowed in the tag {tag}',
  'tag.badChar.hint': 'A tag holds letters, digits, "_", "." and "-".',

  'projectId.invalid': '{input}: project ID {project} is not valid: {problems}. {hints}',
  'projectId.length': 'it must be {min} to {max} characters long (it has {length})',
  'projectId.chars': 'it may contain only lowercase letters, digits and hyphens, not {chars}',
  'projectId.start': 'it must start with a letter',
  'projectId.trailingHyphen': 'it must not end with a hyphen',
  'projectId.rule.hint':
    'Project IDs are {min} to {max} lowercase letters, digits or hyphens, start with a letter and do not end with a hyphen, for example "{example}".',
  'projectId.number.hint': 'Use the project ID, not the project number.',
  'projectId.didYouMean.hint': 'Did you mean {suggestion}?',
  'projectDomain.invalid':
    '{input}: {domain} is read as the domain of a domain-scoped project (a first path component with "." always is), and it is not a valid domain: {problems}. A domain-scoped project "example.com:my-project" is written "example.com/my-project" in the path.',
  'projectDomain.tooLong': 'the domain is longer than {max} characters',
  'projectDomain.fewLabels': 'the domain needs at least two labels',
  'projectDomain.emptyLabel': 'the domain has an empty label',
  'projectDomain.labelTooLong': 'the domain label {label} is longer than {max} characters',
  'projectDomain.labelChars':
    'the domain label {label} may contain only letters, digits and hyphens',
  'projectDomain.labelHyphen': 'the domain label {label} must not start or end with a hyphen',

  'artifactRegistry.unknownLocation':
    '{input}: {location} in the host {host} is not a known Artifact Registry location. Nearest known locations: {suggestions}. "gcloud artifacts locations list" shows them all.',
  'artifactRegistry.unsupportedFormat':
    '{input}: {host} serves Artifact Registry {formatName} repositories, which hold no container images. Container images are pulled from Docker repositories, for example {example} if that repository has the Docker format.',
  'artifactRegistry.incomplete': '{input}: {what}. Expected {expected}.',
  'artifactRegistry.incomplete.example':
    '{input}: {what}. Expected {expected}, for example {example}.',
  'artifactRegistry.incomplete.imageOrRepository':
    '{input}: {what}. Expected {expected}, for example {example}. Each repository is a separate resource that must be created before images are pushed to it; if {last} is the image, name its repository: {fixed}.',
  'artifactRegistry.onlyDomain':
    '{path} is only the domain of a domain-scoped project; the project ID is missing',
  'artifactRegistry.noRepository': 'the path names a project but no repository',
  'artifactRegistry.noImage': 'the path names a project but no image',
  'artifactRegistry.noRepositoryAndImage': 'the path names a project but no repository and image',
  'artifactRegistry.namesNoRepository': 'the path names no repository',
  'artifactRegistry.noRepositoryAfterProject':
    'the path has no repository: after the project {project} comes only {last}',
} as const satisfies Record<string, string>;
