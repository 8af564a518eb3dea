import type { ACCESS_MESSAGES } from '../en/access';

export const ACCESS_MESSAGES_ES: Record<keyof typeof ACCESS_MESSAGES, string> = {
  'auth.invalidToken.malformed':
    'El token de portador no es un JWT firmado bien formado (tres partes en base64url).',
  'auth.invalidToken.unsigned':
    'El token de portador no está firmado (alg "none"); solo se aceptan tokens de ID firmados.',
  'auth.invalidToken.algorithmNotAllowed':
    'El token de portador está firmado con un algoritmo que este servicio no acepta.',
  'auth.invalidToken.untrustedIssuer':
    'El token de portador lo emitió un emisor en el que este servicio no confía.',
  'auth.invalidToken.badSignature':
    'La firma del token de portador no se verifica con las claves del emisor.',
  'auth.invalidToken.unknownKey':
    'Ninguna clave de firma actual del emisor coincide con el ID de clave (kid) del token; puede que la clave se haya rotado, así que solicita un token nuevo.',
  'auth.invalidToken.expired': 'El token de portador ha caducado; solicita un token de ID nuevo.',
  'auth.invalidToken.notYetValid':
    'El token de portador aún no es válido (nbf está en el futuro); comprueba el reloj de quien hace la llamada.',
  'auth.invalidToken.issuedInFuture':
    'El token de portador se emitió en el futuro (iat); comprueba el reloj de quien hace la llamada.',
  'auth.invalidToken.missingExpiry':
    'El token de portador no tiene caducidad (exp); solo se aceptan tokens de ID que caducan.',
  'auth.invalidToken.missingSubject': 'El token de portador no tiene sujeto (sub).',
  'auth.invalidToken.wrongAudience':
    'La audiencia (aud) del token de portador no es este servicio; solicita un token de ID para la audiencia configurada.',
  'auth.invalidToken.tooLong':
    'El token de portador caduca demasiado lejos en el futuro; solicita un token de ID de corta duración.',
  'auth.invalidToken.invalidClaims': 'Las reclamaciones del token de portador no son válidas.',
  'auth.invalidToken.lifetimeTooLong':
    'El token de portador declara una duración (exp - iat) mayor de la que concede su emisor; solicita un token de ID nuevo.',
  'auth.invalidToken.missingIssuedAt':
    'El token de portador no tiene hora de emisión (iat), así que no se puede comprobar su duración; solicita un token de ID nuevo.',
  'auth.tokenLifetime':
    'El token de portador declara una duración de {lifetime} s (exp - iat); los tokens de su emisor pueden durar como máximo {maximum} s. Solicita un token de ID nuevo.',
  'auth.missing':
    'Este endpoint necesita un encabezado `Authorization: Bearer <ID token>` con un token de ID de OIDC para este servicio (por ejemplo, `gcloud auth print-identity-token --audiences=AUDIENCE` o un token proyectado de una cuenta de servicio de Kubernetes).',
  'auth.unsupportedScheme':
    'El encabezado Authorization usa el esquema "{scheme}"; este endpoint solo acepta "Bearer" con un token de ID de OIDC.',
  'auth.noScheme':
    'El encabezado Authorization no usa el esquema "Bearer"; este endpoint solo acepta "Bearer" con un token de ID de OIDC.',
  'auth.googleCerts.timeout':
    'Los certificados con los que Google firma los tokens de ID no llegaron en {timeoutMs} ms; no se pudo autenticar a quien hace la llamada. Vuelve a intentarlo en breve.',
  'auth.googleCerts.unavailable':
    'No se pudieron obtener los certificados con los que Google firma los tokens de ID; no se pudo autenticar a quien hace la llamada. Vuelve a intentarlo en breve.',
  'auth.discovery.invalid':
    'El documento de descubrimiento de OIDC del emisor de confianza "{issuer}" (HTTP {status}) no nombra a este emisor ni un jwks_uri https; no se pudo autenticar a quien hace la llamada. Configura jwksUri para este emisor.',
  'auth.discovery.timeout':
    'El documento de descubrimiento de OIDC del emisor de confianza "{issuer}" no llegó a tiempo; no se pudo autenticar a quien hace la llamada. Vuelve a intentarlo en breve.',
  'auth.keys.timeout':
    'Las claves de firma del emisor de confianza "{issuer}" no llegaron en {timeoutMs} ms; no se pudo autenticar a quien hace la llamada. Vuelve a intentarlo en breve.',
  'auth.keys.unavailable':
    'No se pudieron obtener las claves de firma del emisor de confianza "{issuer}"; no se pudo autenticar a quien hace la llamada. Vuelve a intentarlo en breve.',
  'auth.denied.pull':
    'Quien hace la llamada, {who}, del emisor "{issuer}", no tiene permiso para extraer de "{repository}". Pide al operador de este servicio que se lo conceda en la política de acceso.',
  'auth.denied.push':
    'Quien hace la llamada, {who}, del emisor "{issuer}", no tiene permiso para enviar a "{repository}". Pide al operador de este servicio que se lo conceda en la política de acceso.',
  'auth.caller.subject': 'con el sujeto "{subject}"',
  'auth.caller.email': '"{email}" (sujeto "{subject}")',

  'kubernetesName.secretName':
    'El nombre de secreto "{name}" (secretName) no es un nombre válido de Kubernetes: letras minúsculas, dígitos, "-" y ".", empezando y terminando por una letra o un dígito, {max} caracteres como máximo (subdominio DNS-1123).',
  'kubernetesName.namespace':
    'El espacio de nombres "{name}" (`namespace`) no es un espacio de nombres válido de Kubernetes: letras minúsculas, dígitos y "-", empezando y terminando por una letra o un dígito, {max} caracteres como máximo (etiqueta DNS-1123).',
};
