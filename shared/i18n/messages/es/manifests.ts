import type { MANIFEST_MESSAGES } from '../en/manifests';

export const MANIFEST_MESSAGES_ES: Record<keyof typeof MANIFEST_MESSAGES, string> = {
  'finding.POD_SPEC_MISSING':
    'Falta {objectPath}: un {kind} necesita una especificación de pod con al menos un contenedor.',
  'finding.NO_CONTAINERS':
    '{objectPath} no incluye ningún contenedor; Kubernetes exige al menos uno.',
  'finding.CONTAINER_WITHOUT_IMAGE':
    '{objectPath} no tiene imagen; Kubernetes no crea un Pod con un contenedor sin imagen.',
  'finding.WRONG_TYPE':
    '{objectPath} debe ser {expected}, pero es {found}; Kubernetes rechaza el objeto.',
  'finding.INVALID_IMAGE_PULL_POLICY':
    '{objectPath} es "{value}"; Kubernetes solo acepta Always, IfNotPresent o Never.',
  'finding.IMAGE_PULL_SECRET_WITHOUT_NAME':
    '{objectPath} no nombra ningún Secret, así que el kubelet lo ignora.',
  'finding.EPHEMERAL_CONTAINERS_NOT_ALLOWED':
    '{objectPath}: Kubernetes rechaza los contenedores efímeros en un Pod nuevo o en una plantilla de pod; añádelos a un Pod en ejecución con `kubectl debug`.',
  'valueType.list': 'una lista',
  'valueType.object': 'un objeto',
  'valueType.string': 'una cadena',
  'valueType.number': 'un número',
  'valueType.boolean': 'un booleano',
  'valueType.null': 'null',
  'valueType.other': 'otro tipo de valor',
  'note.noWorkloads':
    'El manifiesto no tiene cargas de trabajo ({kinds}): no hay ninguna imagen que extraer, así que nada aquí impide aplicarlo.',
};
