import type { Language } from '../i18n';
import type { ManifestFindingCode } from './types';

export type ValueType = 'list' | 'object' | 'string' | 'number' | 'boolean' | 'null' | 'other';

interface FindingText {
  severity: 'error' | 'warning';
  message: Record<Language, string>;
}

/**
 * What each finding means and how it reads. `error`: the API server rejects the object or the
 * Pods it creates; `warning`: accepted, but it does not do what it looks like it does.
 */
export const FINDING_TEXT: Record<ManifestFindingCode, FindingText> = {
  POD_SPEC_MISSING: {
    severity: 'error',
    message: {
      en: '{objectPath} is missing: a {kind} needs a pod spec with at least one container.',
      es: 'Falta {objectPath}: un {kind} necesita una especificación de pod con al menos un contenedor.',
    },
  },
  NO_CONTAINERS: {
    severity: 'error',
    message: {
      en: '{objectPath} lists no containers; Kubernetes requires at least one.',
      es: '{objectPath} no incluye ningún contenedor; Kubernetes exige al menos uno.',
    },
  },
  CONTAINER_WITHOUT_IMAGE: {
    severity: 'error',
    message: {
      en: '{objectPath} has no image; Kubernetes does not create a Pod whose container has no image.',
      es: '{objectPath} no tiene imagen; Kubernetes no crea un Pod con un contenedor sin imagen.',
    },
  },
  WRONG_TYPE: {
    severity: 'error',
    message: {
      en: '{objectPath} must be {expected}, but it is {found}; Kubernetes rejects the object.',
      es: '{objectPath} debe ser {expected}, pero es {found}; Kubernetes rechaza el objeto.',
    },
  },
  INVALID_IMAGE_PULL_POLICY: {
    severity: 'error',
    message: {
      en: '{objectPath} is "{value}"; Kubernetes accepts only Always, IfNotPresent or Never.',
      es: '{objectPath} es "{value}"; Kubernetes solo acepta Always, IfNotPresent o Never.',
    },
  },
  IMAGE_PULL_SECRET_WITHOUT_NAME: {
    severity: 'warning',
    message: {
      en: '{objectPath} names no Secret, so the kubelet ignores it.',
      es: '{objectPath} no nombra ningún Secret, así que el kubelet lo ignora.',
    },
  },
  EPHEMERAL_CONTAINERS_NOT_ALLOWED: {
    severity: 'error',
    message: {
      en: '{objectPath}: Kubernetes rejects ephemeral containers in a new Pod or a pod template; add them to a running Pod with `kubectl debug`.',
      es: '{objectPath}: Kubernetes rechaza los contenedores efímeros en un Pod nuevo o en una plantilla de pod; añádalos a un Pod en ejecución con `kubectl debug`.',
    },
  },
};

/** How a value type reads inside a WRONG_TYPE message. */
export const VALUE_TYPE_TEXT: Record<ValueType, Record<Language, string>> = {
  list: { en: 'a list', es: 'una lista' },
  object: { en: 'an object', es: 'un objeto' },
  string: { en: 'a string', es: 'una cadena' },
  number: { en: 'a number', es: 'un número' },
  boolean: { en: 'a boolean', es: 'un booleano' },
  null: { en: 'null', es: 'null' },
  other: { en: 'another kind of value', es: 'otro tipo de valor' },
};
