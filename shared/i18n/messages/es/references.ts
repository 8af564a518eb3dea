import type { REFERENCE_MESSAGES } from '../en/references';

export const REFERENCE_MESSAGES_ES: Record<keyof typeof REFERENCE_MESSAGES, string> = {
  'reference.invalid': '{input} no es una referencia de imagen válida: {what}.',
  'reference.invalid.hint': '{input} no es una referencia de imagen válida: {what}. {hint}',
  'reference.writeInstead.hint': 'Escribe {value}.',
  'reference.quoted.cut': '{start}… ({length} caracteres)',

  'reference.notString': 'la referencia tiene que ser una cadena',
  'reference.tooLong': 'tiene {length} caracteres y el límite es {limit}',
  'reference.tooLong.hint':
    'Una referencia de imagen consta de un host de registro, una ruta de 255 caracteres como máximo, una etiqueta y un resumen.',
  'reference.empty': 'la referencia está vacía',
  'reference.empty.hint': 'Indica una referencia de imagen, como "nginx:1.27".',
  'reference.whitespace': 'contiene un espacio en blanco en la posición {position}',
  'reference.whitespace.hint':
    'Quita los espacios, tabuladores y saltos de línea, también los que haya alrededor de la referencia.',
  'reference.urlScheme':
    'una referencia de imagen no puede contener un esquema de URL ("{scheme}")',
  'reference.urlScheme.hint': 'Escríbela sin el esquema: {withoutScheme}.',
  'reference.imageId':
    'no se admiten cadenas hexadecimales de {length} caracteres; parece un ID de imagen, no una referencia',
  'reference.imageId.hint': 'Fija la imagen por su resumen: "NAME@sha256:<hex>".',
  'reference.pathMissingAfterHost':
    'falta la ruta del repositorio después del host de registro {host}',
  'reference.pathMissingAfterHost.hint':
    'Escribe la ruta de la imagen después del host; por ejemplo, {example}.',
  'reference.pathTooLong':
    'el nombre del repositorio no puede superar los {limit} caracteres, y {start}… tiene {length}',
  'reference.notArtifactRegistryHost':
    '{registry} no es un host de Artifact Registry ni de gcr.io, y solo se pueden emitir credenciales para repositorios de Artifact Registry',
  'reference.notArtifactRegistryHost.hint':
    'Indica un repositorio, como "us-docker.pkg.dev/my-project/my-repo" o "gcr.io/my-project".',

  'digest.example.hint':
    'Un resumen tiene la forma sha256:<64 dígitos hexadecimales en minúscula>.',
  'digest.missing': 'después de "@" no hay ningún resumen',
  'digest.twoAt': 'la referencia tiene más de una "@"',
  'digest.twoAt.hint': 'Una referencia tiene como máximo un resumen.',
  'digest.noAlgorithm': 'el resumen {digest} no indica el algoritmo',
  'digest.notHex': 'el resumen {digest} contiene {char}, que no es un dígito hexadecimal',
  'digest.wrongLength':
    'el resumen {algorithm} tiene {length} dígitos hexadecimales, y los resúmenes {lowerAlgorithm} tienen exactamente {expected}',
  'digest.wrongLength.hint':
    'Copia el resumen completo; por ejemplo, de "crane digest" o de "gcloud artifacts docker images describe".',
  'digest.algorithmCase':
    'el algoritmo del resumen tiene que ir en minúsculas ("{lower}", no "{algorithm}")',
  'digest.hexCase': 'los dígitos hexadecimales del resumen tienen que ir en minúsculas',
  'digest.tooShort':
    'el resumen tiene {length} dígitos hexadecimales y hacen falta al menos {minimum}',
  'digest.algorithmUppercase': 'el algoritmo del resumen {algorithm} tiene que ir en minúsculas',
  'digest.unsupported': 'el algoritmo de resumen {algorithm} no se admite',
  'digest.unsupported.hint': 'Algoritmos admitidos: {algorithms}.',
  'digest.malformedAlgorithm': 'el algoritmo del resumen {algorithm} no está bien formado',
  'digest.emptyAlgorithm': 'el resumen no indica el algoritmo antes de ":"',

  'host.missing': 'falta el host de registro antes de {domain}',
  'host.twoColons': 'el host de registro {domain} tiene más de un ":"',
  'host.twoColons.hint':
    'Escribe las direcciones IPv6 entre corchetes; por ejemplo, "[::1]:5000/image".',
  'host.ipv6Unclosed': 'al host de registro IPv6 {domain} le falta el "]" de cierre',
  'host.ipv6Empty': 'el host de registro IPv6 "[]" está vacío',
  'host.ipv6Zone': 'el host de registro IPv6 {domain} tiene un identificador de zona ("%…")',
  'host.ipv6Zone.hint':
    'Las referencias de imagen no admiten identificadores de zona; usa una dirección sin él.',
  'host.ipv6Char': 'el carácter {char} no se admite en el host de registro IPv6 {domain}',
  'host.ipv6Char.hint': 'Un host IPv6 solo contiene dígitos hexadecimales y ":".',
  'host.ipv6Trailing': '{rest} inesperado después del host de registro IPv6 {host}',
  'host.emptyLabel':
    'el host de registro {name} tiene una etiqueta de dominio vacía (".." o un "." al principio o al final)',
  'host.badChar': 'el carácter {char} no se admite en el host de registro {name}',
  'host.badChar.hint': 'Un nombre de host solo contiene letras, dígitos, "-" y ".".',
  'host.labelDash':
    'la etiqueta de dominio {label} del host de registro {name} empieza o termina por "-"',
  'host.noPort': 'el host de registro {domain} tiene ":" pero ningún puerto',
  'host.portNotNumber': 'el puerto {port} del host de registro {domain} no es un número',
  'host.portNotNumber.hint':
    'La etiqueta va después del nombre de la imagen ("host:5000/image:tag"), nunca entre el host y la ruta.',

  'path.missing': 'falta el nombre del repositorio',
  'path.missing.hint':
    'Escribe el nombre de la imagen; por ejemplo, "nginx:1.27" o "us-docker.pkg.dev/my-project/my-repo/app:v1".',
  'path.uppercase':
    'el nombre del repositorio tiene que ir en minúsculas, y {path} tiene mayúsculas',
  'path.uppercase.hint':
    'Escribe {lower}; solo el host de registro y la etiqueta pueden tener mayúsculas.',
  'path.trailingSlash': 'la ruta del repositorio {path} termina en "/"',
  'path.trailingSlash.hint': 'Quita la "/" final.',
  'path.leadingSlash': 'la ruta del repositorio {path} empieza por "/"',
  'path.emptyComponent': 'la ruta del repositorio {path} tiene un componente vacío ("//")',
  'path.emptyComponent.hint': 'Separa los componentes de la ruta con una sola "/".',
  'path.componentStart':
    'el componente de la ruta {component} tiene que empezar por una letra minúscula o un dígito',
  'path.underscores':
    'el componente de la ruta {component} tiene {count} guiones bajos seguidos y se admiten como máximo {max}',
  'path.endsWithSeparator':
    'el componente de la ruta {component} termina con el separador {separator}',
  'path.endsWithSeparator.hint':
    'Un componente de la ruta tiene que terminar en una letra minúscula o un dígito.',
  'path.combinedSeparators':
    'el componente de la ruta {component} combina separadores ({separators})',
  'path.combinedSeparators.hint':
    'Separa las letras y los dígitos con un ".", uno o dos "_", o cualquier número de "-".',
  'path.badChar': 'el carácter {char} no se admite en el componente de la ruta {component}',
  'path.badChar.hint':
    'Una ruta de repositorio contiene letras minúsculas, dígitos y los separadores ".", "_", "__" y "-", con "/" entre los componentes.',

  'tag.empty': 'después de ":" no hay ninguna etiqueta',
  'tag.empty.hint': 'Escribe una etiqueta después de ":" o quita los ":".',
  'tag.tooLong': 'la etiqueta tiene {length} caracteres y el límite es {limit}',
  'tag.start': 'la etiqueta {tag} tiene que empezar por una letra, un dígito o "_", no por {char}',
  'tag.colon': 'la etiqueta {tag} contiene ":"',
  'tag.colon.hint':
    'Una referencia tiene como máximo una etiqueta; después del puerto de un registro van "/" y la ruta ("host:5000/image:tag").',
  'tag.badChar': 'el carácter {char} no se admite en la etiqueta {tag}',
  'tag.badChar.hint': 'Una etiqueta contiene letras, dígitos, "_", "." y "-".',

  'projectId.invalid': '{input}: el ID de proyecto {project} no es válido: {problems}. {hints}',
  'projectId.length': 'tiene que tener entre {min} y {max} caracteres (tiene {length})',
  'projectId.chars': 'solo puede contener letras minúsculas, dígitos y guiones, no {chars}',
  'projectId.start': 'tiene que empezar por una letra',
  'projectId.trailingHyphen': 'no puede terminar en guion',
  'projectId.rule.hint':
    'Los IDs de proyecto tienen entre {min} y {max} letras minúsculas, dígitos o guiones, empiezan por una letra y no terminan en guion; por ejemplo, "{example}".',
  'projectId.number.hint': 'Usa el ID del proyecto, no el número de proyecto.',
  'projectId.didYouMean.hint': '¿Querías decir {suggestion}?',
  'projectDomain.invalid':
    '{input}: {domain} se interpreta como el dominio de un proyecto con alcance de dominio (siempre que el primer componente de la ruta contiene "."), y no es un dominio válido: {problems}. Un proyecto con alcance de dominio "example.com:my-project" se escribe "example.com/my-project" en la ruta.',
  'projectDomain.tooLong': 'el dominio tiene más de {max} caracteres',
  'projectDomain.fewLabels': 'el dominio necesita al menos dos etiquetas de dominio',
  'projectDomain.emptyLabel': 'el dominio tiene una etiqueta de dominio vacía',
  'projectDomain.labelTooLong': 'la etiqueta de dominio {label} tiene más de {max} caracteres',
  'projectDomain.labelChars':
    'la etiqueta de dominio {label} solo puede contener letras, dígitos y guiones',
  'projectDomain.labelHyphen':
    'la etiqueta de dominio {label} no puede empezar ni terminar en guion',

  'artifactRegistry.unknownLocation':
    '{input}: {location}, en el host {host}, no es una ubicación conocida de Artifact Registry. Ubicaciones conocidas más parecidas: {suggestions}. "gcloud artifacts locations list" las muestra todas.',
  'artifactRegistry.unsupportedFormat':
    '{input}: {host} sirve repositorios de Artifact Registry de formato {formatName}, que no contienen imágenes de contenedor. Las imágenes de contenedor se extraen de repositorios de Docker; por ejemplo, {example} si ese repositorio tiene el formato Docker.',
  'artifactRegistry.incomplete': '{input}: {what}. Se esperaba {expected}.',
  'artifactRegistry.incomplete.example':
    '{input}: {what}. Se esperaba {expected}; por ejemplo, {example}.',
  'artifactRegistry.incomplete.imageOrRepository':
    '{input}: {what}. Se esperaba {expected}; por ejemplo, {example}. Cada repositorio es un recurso independiente que hay que crear antes de enviarle imágenes; si {last} es la imagen, indica su repositorio: {fixed}.',
  'artifactRegistry.onlyDomain':
    '{path} es solo el dominio de un proyecto con alcance de dominio; falta el ID del proyecto',
  'artifactRegistry.noRepository': 'la ruta indica un proyecto, pero ningún repositorio',
  'artifactRegistry.noImage': 'la ruta indica un proyecto, pero ninguna imagen',
  'artifactRegistry.noRepositoryAndImage':
    'la ruta indica un proyecto, pero ni el repositorio ni la imagen',
  'artifactRegistry.namesNoRepository': 'la ruta no indica ningún repositorio',
  'artifactRegistry.noRepositoryAfterProject':
    'la ruta no tiene repositorio: después del proyecto {project} solo viene {last}',
};
