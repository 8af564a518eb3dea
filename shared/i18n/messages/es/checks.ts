import type { CHECK_MESSAGES } from '../en/checks';

/** Spanish text of every precondition message: same ids and same `{slots}` as en.ts. */
export const CHECK_MESSAGES_ES: Record<keyof typeof CHECK_MESSAGES, string> = {
  'common.invalidImage':
    'No evaluado: la referencia de imagen no es válida (véase la comprobación image-reference).',
  'common.notArtifactRegistry':
    'No aplica: {registry} no es Artifact Registry, así que los nodos no le envían sus credenciales de Google.',
  'common.publicRepository':
    'No aplica: el repositorio {repository} es público, así que las descargas no necesitan credenciales.',

  'live.notConfigured':
    'No se pudo consultar a Google: el modo en vivo no está configurado en este servicio (no tiene credenciales de Google).',
  'live.notConfigured.summary':
    'Pida al operador de este servicio que configure sus credenciales de Google, o evalúe sin "live".',
  'live.permissionDenied':
    'No se pudo consultar a Google: la cuenta del propio servicio no puede llamar aquí a {api}; necesita {permissions} (por ejemplo, mediante {role}).',
  'live.permissionDenied.summary':
    'Conceda a la cuenta del propio servicio {role} (o {permissions}) y vuelva a preguntar.',
  'live.apiDisabled':
    'No se pudo consultar a Google: la API {api} no está habilitada en el proyecto de la cuenta del servicio.',
  'live.apiDisabled.summary':
    'Habilite {api} en el proyecto de la cuenta del servicio y vuelva a preguntar.',
  'live.unauthenticated':
    'No se pudo consultar a Google: {api} rechazó las credenciales del servicio (HTTP 401).',
  'live.timeout': 'No se pudo consultar a Google: {api} no respondió en {timeoutMs} ms.',
  'live.unreachable': 'No se pudo consultar a Google: no se pudo contactar con {api}.',
  'live.unexpected':
    'No se pudo consultar a Google: {api} respondió HTTP {status}, o con una respuesta que este servicio no sabe leer.',
  'live.retry.summary':
    'Vuelva a preguntar más tarde; las comprobaciones sin conexión siguen siendo válidas.',

  'imageReference.pinned':
    '{reference} es una referencia válida de Artifact Registry, fijada por el digest {digest}.',
  'imageReference.notPinned':
    '{reference} es una referencia válida de Artifact Registry, pero no está fijada por digest: la etiqueta {tag} puede apuntar a otra imagen entre esta comprobación y la descarga.',
  'imageReference.notPinned.summary':
    'Resuelva la etiqueta a su digest y despliegue {repository}@DIGEST.',
  'imageReference.notArtifactRegistry':
    '{reference} está en {registry}, no en Artifact Registry: las comprobaciones de Artifact Registry no aplican, y una imagen privada allí necesita imagePullSecrets.',
  'imageReference.notArtifactRegistry.summary':
    'Copie la imagen a un repositorio de Artifact Registry (o a un repositorio remoto delante de {registry}), o dé a los Pods imagePullSecrets para {registry}.',
  'imageReference.invalid': 'La referencia de imagen no es válida ({code}): {detail}',
  'imageReference.invalid.summary':
    'Escriba la referencia como LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE, con :TAG o @sha256:DIGEST.',

  'gkeVersion.pass':
    'GKE {version} permite a los nodos descargar imágenes de Artifact Registry de su propio proyecto sin imagePullSecrets.',
  'gkeVersion.fail':
    'GKE {version} es anterior al permiso de descarga predeterminado (hace falta {target} o posterior): los nodos no pueden descargar de Artifact Registry sin imagePullSecrets.',
  'gkeVersion.fail.summary':
    'Dé a los Pods un imagePullSecret para {host} (cree el secreto y asócielo a la cuenta de servicio default del espacio de nombres o a la especificación del Pod), o actualice el plano de control y los grupos de nodos a {target} o posterior. Para no guardar una clave de larga duración en el secreto, POST /v1/tokens de este servicio escribe uno de corta duración que un CronJob renueva.',
  'gkeVersion.incomplete':
    'GKE {version} no tiene un número de parche completo, y el permiso de descarga predeterminado depende de él (mínimo {minimumPatch}).',
  'gkeVersion.incomplete.summary':
    'Envíe la versión completa (MAJOR.MINOR.PATCH-gke.N) tal como la informa el clúster.',

  'publicRepository.public':
    'El repositorio {repository} es público: las descargas no necesitan credenciales, así que se omiten las comprobaciones de IAM.',
  'publicRepository.private':
    'El repositorio {repository} no es público: los nodos descargan con su cuenta de servicio (véanse node-service-account, cross-project y access-scopes).',
  'publicRepository.unknown':
    'No se indicó si el repositorio {repository} es público: las comprobaciones de IAM suponen que es privado.',
  'publicRepository.live.public':
    'Google informa de que {member} tiene {role} en el repositorio {repository}: es público y las descargas no necesitan credenciales.',
  'publicRepository.live.private':
    'Google no informa de ninguna vinculación que haga público el repositorio {repository}: los nodos descargan con su cuenta de servicio.',
  'publicRepository.live.undecided':
    'Google informa de que {member} tiene {role} en el repositorio {repository}, una vinculación personalizada o condicional cuyo efecto sobre {permission} se desconoce.',
  'publicRepository.live.notFound':
    'Artifact Registry no tiene el repositorio {repository}: toda descarga de esta imagen falla con "not found".',
  'publicRepository.live.notFound.summary':
    'Cree el repositorio (y suba la imagen), o corrija la referencia.',

  'crossProject.same':
    'El repositorio está en el proyecto del clúster, {projectId}: no hace falta ningún permiso entre proyectos.',
  'crossProject.needsGrant':
    'El repositorio está en el proyecto {repositoryProject} y el clúster en {clusterProject}: {serviceAccount} necesita {role} en el repositorio. Esto no se puede verificar sin conexión; pregunte con "live": true.',
  'crossProject.missingProject':
    'No se conoce el proyecto del clúster, así que no se puede comparar con el proyecto del repositorio, {repositoryProject}.',
  'iam.grant.summary': 'Conceda a {serviceAccount} el rol {role} en el repositorio {repository}.',
  'iam.lookUp.summary': 'Consulte el valor que falta en la descripción del clúster.',

  'iam.live.granted':
    'Google informa de que {serviceAccount} puede descargar de {repository}: {member} tiene {role} en {resource}.',
  'iam.live.grantedNoBinding':
    'Google informa de que {serviceAccount} puede descargar de {repository}.',
  'iam.live.denied':
    'Google informa de que {serviceAccount} no puede descargar de {repository}: ninguna vinculación le da {permission}.',
  'iam.live.deniedByPolicy':
    'Google informa de que una política de denegación impide a {serviceAccount} usar {permission} en {repository}.',
  'iam.live.deniedByPolicy.summary':
    'Quite a {serviceAccount} de la regla de denegación que cubre {permission}, o descargue con otra cuenta.',
  'iam.live.conditional':
    'Google informa de que {serviceAccount} puede descargar de {repository} solo si se cumple una condición de IAM, y no pudo evaluar la condición.',
  'iam.live.unknownInfo':
    'Google no pudo determinar si {serviceAccount} puede descargar de {repository}: el servicio no puede leer todas las políticas implicadas; necesita {permissions} (por ejemplo, mediante {role}).',
  'iam.live.projectNumberNeeded':
    'No se pudo consultar a Google: la dirección de la cuenta de servicio predeterminada necesita el número de proyecto del clúster.',

  'nodeServiceAccount.defaultSameProject':
    'Los nodos descargan como la cuenta de servicio predeterminada de Compute Engine {serviceAccount}, que puede descargar en su propio proyecto gracias al rol Editor que se le concede automáticamente, salvo que la organización haya desactivado esas concesiones automáticas ({constraint}, aplicada de forma predeterminada en las organizaciones creadas después del 3 de mayo de 2024).',
  'nodeServiceAccount.defaultSameProject.summary':
    'Si su organización desactiva las concesiones automáticas, conceda a {serviceAccount} el rol {role} en el repositorio {repository}.',
  'nodeServiceAccount.custom':
    'Los nodos descargan como {serviceAccount}, una cuenta de servicio personalizada: necesita {role} en el repositorio incluso en el mismo proyecto. Esto no se puede verificar sin conexión; pregunte con "live": true.',
  'nodeServiceAccount.crossProject':
    'Los nodos descargan como {serviceAccount}; el repositorio está en otro proyecto, así que el permiso que necesita lo indica la comprobación cross-project.',
  'nodeServiceAccount.missing':
    'No se conoce la cuenta de servicio de los nodos: envíe "default" o el correo electrónico de la cuenta de servicio.',
  'nodeServiceAccount.missingProject':
    'Los nodos descargan como {serviceAccount}, pero no se conoce el proyecto del clúster, así que no se puede saber si el repositorio está en el mismo proyecto.',

  'accessScopes.pass':
    'Los permisos de acceso de los nodos incluyen {scope}, que permite descargar de Artifact Registry.',
  'accessScopes.fail':
    'Los permisos de acceso de los nodos ({scopes}) no incluyen ni un permiso de almacenamiento (devstorage.read_only o superior) ni cloud-platform: Artifact Registry rechaza las descargas de los nodos.',
  'accessScopes.fail.summary':
    'Los permisos de acceso no se pueden cambiar en nodos existentes: cree un grupo de nodos con un permiso de lectura de almacenamiento, traslade allí las cargas de trabajo y elimine el grupo antiguo.',
  'accessScopes.missing': 'No se conocen los permisos de acceso de los nodos.',

  'networkPath.publicNodes': 'Los nodos tienen direcciones IP externas y pueden llegar a {host}.',
  'networkPath.privateGoogleAccess':
    'Los nodos privados llegan a {host} mediante el acceso privado a Google.',
  'networkPath.noPrivateGoogleAccess':
    'Los nodos privados sin acceso privado a Google no pueden llegar a {host}: las descargas agotan el tiempo de espera.',
  'networkPath.noPrivateGoogleAccess.summary':
    'Active el acceso privado a Google en la subred de los nodos.',
  'networkPath.privateGoogleAccessMissing':
    'Los nodos son privados y no se sabe si su subred tiene acceso privado a Google (necesario para llegar a {host}).',
  'networkPath.cloudNat': 'Los nodos privados llegan a {host} mediante Cloud NAT.',
  'networkPath.noCloudNat':
    'Los nodos privados sin Cloud NAT no pueden llegar a {host}, que está fuera de Google: el acceso privado a Google solo cubre los servicios de Google.',
  'networkPath.noCloudNat.summary': 'Dé a la región de los nodos una pasarela de Cloud NAT.',
  'networkPath.cloudNatMissing':
    'Los nodos son privados y {host} está fuera de Google: no se sabe si los nodos tienen Cloud NAT.',
  'networkPath.privateNodesMissing':
    'No se sabe si los nodos son privados (sin direcciones IP externas).',

  'runtime.containerd':
    'Los nodos usan containerd ({nodeImageType}): depure las descargas en un nodo con crictl, no con docker.',
  'runtime.containerdByVersion':
    'GKE {version} solo usa imágenes de nodo con containerd: depure las descargas en un nodo con crictl, no con docker.',
  'runtime.containerd2':
    'Los nodos usan containerd 2 ({nodeImageType} en GKE {version}), que rechaza las imágenes Docker con esquema 1: una imagen que siga en esquema 1 debe reconstruirse y volver a subirse. Depure las descargas con crictl, no con docker.',
  'runtime.containerd2.linuxPools':
    'En GKE {version}, los grupos de nodos Linux usan containerd 2 (los de Windows Server, desde {windowsFrom}), que rechaza las imágenes Docker con esquema 1: una imagen que siga en esquema 1 debe reconstruirse y volver a subirse. Depure las descargas con crictl, no con docker.',
  'runtime.containerd2.allPools':
    'En GKE {version}, todos los grupos de nodos usan containerd 2, que rechaza las imágenes Docker con esquema 1: una imagen que siga en esquema 1 debe reconstruirse y volver a subirse. Depure las descargas con crictl, no con docker.',
  'runtime.containerd2.summary':
    'Compruebe que el manifiesto de la imagen no es Docker esquema 1 (tipo de medio application/vnd.docker.distribution.manifest.v1+prettyjws); si lo es, reconstrúyala y súbala de nuevo.',
  'runtime.dockerDeprecated':
    'Los nodos usan Docker ({nodeImageType}), que GKE deja de admitir en la versión 1.24: migre el grupo de nodos a {replacement}. En estos nodos, depure las descargas con docker.',
  'runtime.dockerDeprecated.summary':
    'Pase el grupo de nodos a {replacement} antes de actualizar a GKE 1.24.',
  'runtime.dockerUnsupported':
    'El tipo de imagen de nodo {nodeImageType} usa Docker, que GKE {version} no admite (las imágenes de nodo con Docker terminan en 1.24): la versión o el tipo de imagen de nodo es incorrecto.',
  'runtime.dockerUnsupported.summary':
    'Use el tipo de imagen con containerd {replacement} para este grupo de nodos.',
  'runtime.windowsContainerdTooOld':
    'El tipo de imagen de nodo {nodeImageType} necesita GKE {minimum} o posterior, y {version} es anterior: la versión o el tipo de imagen de nodo es incorrecto.',
  'runtime.windowsContainerdUndecided':
    'El tipo de imagen de nodo {nodeImageType} necesita GKE {minimum} o posterior, y {version} no tiene número de parche con el que comparar.',
  'runtime.upgrade.summary':
    'Actualice el clúster a GKE {minimum} o posterior, o use otro tipo de imagen de nodo.',
  'runtime.missing':
    'GKE {version} admite imágenes de nodo con Docker y con containerd: el entorno de ejecución que descarga depende del tipo de imagen de nodo, que no se conoce.',

  'registryLocation.sameRegion':
    'El repositorio ({repositoryLocation}) está en la región del clúster, {clusterRegion}.',
  'registryLocation.multiRegion':
    'La multirregión del repositorio, {repositoryLocation}, cubre la región del clúster, {clusterRegion}.',
  'registryLocation.sameContinent':
    'El repositorio ({repositoryLocation}) y el clúster ({clusterRegion}) están en regiones distintas del mismo continente.',
  'registryLocation.crossContinent':
    'El repositorio ({repositoryLocation}) y el clúster ({clusterRegion}) están en continentes distintos: las descargas son más lentas y pagan salida de red intercontinental.',
  'registryLocation.crossContinent.summary':
    'Mantenga una copia de la imagen en un repositorio en {clusterRegion} o cerca, y despliéguela desde allí.',
  'registryLocation.missing':
    'No se conoce la ubicación del clúster, así que no se puede comparar con {repositoryLocation}.',
  'registryLocation.unplaced':
    'La ubicación {location} no se puede situar en un continente, así que no se conoce la distancia de la descarga.',
};
