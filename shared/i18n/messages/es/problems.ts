import type { PROBLEM_MESSAGES } from '../en/problems';

export const PROBLEM_MESSAGES_ES: Record<keyof typeof PROBLEM_MESSAGES, string> = {
  'problem.INVALID_REQUEST': 'La solicitud no es válida',
  'problem.MALFORMED_JSON': 'El cuerpo de la solicitud no es JSON bien formado',
  'problem.UNSUPPORTED_MEDIA_TYPE': 'El cuerpo de la solicitud tiene un tipo de medio no admitido',
  'problem.NOT_ACCEPTABLE': 'Ninguna representación coincide con el encabezado Accept',
  'problem.PAYLOAD_TOO_LARGE': 'El cuerpo de la solicitud es demasiado grande',
  'problem.HEADERS_TOO_LARGE': 'Los encabezados de la solicitud son demasiado grandes',
  'problem.NOT_FOUND': 'No existe ese recurso',
  'problem.METHOD_NOT_ALLOWED': 'El método no está permitido en este recurso',
  'problem.INTERNAL': 'Error interno',
  'problem.INVALID_REFERENCE': 'La referencia de imagen no es válida',
  'problem.UNKNOWN_LOCATION': 'Ubicación de Artifact Registry desconocida',
  'problem.INCOMPLETE_ARTIFACT_REGISTRY_PATH':
    'A la ruta de Artifact Registry le falta el proyecto, el repositorio o la imagen',
  'problem.INVALID_PROJECT_ID': 'El ID del proyecto no es válido',
  'problem.UNSUPPORTED_FORMAT': 'El formato del repositorio de Artifact Registry no es Docker',
  'problem.REGISTRY_NOT_ALLOWED': 'El host del registro no está en la lista de permitidos',
  'problem.PLATFORM_NOT_FOUND':
    'El índice de la imagen no tiene ningún manifiesto para esa plataforma',
  'problem.MANIFEST_UNKNOWN': 'El registro no tiene ese manifiesto',
  'problem.REGISTRY_PERMISSION_DENIED': 'El registro denegó el acceso a la imagen',
  'problem.NO_CREDENTIALS': 'El servicio no tiene credenciales de Google',
  'problem.UPSTREAM_TIMEOUT': 'Un servicio externo no respondió a tiempo',
  'problem.UPSTREAM_ERROR': 'Un servicio externo respondió con un error',
  'problem.UPSTREAM_RATE_LIMITED':
    'Un servicio externo está limitando la frecuencia de las solicitudes',
  'problem.UNAUTHENTICATED': 'Se requiere autenticación',
  'problem.PERMISSION_DENIED': 'Quien hace la llamada no tiene permiso para hacer esto',
  'problem.IMPERSONATION_DENIED':
    'IAM no permitió suplantar la identidad de la cuenta de servicio de extracción',
  'problem.INVALID_GKE_VERSION': 'La versión de GKE no es válida',
  'problem.INVALID_MANIFEST': 'No se pudo analizar el manifiesto de Kubernetes',
  'problem.TOO_MANY_LIVE_LOOKUPS':
    'La solicitud pide más consultas en directo de las que admite una sola solicitud',
  'lookups.tooMany':
    'Esta solicitud pide {requested} consultas en directo ({what}); una solicitud puede pedir como máximo {limit}. Divídela en solicitudes más pequeñas o haz la consulta sin conexión.',
  'lookups.what.batch': 'referencias distintas con resolveDigest',
  'lookups.what.manifest': 'imágenes distintas de un manifiesto comprobado en directo',

  'cluster.autopilot.windows':
    '"nodeImageType": "{nodeImageType}" contradice "autopilot": true: Autopilot solo ejecuta nodos Linux (siempre {required}), nunca Windows Server.',
  'cluster.autopilot.docker':
    '"nodeImageType": "{nodeImageType}" contradice "autopilot": true: los nodos de Autopilot solo usan containerd (siempre {required}), nunca Docker.',
  'cluster.autopilot.nodeImage':
    '"nodeImageType": "{nodeImageType}" contradice "autopilot": true: los nodos de Autopilot siempre ejecutan Container-Optimized OS con containerd ({required}).',
  'cluster.autopilot.zonal':
    '"location": "{location}" contradice "autopilot": true: {location} es una zona, y todos los clústeres de Autopilot son regionales.',
};
