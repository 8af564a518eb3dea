import type { CHECK_MESSAGES } from '../en/checks';

/** Spanish text of every precondition message: same ids and same `{slots}` as en.ts. */
export const CHECK_MESSAGES_ES: Record<keyof typeof CHECK_MESSAGES, string> = {
  'common.invalidImage':
    'Sin evaluar: la referencia de imagen no es válida (consulta la comprobación image-reference).',
  'common.notArtifactRegistry':
    'No aplica: {registry} no es Artifact Registry, así que los nodos no le envían sus credenciales de Google.',
  'common.publicRepository':
    'No aplica: el repositorio {repository} es público, así que las extracciones no necesitan credenciales.',

  'live.notConfigured':
    'No se pudo consultar a Google: el modo en vivo no está configurado en este servicio (no tiene credenciales de Google).',
  'live.notConfigured.summary':
    'Pide al operador de este servicio que configure sus credenciales de Google, o evalúa sin "live".',
  'live.permissionDenied':
    'No se pudo consultar a Google: la cuenta del propio servicio no puede llamar aquí a {api}; necesita {permissions} (por ejemplo, mediante {role}).',
  'live.permissionDenied.summary':
    'Concede {role} (o {permissions}) a la cuenta del propio servicio y vuelve a consultar.',
  'live.apiDisabled':
    'No se pudo consultar a Google: la API {api} no está habilitada en el proyecto de la cuenta del servicio.',
  'live.apiDisabled.summary':
    'Habilita {api} en el proyecto de la cuenta del servicio y vuelve a consultar.',
  'live.unauthenticated':
    'No se pudo consultar a Google: {api} rechazó las credenciales del servicio (HTTP 401).',
  'live.timeout': 'No se pudo consultar a Google: {api} no respondió en {timeoutMs} ms.',
  'live.unreachable': 'No se pudo consultar a Google: no se pudo conectar con {api}.',
  'live.unexpected':
    'No se pudo consultar a Google: {api} respondió con HTTP {status} o con una respuesta que este servicio no sabe leer.',
  'live.retry.summary':
    'Vuelve a consultar más tarde; las comprobaciones sin conexión siguen siendo válidas.',

  'imageReference.pinned':
    '{reference} es una referencia válida de Artifact Registry, fijada por el resumen {digest}.',
  'imageReference.notPinned':
    '{reference} es una referencia válida de Artifact Registry, pero no está fijada por resumen: la etiqueta {tag} puede pasar a otra imagen entre esta comprobación y la extracción.',
  'imageReference.notPinned.summary':
    'Resuelve la etiqueta a su resumen y despliega {repository}@DIGEST.',
  'imageReference.notArtifactRegistry':
    '{reference} está en {registry}, no en Artifact Registry: las comprobaciones de Artifact Registry no aplican, y una imagen privada en ese registro necesita imagePullSecrets.',
  'imageReference.notArtifactRegistry.summary':
    'Copia la imagen a un repositorio de Artifact Registry (o a un repositorio remoto delante de {registry}), o da a los Pods imagePullSecrets para {registry}.',
  'imageReference.invalid': 'La referencia de imagen no es válida ({code}): {detail}',
  'imageReference.invalid.summary':
    'Escribe la referencia como LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE, con :TAG o @sha256:DIGEST.',

  'gkeVersion.pass':
    'GKE {version} permite a los nodos extraer imágenes de Artifact Registry de su propio proyecto sin imagePullSecrets.',
  'gkeVersion.fail':
    'GKE {version} es anterior al permiso de extracción predeterminado (hace falta {target} o una versión posterior): los nodos no pueden extraer imágenes de Artifact Registry sin imagePullSecrets.',
  'gkeVersion.fail.summary':
    'Da a los Pods un imagePullSecret para {host} (crea el secreto y asígnalo a la cuenta de servicio default del espacio de nombres o a la especificación del Pod), o actualiza el plano de control y los grupos de nodos a {target} o a una versión posterior. Para no guardar una clave de larga duración en el secreto, POST /v1/tokens de este servicio escribe uno de corta duración que un CronJob renueva.',
  'gkeVersion.incomplete':
    'GKE {version} no tiene un número de parche completo, y el permiso de extracción predeterminado depende de él (mínimo {minimumPatch}).',
  'gkeVersion.incomplete.summary':
    'Envía la versión completa (MAJOR.MINOR.PATCH-gke.N) tal como la indica el clúster.',

  'publicRepository.public':
    'El repositorio {repository} es público: las extracciones no necesitan credenciales, así que se omiten las comprobaciones de IAM.',
  'publicRepository.private':
    'El repositorio {repository} no es público: los nodos extraen imágenes con su cuenta de servicio (consulta node-service-account, cross-project y access-scopes).',
  'publicRepository.unknown':
    'No se ha indicado si el repositorio {repository} es público: las comprobaciones de IAM suponen que es privado.',
  'publicRepository.live.public':
    'Google indica que {member} tiene {role} en el repositorio {repository}: es público y las extracciones no necesitan credenciales.',
  'publicRepository.live.private':
    'Google no indica ninguna vinculación que haga público el repositorio {repository}: los nodos extraen imágenes con su cuenta de servicio.',
  'publicRepository.live.undecided':
    'Google indica que {member} tiene {role} en el repositorio {repository}, una vinculación personalizada o condicional cuyo efecto en {permission} se desconoce.',
  'publicRepository.live.notFound':
    'Artifact Registry no tiene el repositorio {repository}: todas las extracciones de esta imagen fallan con "not found".',
  'publicRepository.live.notFound.summary':
    'Crea el repositorio (y envía la imagen) o corrige la referencia.',

  'crossProject.same':
    'El repositorio está en el proyecto del clúster, {projectId}: no hace falta ningún permiso entre proyectos.',
  'crossProject.needsGrant':
    'El repositorio está en el proyecto {repositoryProject} y el clúster en {clusterProject}: {serviceAccount} necesita {role} en el repositorio. Esto no se puede verificar sin conexión; consulta con "live": true.',
  'crossProject.missingProject':
    'No se conoce el proyecto del clúster, así que no se puede comparar con el proyecto del repositorio, {repositoryProject}.',
  'iam.grant.summary': 'Concede a {serviceAccount} el rol {role} en el repositorio {repository}.',
  'iam.lookUp.summary': 'Busca el valor que falta en la descripción del clúster.',

  'iam.live.granted':
    'Google indica que {serviceAccount} puede extraer imágenes de {repository}: {member} tiene {role} en {resource}.',
  'iam.live.grantedNoBinding':
    'Google indica que {serviceAccount} puede extraer imágenes de {repository}.',
  'iam.live.denied':
    'Google indica que {serviceAccount} no puede extraer imágenes de {repository}: ninguna vinculación le da {permission}.',
  'iam.live.deniedByPolicy':
    'Google indica que una política de denegación impide a {serviceAccount} usar {permission} en {repository}.',
  'iam.live.deniedByPolicy.summary':
    'Quita a {serviceAccount} de la regla de denegación que cubre {permission}, o extrae la imagen con otra cuenta.',
  'iam.live.conditional':
    'Google indica que {serviceAccount} puede extraer imágenes de {repository} solo si se cumple una condición de IAM, y no pudo evaluar la condición.',
  'iam.live.unknownInfo':
    'Google no pudo determinar si {serviceAccount} puede extraer imágenes de {repository}: el servicio no puede leer todas las políticas implicadas; necesita {permissions} (por ejemplo, mediante {role}).',
  'iam.live.projectNumberNeeded':
    'No se pudo consultar a Google: la dirección de la cuenta de servicio predeterminada necesita el número de proyecto del clúster.',

  'nodeServiceAccount.defaultSameProject':
    'Los nodos extraen imágenes como la cuenta de servicio predeterminada de Compute Engine, {serviceAccount}, que puede extraerlas en su propio proyecto gracias al rol Editor que se le concede automáticamente, salvo que la organización haya desactivado esas concesiones automáticas ({constraint}, que se aplica de forma predeterminada en las organizaciones creadas después del 3 de mayo de 2024).',
  'nodeServiceAccount.defaultSameProject.summary':
    'Si tu organización desactiva las concesiones automáticas, concede a {serviceAccount} el rol {role} en el repositorio {repository}.',
  'nodeServiceAccount.custom':
    'Los nodos extraen imágenes como {serviceAccount}, una cuenta de servicio personalizada: necesita {role} en el repositorio incluso en el mismo proyecto. Esto no se puede verificar sin conexión; consulta con "live": true.',
  'nodeServiceAccount.crossProject':
    'Los nodos extraen imágenes como {serviceAccount}; el repositorio está en otro proyecto, así que el permiso que necesita lo indica la comprobación cross-project.',
  'nodeServiceAccount.missing':
    'No se conoce la cuenta de servicio de los nodos: envía "default" o la dirección de correo de la cuenta de servicio.',
  'nodeServiceAccount.missingProject':
    'Los nodos extraen imágenes como {serviceAccount}, pero no se conoce el proyecto del clúster, así que no se puede saber si el repositorio está en el mismo proyecto.',

  'accessScopes.pass':
    'Los permisos de acceso de los nodos incluyen {scope}, que permite extraer imágenes de Artifact Registry.',
  'accessScopes.fail':
    'Los permisos de acceso de los nodos ({scopes}) no incluyen ningún permiso de acceso de almacenamiento (devstorage.read_only o uno más amplio) ni cloud-platform: Artifact Registry rechaza las extracciones de los nodos.',
  'accessScopes.fail.summary':
    'Los permisos de acceso no se pueden cambiar en los nodos existentes: crea un grupo de nodos con un permiso de acceso de lectura de almacenamiento, traslada allí las cargas de trabajo y elimina el grupo de nodos antiguo.',
  'accessScopes.missing': 'No se conocen los permisos de acceso de los nodos.',

  'networkPath.publicNodes':
    'Los nodos tienen direcciones IP externas y pueden conectarse con {host}.',
  'networkPath.privateGoogleAccess':
    'Los nodos privados se conectan con {host} mediante Acceso privado a Google.',
  'networkPath.noPrivateGoogleAccess':
    'Los nodos privados sin Acceso privado a Google no pueden conectarse con {host}: las extracciones agotan el tiempo de espera.',
  'networkPath.noPrivateGoogleAccess.summary':
    'Habilita Acceso privado a Google en la subred de los nodos.',
  'networkPath.privateGoogleAccessMissing':
    'Los nodos son privados y no se sabe si su subred tiene Acceso privado a Google (necesario para conectarse con {host}).',
  'networkPath.cloudNat': 'Los nodos privados se conectan con {host} mediante Cloud NAT.',
  'networkPath.noCloudNat':
    'Los nodos privados sin Cloud NAT no pueden conectarse con {host}, que está fuera de Google: Acceso privado a Google solo cubre los servicios de Google.',
  'networkPath.noCloudNat.summary': 'Da a la región de los nodos una pasarela de Cloud NAT.',
  'networkPath.cloudNatMissing':
    'Los nodos son privados y {host} está fuera de Google: no se sabe si los nodos tienen Cloud NAT.',
  'networkPath.privateNodesMissing':
    'No se sabe si los nodos son privados (sin direcciones IP externas).',

  'runtime.containerd':
    'Los nodos usan containerd ({nodeImageType}): depura las extracciones en un nodo con crictl, no con docker.',
  'runtime.containerdByVersion':
    'GKE {version} solo usa imágenes de nodo con containerd: depura las extracciones en un nodo con crictl, no con docker.',
  'runtime.containerd2':
    'Los nodos usan containerd 2 ({nodeImageType} en GKE {version}), que rechaza las imágenes de Docker con esquema 1: una imagen que siga en el esquema 1 se tiene que volver a compilar y a enviar. Depura las extracciones con crictl, no con docker.',
  'runtime.containerd2.linuxPools':
    'En GKE {version}, los grupos de nodos de Linux usan containerd 2 (los de Windows Server, desde {windowsFrom}), que rechaza las imágenes de Docker con esquema 1: una imagen que siga en el esquema 1 se tiene que volver a compilar y a enviar. Depura las extracciones con crictl, no con docker.',
  'runtime.containerd2.allPools':
    'En GKE {version}, todos los grupos de nodos usan containerd 2, que rechaza las imágenes de Docker con esquema 1: una imagen que siga en el esquema 1 se tiene que volver a compilar y a enviar. Depura las extracciones con crictl, no con docker.',
  'runtime.containerd2.summary':
    'Comprueba que el manifiesto de la imagen no es Docker con esquema 1 (tipo de medio application/vnd.docker.distribution.manifest.v1+prettyjws); si lo es, vuelve a compilar la imagen y envíala de nuevo.',
  'runtime.dockerDeprecated':
    'Los nodos usan Docker ({nodeImageType}), que GKE deja de admitir en la versión 1.24: migra el grupo de nodos a {replacement}. En estos nodos, depura las extracciones con docker.',
  'runtime.dockerDeprecated.summary':
    'Cambia el grupo de nodos a {replacement} antes de actualizar a GKE 1.24.',
  'runtime.dockerUnsupported':
    'El tipo de imagen de nodo {nodeImageType} usa Docker, que GKE {version} no admite (las imágenes de nodo con Docker terminan en la versión 1.24): la versión o el tipo de imagen de nodo es incorrecto.',
  'runtime.dockerUnsupported.summary':
    'Usa el tipo de imagen con containerd {replacement} para este grupo de nodos.',
  'runtime.windowsContainerdTooOld':
    'El tipo de imagen de nodo {nodeImageType} necesita GKE {minimum} o una versión posterior, y {version} es anterior: la versión o el tipo de imagen de nodo es incorrecto.',
  'runtime.windowsContainerdUndecided':
    'El tipo de imagen de nodo {nodeImageType} necesita GKE {minimum} o una versión posterior, y {version} no tiene número de parche con el que compararla.',
  'runtime.upgrade.summary':
    'Actualiza el clúster a GKE {minimum} o a una versión posterior, o usa otro tipo de imagen de nodo.',
  'runtime.missing':
    'GKE {version} admite imágenes de nodo con Docker y con containerd: el entorno de ejecución que extrae las imágenes depende del tipo de imagen de nodo, que no se conoce.',

  'registryLocation.sameRegion':
    'El repositorio ({repositoryLocation}) está en la región del clúster, {clusterRegion}.',
  'registryLocation.multiRegion':
    'La multirregión del repositorio, {repositoryLocation}, cubre la región del clúster, {clusterRegion}.',
  'registryLocation.sameContinent':
    'El repositorio ({repositoryLocation}) y el clúster ({clusterRegion}) están en regiones distintas del mismo continente.',
  'registryLocation.crossContinent':
    'El repositorio ({repositoryLocation}) y el clúster ({clusterRegion}) están en continentes distintos: las extracciones son más lentas y pagan la salida de red entre continentes.',
  'registryLocation.crossContinent.summary':
    'Guarda una copia de la imagen en un repositorio de {clusterRegion} o de una región cercana, y despliégala desde allí.',
  'registryLocation.missing':
    'No se conoce la ubicación del clúster, así que no se puede comparar con {repositoryLocation}.',
  'registryLocation.unplaced':
    'La ubicación {location} no se puede situar en un continente, así que no se conoce la distancia de la extracción.',
};
