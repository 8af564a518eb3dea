/**
 * INVALID_REQUEST: the detail of each refused field, rendered from the kind of the validation
 * issue (`validation.*`), and the rules a schema states in words (`rule.*`: "a project ID such as
 * my-project-123"), so a refusal reads the same in every language without zod's locale bundles.
 */
export const VALIDATION_MESSAGES = {
  'list.or': 'or',
  'list.and': 'and',
  'validation.summary.one': 'The request has 1 invalid field: {fields}.',
  'validation.summary.many': 'The request has {count} invalid fields: {fields}.',
  'validation.field': '{pointer}: {detail}',

  'validation.required': 'This field is required.',
  'validation.invalidType': 'Must be {expected}, but it is {received}.',
  'validation.invalidType.noValue': 'Must be {expected}.',
  'validation.tooSmall.string': 'Must be at least {minimum} characters long.',
  'validation.nonEmpty': 'Must not be empty.',
  'validation.tooSmall.array': 'Must have at least {minimum} items.',
  'validation.tooSmall.number': 'Must be at least {minimum}.',
  'validation.tooSmall.number.exclusive': 'Must be greater than {minimum}.',
  'validation.tooBig.string': 'Must be at most {maximum} characters long.',
  'validation.tooBig.array': 'Must have at most {maximum} items.',
  'validation.tooBig.number': 'Must be at most {maximum}.',
  'validation.tooBig.number.exclusive': 'Must be less than {maximum}.',
  'validation.format.rule': '{value} is not {rule}.',
  'validation.format.rule.noValue': 'Must be {rule}.',
  'validation.format.pattern': 'Must match the pattern {pattern}.',
  'validation.format': 'Must be a valid {format}.',
  'validation.oneOf': 'Must be one of {options}.',
  'validation.multipleOf': 'Must be a multiple of {divisor}.',
  'validation.unknownField': 'Unknown field "{name}".',
  'validation.invalid': 'This value is not valid.',

  'valueType.integer': 'a whole number',

  'gkeVersion.invalidText':
    '"{version}" is not a GKE version: expected MAJOR.MINOR.PATCH-gke.N such as 1.30.5-gke.1014001 (MAJOR.MINOR or MAJOR.MINOR.PATCH are accepted as incomplete versions).',
  'nodeImageType.invalid':
    '"{value}" is not a GKE node image type: expected one of {types} (case-insensitive).',

  'rule.projectId': 'a project ID such as my-project-123',
  'rule.projectNumber': 'a project number (digits only)',
  'rule.location': 'a region or zone such as us-central1 or us-central1-a',
  'rule.nodeServiceAccount': '"default" or a service account email',
  'rule.oauthScope': 'an OAuth scope URL or gcloud scope alias',
  'rule.clusterName': 'a cluster name (lowercase letters, digits, hyphens)',
  'rule.subnetName': 'a subnet name (lowercase letters, digits, hyphens)',
  'rule.platform': 'a platform of the form os/architecture[/variant], e.g. linux/amd64',
  'validation.errorOrImage': 'Send at least one of `error` (the pasted event) or `image`.',
} as const satisfies Record<string, string>;
