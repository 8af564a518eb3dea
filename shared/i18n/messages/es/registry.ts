import type { REGISTRY_MESSAGES } from '../en/registry';

export const REGISTRY_MESSAGES_ES: Record<keyof typeof REGISTRY_MESSAGES, string> = {
  'registry.notAllowed.registry':
    'No se puede conectar con el host de registro "{host}" para una consulta en directo ({reason}). {fix}',
  'registry.notAllowed.realm':
    'El registro {registry} nos remitió al servicio de tokens "{host}", con el que no se puede conectar ({reason}). {fix}',
  'registry.notAllowed.redirect':
    'El registro {registry} redirigió a "{host}", con el que no se puede conectar ({reason}). {fix}',
  'registry.notAllowed.googleRealm':
    'El registro {registry} pidió que las credenciales de Google del servicio se enviaran a "{host}", que no es un host de registro de Google; nunca se envían allí. {fix}',
  'registry.notAllowed.googleRegistry':
    'El registro {registry} no es un host que reciba las credenciales de Google del servicio, así que no se le pide ningún token de registro. Las reciben los hosts de Artifact Registry y de gcr.io; un operador puede añadir un host con REGISTRY_GOOGLE_CREDENTIAL_HOSTS.',
  'registry.notAllowed.fix':
    'Las consultas en directo solo se conectan con hosts de la lista de permitidos de la configuración del servidor (de forma predeterminada: los hosts Docker de Artifact Registry de las ubicaciones conocidas, la familia gcr.io y Docker Hub); un operador puede añadir el host allí.',
  'registry.refusal.userInfo': 'la URL lleva información de usuario',
  'registry.refusal.plainHttp':
    'HTTP sin cifrar solo se permite para los hosts no seguros configurados',
  'registry.refusal.scheme': 'el esquema {scheme} no está permitido',
  'registry.refusal.notAllowlisted': 'el host no está en la lista de permitidos',
  'registry.denied.google':
    'El {by} no permitió que {identity} extrajera {name} (HTTP {status}). Esa identidad necesita el permiso {permission} en el repositorio (por ejemplo, mediante roles/artifactregistry.reader), y el repositorio debe existir.',
  'registry.denied.anonymous':
    'El {by} rechazó una extracción anónima de {name} (HTTP {status}). Puede que la imagen sea privada o que no exista; este servicio solo envía credenciales a los hosts de Artifact Registry y de gcr.io.',
  'registry.denied.by.registry': 'registro',
  'registry.denied.by.tokenService': 'servicio de tokens',
  'registry.serviceIdentity': 'la identidad de Google del servicio',
  'registry.tokenExchange.denied':
    'El registro {registry} rechazó un token para {scope} (HTTP {status}): la credencial emitida no llega a este repositorio.',
  'registry.manifestUnknown':
    'El registro {registry} no tiene ningún manifiesto para {name}. Comprueba la etiqueta o el resumen, y que la imagen se haya enviado a este repositorio.',
  'registry.platformNotFound':
    'El índice de imagen {name}@{digest} no tiene ningún manifiesto para {requested}; tiene {available}.',
  'registry.platformNotFound.none':
    'El índice de imagen {name}@{digest} no tiene ningún manifiesto para {requested}; no incluye ninguna plataforma ejecutable.',
  'registry.invalidPlatform':
    'La plataforma "{platform}" no tiene la forma so/arquitectura[/variante], por ejemplo, linux/amd64 o linux/arm64/v8.',
  'registry.invalidHost': 'El registro "{registry}" no es un host[:puerto] válido.',
  'registry.noCredentials':
    'El servicio no tiene credenciales de Google para consultar imágenes en {host}. Ejecútalo con una cuenta de servicio (asociada a Cloud Run o GKE, o con GOOGLE_APPLICATION_CREDENTIALS apuntando a un archivo de claves); los campos sin conexión funcionan sin ellas.',
  'registry.timeout':
    'La consulta al registro en {host} no terminó en {timeoutMs} ms. Vuelve a intentarlo más tarde; si persiste, el registro o la ruta de red hasta él es lenta.',
  'registry.rateLimited':
    'El registro {host} está limitando la frecuencia de las solicitudes de este servicio. Vuelve a intentarlo dentro de {retryAfter} segundos.',
  'registry.upstreamError':
    'La consulta al registro en {host} falló: {reason}. Volver a intentarlo más tarde puede ayudar.',
  'registry.reason.connectionFailed': 'la conexión falló',
  'registry.reason.connectionBroke': 'la conexión se cortó mientras se leía la respuesta',
  'registry.reason.tooLarge': 'la respuesta ocupa más de {maxBytes} bytes',
  'registry.reason.redirectWithoutLocation': 'respondió HTTP {status} sin Location',
  'registry.reason.tooManyRedirects': 'redirigió más de {count} veces',
  'registry.reason.invalidRedirect': 'redirigió a una URL no válida',
  'registry.reason.httpStatus': 'respondió HTTP {status}',
  'registry.reason.unexpectedStatus': 'respondió un HTTP {status} inesperado',
  'registry.reason.digestMismatch': 'indicó el resumen {digest} para el manifiesto {reference}',
  'registry.reason.notManifestType':
    'respondió con un tipo de contenido que no es un tipo de medio de manifiesto',
  'registry.reason.unverifiableDigest':
    'respondió con un encabezado Docker-Content-Digest que el servicio no puede verificar',
  'registry.reason.schema1WithoutDigest': 'envió un manifiesto de esquema 1 sin resumen',
  'registry.reason.contentMismatch':
    'el contenido del manifiesto no coincide con su resumen {digest}',
  'registry.reason.notIndexType': 'no respondió al índice {digest} con un tipo de medio de índice',
  'registry.reason.manifestNotJson': 'el manifiesto no es JSON válido',
  'registry.reason.notManifestObject': 'el manifiesto no es un objeto de manifiesto',
  'registry.reason.mediaTypeMismatch':
    'el cuerpo del manifiesto declara un tipo de medio distinto del {mediaType} con el que se sirvió',
  'registry.reason.malformedIndex': 'el índice de imagen está mal formado',
  'registry.reason.malformedChallenge': 'su desafío de autenticación está mal formado',
  'registry.reason.challengeWithoutRealm':
    'su desafío de autenticación de portador no indica ningún realm',
  'registry.reason.invalidRealm':
    'su desafío de autenticación de portador indica un realm no válido',
  'registry.reason.noBearerChallenge':
    'no respondió a /v2/ con un desafío de autenticación de portador (HTTP {status}), así que no tiene endpoint de tokens',
  'registry.reason.tokenServiceStatus': 'el servicio de tokens respondió HTTP {status}',
  'registry.reason.tokenNotJson': 'el servicio de tokens respondió con algo que no es JSON',
  'registry.reason.noUsableToken': 'el servicio de tokens respondió sin un token utilizable',
};
