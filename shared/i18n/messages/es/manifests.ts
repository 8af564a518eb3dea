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
  'manifest.yaml.invalid':
    'El manifiesto no es YAML válido en la línea {line}, columna {column} (documento {documentIndex}): {reason}. Revisa la sangría (espacios, no tabuladores), las comillas y los anclajes cerca de esa línea.',
  'manifest.yaml.parserSays': 'el analizador de YAML indica "{reason}"',
  'manifest.yaml.parserFailed': 'el analizador de YAML no pudo procesar este texto',
  'manifest.yaml.rejected': 'el analizador de YAML lo rechazó',
  'manifest.yaml.tooDeep': 'anida colecciones a más profundidad de la que admite el analizador',
  'manifest.yaml.duplicateKey': 'las claves de un mapa tienen que ser únicas',
  'manifest.yaml.aliasWithoutAnchor':
    'el alias *{name} no hace referencia a ningún anclaje &{name} definido antes',
  'manifest.yaml.aliasCycle': 'el alias *{name} hace referencia a una colección que lo contiene',
  'manifest.structure.document':
    'El documento {documentIndex} del manifiesto (línea {line}, columna {column}) {problem}. Cada documento tiene que ser un mapa con apiVersion, kind y metadata, o una List de ellos.',
  'manifest.structure.item':
    'El elemento {itemIndex} de la List del documento {documentIndex} del manifiesto (línea {line}, columna {column}) {problem}. Cada documento tiene que ser un mapa con apiVersion, kind y metadata, o una List de ellos.',
  'manifest.structure.notObject': 'es {type}, no un objeto de Kubernetes',
  'manifest.structure.itemsNotList': 'tiene elementos (items) que son {type}, no una lista',
  'manifest.structure.noKind': 'no tiene kind, así que no es un objeto de Kubernetes',
  'manifest.limit':
    'El manifiesto tiene más de {maximum} {noun}; en una solicitud se leen como máximo {maximum}. {advice}',
  'manifest.limit.at':
    'El manifiesto tiene más de {maximum} {noun} (se supera en la línea {line}, columna {column}, documento {documentIndex}); en una solicitud se leen como máximo {maximum}. {advice}',
  'manifest.limit.noun.documents': 'documentos YAML',
  'manifest.limit.noun.depth': 'niveles de mapas y secuencias anidados',
  'manifest.limit.noun.aliases': 'alias',
  'manifest.limit.noun.keysPerMapping': 'claves en un mismo mapa',
  'manifest.limit.noun.nodes':
    'nodos YAML (escalares, mapas y secuencias, con los alias expandidos)',
  'manifest.limit.noun.objects': 'objetos',
  'manifest.limit.noun.images': 'imágenes',
  'manifest.limit.noun.findings': 'hallazgos',
  'manifest.limit.noun.pullSecretReferences':
    'nombres de secretos de extracción de imágenes en total entre todas las imágenes',
  'manifest.limit.advice.documents': 'Divide el flujo en varias solicitudes.',
  'manifest.limit.advice.depth':
    'Los objetos reales de Kubernetes anidan mucho menos; comprueba cómo se generó el texto.',
  'manifest.limit.advice.aliases':
    'Expande los alias o divide el manifiesto en varias solicitudes.',
  'manifest.limit.advice.keysPerMapping': 'Divide el mapa, o el manifiesto, en varias solicitudes.',
  'manifest.limit.advice.multiplied':
    'Los alias de YAML pueden multiplicar un texto corto: expándelos o divide el manifiesto en varias solicitudes.',
  'manifest.limit.advice.split': 'Divide el manifiesto en varias solicitudes.',
  'manifest.limit.advice.findings':
    'Corrige primero los problemas indicados o divide el manifiesto en varias solicitudes.',
  'manifest.budget.cpuMs':
    'Leer este manifiesto usó más de {maximum} ms de tiempo de CPU, lo máximo que puede usar una solicitud (MANIFEST_CHECK_BUDGET_MS). Divídelo en varias solicitudes.',
  'manifest.budget.timeMs':
    'Leer este manifiesto tardó más de {maximum} ms. Divídelo en varias solicitudes.',
  'manifest.budget.heapMb':
    'Leer este manifiesto necesitó más de {maximum} MiB de memoria. Divídelo en varias solicitudes.',
  'manifest.request.queryWithJson':
    'El parámetro de consulta "{name}" solo se lee con un cuerpo YAML; con un cuerpo JSON, envía los datos del clúster en "cluster".',
  'manifest.request.bodyRequired':
    'El cuerpo es obligatorio: envía {"manifest", "cluster"} como application/json, o el manifiesto tal cual como application/yaml con los campos del clúster como parámetros de consulta.',
  'manifest.request.versionRequired':
    'El parámetro de consulta "version" es obligatorio con un cuerpo YAML: la versión de GKE; por ejemplo, ?version=1.30.5-gke.1014001.',
};
