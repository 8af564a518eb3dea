import type { VALIDATION_MESSAGES } from '../en/validation';

export const VALIDATION_MESSAGES_ES: Record<keyof typeof VALIDATION_MESSAGES, string> = {
  'list.or': 'o',
  'list.and': 'y',
  'validation.summary.one': 'La solicitud tiene 1 campo no válido: {fields}.',
  'validation.summary.many': 'La solicitud tiene {count} campos no válidos: {fields}.',
  'validation.field': '{pointer}: {detail}',

  'validation.required': 'Este campo es obligatorio.',
  'validation.invalidType': 'Tiene que ser {expected}, pero es {received}.',
  'validation.invalidType.noValue': 'Tiene que ser {expected}.',
  'validation.tooSmall.string': 'Tiene que tener al menos {minimum} caracteres.',
  'validation.nonEmpty': 'No puede estar vacío.',
  'validation.tooSmall.array': 'Tiene que tener al menos {minimum} elementos.',
  'validation.tooSmall.number': 'Tiene que ser {minimum} o más.',
  'validation.tooSmall.number.exclusive': 'Tiene que ser mayor que {minimum}.',
  'validation.tooBig.string': 'Puede tener como máximo {maximum} caracteres.',
  'validation.tooBig.array': 'Puede tener como máximo {maximum} elementos.',
  'validation.tooBig.number': 'Tiene que ser {maximum} o menos.',
  'validation.tooBig.number.exclusive': 'Tiene que ser menor que {maximum}.',
  'validation.format.rule': '{value} no es {rule}.',
  'validation.format.rule.noValue': 'Tiene que ser {rule}.',
  'validation.format.pattern': 'Tiene que cumplir el patrón {pattern}.',
  'validation.format': 'Tiene que ser un valor de formato {format} válido.',
  'validation.oneOf': 'Tiene que ser uno de estos valores: {options}.',
  'validation.multipleOf': 'Tiene que ser múltiplo de {divisor}.',
  'validation.unknownField': 'Campo desconocido: "{name}".',
  'validation.invalid': 'Este valor no es válido.',

  'valueType.integer': 'un número entero',

  'gkeVersion.invalidText':
    '"{version}" no es una versión de GKE: se esperaba MAJOR.MINOR.PATCH-gke.N, como 1.30.5-gke.1014001 (MAJOR.MINOR o MAJOR.MINOR.PATCH se aceptan como versiones incompletas).',
  'nodeImageType.invalid':
    '"{value}" no es un tipo de imagen de nodo de GKE: se esperaba uno de estos valores: {types} (sin distinguir mayúsculas de minúsculas).',

  'rule.projectId': 'un ID de proyecto, como my-project-123',
  'rule.projectNumber': 'un número de proyecto (solo dígitos)',
  'rule.location': 'una región o una zona, como us-central1 o us-central1-a',
  'rule.nodeServiceAccount': '"default" o el correo de una cuenta de servicio',
  'rule.oauthScope':
    'la URL de un permiso de acceso de OAuth o un alias de permiso de acceso de gcloud',
  'rule.clusterName': 'un nombre de clúster (letras minúsculas, dígitos y guiones)',
  'rule.subnetName': 'un nombre de subred (letras minúsculas, dígitos y guiones)',
  'rule.platform':
    'una plataforma con la forma os/architecture[/variant]; por ejemplo, linux/amd64',
  'validation.errorOrImage': 'Envía al menos `error` (el evento pegado) o `image`.',
};
