import type { HTTP_MESSAGES } from '../en/http';

export const HTTP_MESSAGES_ES: Record<keyof typeof HTTP_MESSAGES, string> = {
  'http.unsupportedMediaType': 'El cuerpo se envió como {received}; envíalo como {accepted}.',
  'http.unsupportedMediaType.none': 'El cuerpo se envió sin Content-Type; envíalo como {accepted}.',
  'http.malformedJson': 'El cuerpo no es JSON bien formado.',
  'http.malformedJson.reason':
    'El cuerpo no es JSON bien formado (el analizador de JSON indica: "{reason}").',
  'http.malformedJson.at':
    'El cuerpo no es JSON bien formado en la línea {line}, columna {column} (el analizador de JSON indica: "{reason}").',
  'http.tooDeep':
    'El cuerpo anida listas y objetos a más de {maxDepth} niveles de profundidad; ninguna operación de esta API acepta un cuerpo tan anidado.',
  'http.notUtf8':
    'El cuerpo no es UTF-8 válido; envíalo codificado en UTF-8 (RFC 8259 §8.1 para JSON).',
  'http.emptyBody': 'El cuerpo está vacío; envía un objeto JSON.',
  'http.unreadableBody': 'No se pudo leer el cuerpo de la solicitud.',
  'http.payloadTooLarge':
    'El cuerpo supera los {maxBytes} bytes; envía una solicitud más pequeña (divide el lote).',
  'http.payloadTooLarge.unknownLimit': 'El cuerpo es más grande de lo que admite este servicio.',
  'http.headersTooLarge': 'Los encabezados de la solicitud superan {limit}.',
  'http.noHost':
    'La solicitud no tiene encabezado Host; toda solicitud HTTP/1.1 tiene que indicar el host al que va dirigida (RFC 9112 §3.2).',
  'http.invalidHttp': 'La solicitud no es HTTP/1.1 válido.',
  'http.notFound': 'No hay nada en {path}.',
  'http.notFound.here': 'Aquí no hay nada.',
  'http.methodNotAllowed': '{method} no está permitido en {path}; métodos permitidos: {allowed}.',
  'http.internal': 'El servicio no pudo responder a esta solicitud.',
  'http.internal.logged':
    'El servicio no pudo responder a esta solicitud. Se ha registrado el fallo; volver a intentarlo puede servir.',
  'http.notAcceptable.credential':
    'La credencial está disponible como {mediaTypes} (solo el manifiesto del Secret); define Accept con uno de ellos.',
  'http.notAcceptable.plan':
    'Esta respuesta está disponible como {mediaTypes}; define Accept con uno de ellos o usa ?format=json|markdown|shell.',
  'serviceIdentity.noCredentials':
    'El servicio no tiene credenciales predeterminadas de la aplicación de Google. En local, ejecuta `gcloud auth application-default login` (o define GOOGLE_APPLICATION_CREDENTIALS); en Google Cloud, asocia una cuenta de servicio al servicio o a la función de Cloud Run. Las respuestas sin conexión funcionan sin credenciales.',
  'http.notAcceptable.only':
    'Esta respuesta solo está disponible como {mediaType}; define Accept con ese tipo (o no envíes Accept).',
  'http.mintingNotConfigured':
    'La emisión de credenciales no está configurada en este servidor: define AUTH_AUDIENCE (y ACCESS_POLICY) en su configuración.',
};
