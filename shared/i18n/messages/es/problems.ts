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

  'problem.GOOGLE_API_DISABLED':
    'Una API de Google que el servicio necesita no está habilitada en el proyecto de su cuenta',
  'problem.CREDENTIAL_SCOPE_INSUFFICIENT':
    'La credencial de Google del servicio no tiene el permiso de acceso de OAuth que la API necesita',
  'problem.PULLER_NOT_FOUND': 'La cuenta de servicio de extracción no existe',

  'detail.mint.impersonationDenied':
    'IAM no permitió que {source} suplantara la identidad de {puller}. Concede a {source} el rol {role} en {puller} ({command}) y comprueba que {puller} existe.',
  'detail.mint.pullerNotFound':
    'La cuenta de servicio de extracción {puller} no existe: IAM Credentials respondió que no tiene esa cuenta. Créala ({command}) o corrige pullerServiceAccount en la política de acceso; después, concede a {source} el rol {role} en ella.',
  'detail.mint.pullerNotFound.noCommand':
    'La cuenta de servicio de extracción {puller} no existe: IAM Credentials respondió que no tiene esa cuenta. Corrige pullerServiceAccount en la política de acceso; después, concede a {source} el rol {role} en la cuenta que indique.',
  'detail.mint.apiDisabled':
    'La API {service} no está habilitada en el proyecto {project}, el de la cuenta del propio servicio, así que no se puede crear ningún token para {puller}. Habilítala ({command}), espera unos minutos y vuelve a intentarlo.',
  'detail.mint.scopeInsufficient':
    'IAM Credentials rechazó el token de acceso de la cuenta del propio servicio ({source}): no tiene el permiso de acceso de OAuth {scope}, que hace falta para suplantar la identidad de {puller}. Ejecuta el servicio con una credencial que tenga {scope} (en Cloud Run siempre lo tiene; en una VM de Compute Engine o un nodo de GKE, dale ese permiso de acceso a la VM o al grupo de nodos).',
  'detail.mint.failed':
    'IAM Credentials generateAccessToken para {puller} falló (HTTP {httpStatus}). Vuelve a intentarlo en unos momentos.',
  'detail.mint.failedNoAnswer':
    'IAM Credentials generateAccessToken para {puller} falló (sin respuesta HTTP). Vuelve a intentarlo en unos momentos.',
  'detail.mint.noToken':
    'IAM Credentials respondió a generateAccessToken para {puller} sin token de acceso ni caducidad.',
  'detail.mint.ownTokenFailed':
    'Las credenciales predeterminadas de la aplicación del propio servicio no pudieron producir un token de acceso.',
  'detail.mint.ownTokenEmpty':
    'Las credenciales predeterminadas de la aplicación del propio servicio no dieron ningún token de acceso.',
  'detail.mint.ownIdentityUnreadable': 'No se pudo leer la identidad del propio servicio.',
  'detail.mint.timeout.adc':
    'Las credenciales predeterminadas de la aplicación no respondieron en {timeoutMs} ms. Vuelve a intentarlo en unos momentos.',
  'detail.mint.timeout.iam':
    'IAM Credentials (suplantando la identidad de {puller}) no respondió en {timeoutMs} ms. Vuelve a intentarlo en unos momentos.',
  'detail.mint.lifetime':
    'lifetimeSeconds tiene que ser un número entero entre {min} y {max}; se recibió {got}.',
  'detail.mint.noCredentials':
    'El servicio no encontró credenciales predeterminadas de la aplicación de Google, así que no puede crear credenciales de registro. En local, ejecuta `gcloud auth application-default login`; en Google Cloud, asocia una cuenta de servicio al servicio (Cloud Run, GKE o Compute Engine).',
};
