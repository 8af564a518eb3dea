import type { CHECK_MESSAGES } from '../en/checks';

/** Spanish text of every precondition message: same ids and same `{slots}` as en.ts. */
export const CHECK_MESSAGES_ES: Record<keyof typeof CHECK_MESSAGES, string> = {
  'common.invalidImage':
    'Sin evaluar: la referencia de imagen no es válida (consulta la comprobación image-reference).',
  'common.notArtifactRegistry':
    'No aplica: {registry} no es Artifact Registry, así que los nodos no le envían sus credenciales de Google.',
  'common.googleRegistryHost':
    'No aplica: {registry} es un registro de Google fuera de Artifact Registry; los nodos le envían sus credenciales de Google, pero las comprobaciones de Artifact Registry no se aplican a él.',
  'common.publicRepository':
    'No aplica: el repositorio {repository} es público, así que las extracciones no necesitan credenciales.',
  'live.notConfigured':
    'No se pudo consultar a Google: el modo en directo no está configurado en este servicio (no tiene credenciales de Google).',
  'live.notConfigured.summary':
    'Pide al operador de este servicio que configure sus credenciales de Google, o evalúa sin "live".',
  'live.permissionDenied':
    'No se pudo consultar a Google: la cuenta del propio servicio no puede llamar aquí a {api}; necesita {permissions} (por ejemplo, mediante {roles}).',
  'live.permissionDenied.summary':
    'Concede a la cuenta del propio servicio {roles} (o {permissions}) y vuelve a preguntar.',
  'live.permissionDenied.withDeny':
    'No se pudo consultar a Google: la cuenta del propio servicio no puede llamar aquí a {api}. Necesita {permissions}: tiene que poder leer las políticas de permisos y las políticas de denegación del repositorio, de su proyecto, de sus carpetas y de su organización (por ejemplo, mediante {roles}).',
  'live.permissionDenied.withDeny.summary':
    'Concede a la cuenta del propio servicio {roles} en la organización (o en el proyecto) para que pueda leer las políticas de permisos y las de denegación, y vuelve a preguntar.',
  'live.permissionDeniedOrMissing':
    'No se pudo consultar a Google: {api} rechazó la cuenta del propio servicio sin decir si {resource} existe. O bien la cuenta no tiene {permissions} (por ejemplo, mediante {roles}), o bien {resource} no existe.',
  'live.permissionDeniedOrMissing.summary':
    'Comprueba si {resource} existe: si existe, concede a la cuenta del propio servicio {roles} (o {permissions}) y vuelve a preguntar; si no, créalo o corrige la referencia.',
  'live.apiDisabled':
    'No se pudo consultar a Google: la API {api} no está habilitada en el proyecto de la cuenta del servicio.',
  'live.apiDisabled.summary':
    'Habilita {api} en el proyecto de la cuenta del servicio y vuelve a consultar.',
  'live.scopeInsufficient':
    'No se pudo consultar a Google: {api} rechazó el token de acceso del servicio porque no tiene el permiso de acceso de OAuth {scope}.',
  'live.scopeInsufficient.summary':
    'Dale a la credencial del servicio el permiso de acceso {scope} (en Compute Engine o GKE, los permisos de acceso de la VM o del grupo de nodos que ejecuta el servicio) y vuelve a preguntar.',
  'live.unauthenticated':
    'No se pudo consultar a Google: {api} rechazó las credenciales del servicio (HTTP 401).',
  'live.timeout': 'No se pudo consultar a Google: {api} no respondió en {timeoutMs} ms.',
  'live.unreachable': 'No se pudo consultar a Google: no se pudo conectar con {api}.',
  'live.unexpected':
    'No se pudo consultar a Google: {api} respondió con HTTP {status} o con una respuesta que este servicio no sabe leer.',
  'live.retry.summary':
    'Vuelve a consultar más tarde; las comprobaciones sin conexión siguen siendo válidas.',
  'live.unanswered.summary': '{live} Mientras tanto, sin la respuesta de Google: {offline}',
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
  'imageReference.googleRegistryHost':
    '{reference} está en {registry}, un registro de Google fuera de Artifact Registry: los nodos le envían sus credenciales de Google, igual que a Artifact Registry, pero las comprobaciones de Artifact Registry no se aplican a él.',
  'imageReference.legacyRegistryHost':
    '{reference} está en {registry}, que está congelado: ya no recibe imágenes ni etiquetas nuevas, y {successor} sirve sus imágenes con los mismos nombres.',
  'imageReference.legacyRegistryHost.summary':
    'Extrae {replacement} en su lugar: cambia la imagen de la carga de trabajo.',
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
    'Google no pudo determinar si {serviceAccount} puede extraer de {repository}: el servicio no puede leer todas las políticas implicadas; necesita {permissions} (por ejemplo, mediante {roles}).',
  'iam.live.unknownDenyInfo':
    'Google no pudo determinar si {serviceAccount} puede extraer de {repository}: el servicio puede leer las políticas de permisos, pero no todas las políticas de denegación; necesita {permissions} (por ejemplo, mediante {roles}).',
  'iam.live.unspecified':
    'Google respondió sin decir si {serviceAccount} puede extraer de {repository} (su respuesta no tiene estado de acceso general).',
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
  'accessScopes.missingAutopilot':
    'No se conocen los permisos de acceso de los nodos de Autopilot. Los permisos predeterminados de Autopilot permiten extraer imágenes (almacenamiento de solo lectura con la cuenta de servicio predeterminada, cloud-platform con una personalizada); solo los permisos elegidos a mano al crear el clúster pueden no incluirlos.',
  'accessScopes.fail.summaryAutopilot':
    'Los nodos de Autopilot toman los permisos de acceso elegidos al crear el clúster, y no pueden cambiar: vuelve a crear el clúster con un permiso de lectura de almacenamiento (o sin --scopes, para obtener los predeterminados de Autopilot) y traslada las cargas de trabajo, o da a los Pods un imagePullSecret, cuyas credenciales no dependen de los permisos de los nodos.',
  'networkPath.publicNodes':
    'Los nodos tienen direcciones IP externas y pueden conectarse con {host}.',
  'networkPath.privateGoogleAccess':
    'Los nodos privados se conectan con {host} mediante Acceso privado a Google.',
  'networkPath.cloudNatToGoogle':
    'Los nodos privados llegan a {host} mediante Cloud NAT: una pasarela de NAT pública que sirve a su subred también es un camino hacia las APIs de Google, Artifact Registry incluido.',
  'networkPath.noPrivateGoogleAccess':
    'Los nodos privados sin Acceso privado a Google ni Cloud NAT no pueden llegar a {host}: las extracciones agotan el tiempo de espera.',
  'networkPath.noPrivateGoogleAccess.summary':
    'Habilita Acceso privado a Google en la subred de los nodos (una pasarela de Cloud NAT que sirva a la subred es el otro camino hacia las APIs de Google).',
  'networkPath.privateGoogleAccessMissing':
    'Los nodos son privados y no se sabe si su subred tiene Acceso privado a Google o una pasarela de Cloud NAT (cualquiera de los dos llega a {host}).',
  'networkPath.googleNeedsNat':
    'Los nodos privados sin Acceso privado a Google solo llegan a {host} mediante Cloud NAT, y no se sabe si una pasarela de NAT sirve a su subred.',
  'networkPath.perimeter.restrictedVip':
    'Dentro del perímetro de Controles de Servicio de VPC, los nodos privados llegan a {host} mediante la VIP restringida (restricted.googleapis.com, 199.36.153.4/30): las zonas de pkg.dev y gcr.io responden con ella y la subred tiene Acceso privado a Google.',
  'networkPath.perimeter.noRestrictedDns':
    'Dentro de un perímetro de Controles de Servicio de VPC, los nodos privados solo llegan a {host} mediante la VIP restringida (restricted.googleapis.com, 199.36.153.4/30), y ninguna zona DNS privada envía pkg.dev y gcr.io allí: los nombres se resuelven en direcciones públicas y las extracciones fallan (Cloud NAT no ayuda: el perímetro solo cubre los hosts privados que llegan a las APIs de Google mediante el Acceso privado a Google).',
  'networkPath.perimeter.noPrivateGoogleAccess':
    'Dentro de un perímetro de Controles de Servicio de VPC, los nodos privados solo llegan a {host} mediante la VIP restringida si su subred tiene Acceso privado a Google, y está desactivado: las extracciones fallan.',
  'networkPath.perimeter.neither':
    'Dentro de un perímetro de Controles de Servicio de VPC, los nodos privados solo llegan a {host} mediante la VIP restringida (restricted.googleapis.com, 199.36.153.4/30), que necesita zonas DNS privadas de pkg.dev y gcr.io que respondan con ella y Acceso privado a Google en la subred: no hay ninguna de las dos cosas, y las extracciones fallan.',
  'networkPath.perimeter.missing':
    'Dentro de un perímetro de Controles de Servicio de VPC, los nodos privados solo llegan a {host} mediante la VIP restringida (restricted.googleapis.com, 199.36.153.4/30): no se sabe del todo si las zonas DNS privadas de pkg.dev y gcr.io responden con ella ni si la subred tiene Acceso privado a Google.',
  'networkPath.perimeter.summary':
    'Crea zonas privadas de Cloud DNS para pkg.dev y gcr.io en la red de VPC de los nodos (en una VPC compartida, en el proyecto host) que respondan con la VIP restringida, de 199.36.153.4 a 199.36.153.7; habilita Acceso privado a Google en la subred, y permite la salida a 199.36.153.4/30 en el puerto TCP 443 si una regla de cortafuegos la deniega.',
  'networkPath.cloudNat': 'Los nodos privados se conectan con {host} mediante Cloud NAT.',
  'networkPath.noCloudNat':
    'Los nodos privados sin Cloud NAT no pueden conectarse con {host}, que está fuera de Google: Acceso privado a Google solo cubre los servicios de Google.',
  'networkPath.noCloudNat.summary': 'Da a la región de los nodos una pasarela de Cloud NAT.',
  'networkPath.cloudNatMissing':
    'Los nodos son privados y {host} está fuera de Google: no se sabe si los nodos tienen Cloud NAT.',
  'networkPath.dockerHub.mirrorOnly':
    'Los nodos privados sin Cloud NAT no pueden llegar a Docker Hub ({host}). GKE pregunta primero a mirror.gcr.io, al que llega el Acceso privado a Google y que guarda copias en caché de las imágenes populares de Docker Hub: {image} solo se extrae si está en esa caché.',
  'networkPath.dockerHub.mirrorOnlyPerimeter':
    'Los nodos privados sin Cloud NAT no pueden llegar a Docker Hub ({host}). GKE pregunta primero a mirror.gcr.io, que guarda copias en caché de las imágenes populares de Docker Hub, pero dentro de un perímetro de Controles de Servicio de VPC solo responde si una regla de salida deja que los nodos lleguen a él: {image} solo se extrae si está en esa caché y el perímetro lo permite.',
  'networkPath.dockerHub.noPath':
    'Los nodos privados sin Cloud NAT ni Acceso privado a Google no llegan ni a Docker Hub ({host}) ni a su réplica de Google, mirror.gcr.io: las extracciones de {image} agotan el tiempo de espera.',
  'networkPath.dockerHub.privateGoogleAccessMissing':
    'Los nodos privados sin Cloud NAT no pueden llegar a Docker Hub ({host}); que lleguen a su réplica de Google, mirror.gcr.io, que guarda copias en caché de las imágenes populares, depende del Acceso privado a Google, y no se sabe si está activado.',
  'networkPath.dockerHub.summary':
    'Da a la subred una pasarela de Cloud NAT (los comandos del router y de NAT), o extrae las imágenes de Docker Hub mediante un repositorio remoto de Artifact Registry, al que los nodos llegan con el Acceso privado a Google: créalo y despliega {remoteImage}. Un repositorio virtual delante de tu propio repositorio y del remoto (el archivo de la política de upstream y el último comando) sirve ambos con un solo nombre.',
  'networkPath.dockerHub.summaryPerimeter':
    'Da a la subred una pasarela de Cloud NAT (los comandos del router y de NAT), o extrae las imágenes de Docker Hub mediante un repositorio remoto de Artifact Registry dentro del perímetro, autorizado a obtenerlas de Docker Hub (vpcsc-config allow) y al que se llega por la VIP restringida: créalo y despliega {remoteImage}. Un repositorio virtual delante de tu propio repositorio y del remoto (el archivo de la política de upstream y el último comando) sirve ambos con un solo nombre.',
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
  'gke.dockerNodeImages':
    'GKE ejecuta imágenes de nodo basadas en Docker hasta la versión {lastVersion}; a partir de la {unsupportedFrom}, los nodos solo usan containerd.',
  'runtime.dockerDeprecated':
    'Los nodos usan Docker ({nodeImageType}). {dockerNodeImages} Migra el grupo de nodos a {replacement} antes de actualizar; en estos nodos, depura las extracciones con docker.',
  'runtime.dockerDeprecated.summary':
    'Pasa el grupo de nodos a {replacement} antes de actualizar el clúster a una versión posterior a GKE {lastVersion}.',
  'runtime.dockerUnsupported':
    'El tipo de imagen de nodo {nodeImageType} usa Docker, que GKE {version} no puede ejecutar. {dockerNodeImages} La versión o el tipo de imagen de nodo es incorrecto.',
  'runtime.dockerUnsupported.summary':
    'Usa el tipo de imagen con containerd {replacement} para este grupo de nodos.',
  'runtime.windowsContainerdTooOld':
    'El tipo de imagen de nodo {nodeImageType} necesita GKE {minimum} o una versión posterior, y {version} es anterior: la versión o el tipo de imagen de nodo es incorrecto.',
  'runtime.windowsContainerdUndecided':
    'El tipo de imagen de nodo {nodeImageType} necesita GKE {minimum} o una versión posterior, y {version} no tiene número de parche con el que compararla.',
  'runtime.upgrade.summary':
    'Actualiza el clúster a GKE {minimum} o a una versión posterior, o usa otro tipo de imagen de nodo.',
  'runtime.autopilot':
    'Los nodos de Autopilot ejecutan Container-Optimized OS con containerd ({nodeImageType}). No hay SSH a los nodos de Autopilot, así que crictl en un nodo no es una opción: depura las extracciones con los eventos del Pod (kubectl describe pod, kubectl get events).',
  'runtime.autopilot.containerd2':
    'En GKE {version}, los nodos de Autopilot ejecutan containerd 2, que rechaza las imágenes con el esquema 1 de Docker: una imagen que siga en el esquema 1 debe volver a compilarse y enviarse. No hay SSH a los nodos de Autopilot: depura las extracciones con los eventos del Pod (kubectl describe pod, kubectl get events).',
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
  'gcrTransition.notGcr':
    'No aplica: {registry} no es un host de Container Registry de un proyecto (gcr.io, us.gcr.io, eu.gcr.io, asia.gcr.io).',
  'gcrTransition.unknown':
    'Desde el cierre de Container Registry (18 de marzo de 2025), {host}/{projectId} solo lo sirve el repositorio {repository} ({location}) de Artifact Registry del proyecto {projectId}, con la redirección desde Container Registry activada. Sin conexión no se sabe si el repositorio existe ni si la redirección está activada: pregunta con "live": true.',
  'gcrTransition.setUp.summary':
    'Si no es así: crea el repositorio {repository} en {location}, concede los roles de Artifact Registry equivalentes a los antiguos de Cloud Storage (print-iam-policy los muestra) y activa la redirección. A partir de entonces, el acceso depende de los roles de Artifact Registry en el repositorio ({role} para la cuenta de servicio de los nodos), ya no de los roles de Cloud Storage en el segmento de Container Registry.',
  'gcrTransition.redirect.summary':
    'Comprueba que los roles de Artifact Registry en {repository} equivalen a los antiguos de Cloud Storage (print-iam-policy los muestra; la cuenta de servicio de los nodos necesita {role}) y activa la redirección en el proyecto {projectId}.',
  'gcrTransition.live.missing':
    'Artifact Registry no tiene ningún repositorio {repository} en {location} para el proyecto {projectId}: desde el cierre de Container Registry, las extracciones de {host}/{projectId} fallan.',
  'gcrTransition.live.redirected':
    'Artifact Registry sirve {host}/{projectId}: el repositorio {repository} existe en {location} y la redirección desde Container Registry está activada ({state}).',
  'gcrTransition.live.partial':
    'El repositorio {repository} existe, pero la redirección desde Container Registry es parcial ({state}, el {pullPercent} % de las extracciones): las demás extracciones de {host}/{projectId} siguen yendo a Container Registry, que está cerrado.',
  'gcrTransition.live.notRedirected':
    'El repositorio {repository} existe en {location}, pero la redirección desde Container Registry está desactivada ({state}): las solicitudes a {host}/{projectId} no llegan a él.',
};
