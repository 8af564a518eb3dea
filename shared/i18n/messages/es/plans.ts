import type { PLAN_MESSAGES } from '../en/plans';

/**
 * Texto en español de los planes de diagnóstico, con las mismas claves y los mismos `{huecos}`
 * que en.ts (una prueba lo comprueba). Texto plano: los renderizadores añaden el formato.
 */
export const PLAN_MESSAGES_ES: Record<keyof typeof PLAN_MESSAGES, string> = {
  'cause.permission-denied': 'Permiso denegado',
  'cause.unauthenticated': 'No se enviaron credenciales',
  'cause.access-scope': 'Permisos de acceso del nodo insuficientes',
  'cause.not-found': 'No existe la imagen o el repositorio',
  'cause.network': 'El nodo no puede conectarse con el registro',
  'cause.slow-pull': 'Extracción demasiado lenta: cancelada por tiempo',
  'cause.vpc-service-controls': 'Bloqueado por Controles de Servicio de VPC',
  'cause.platform-mismatch': 'No hay imagen para la plataforma del nodo',
  'cause.schema-unsupported': 'Imagen de Docker con esquema 1 no admitida',
  'cause.image-pull-secret': 'Falta el secreto de extracción de imágenes o está mal formado',
  'cause.rate-limited': 'El registro limita la frecuencia de las solicitudes',
  'cause.tls': 'Certificado TLS no fiable',
  'cause.registry-error': 'Error del propio registro',
  'cause.invalid-reference': 'Referencia de imagen no válida',
  'cause.unknown': 'Causa no identificada',
  'summary.permission-denied.foreign':
    '{registry} rechazó la extracción de {image} (HTTP {httpStatus}): las credenciales que envía el Pod no dan acceso de lectura. Los nodos de GKE no envían credenciales de Google a {registry}: el acceso llega de un imagePullSecret con las credenciales propias de ese registro.',
  'summary.permission-denied':
    'El registro rechazó la extracción (HTTP {httpStatus}): la identidad que extrae {image} no tiene {permission} en {resource}. Artifact Registry responde igual cuando el repositorio no existe, así que el plan distingue primero los dos casos.',
  'summary.unauthenticated':
    'La extracción de {image} de {registry} llegó al registro sin credenciales válidas (HTTP {httpStatus}), así que se trató como anónima y se rechazó.',
  'summary.unauthenticated.foreign':
    'La extracción de {image} llegó a {registry} sin credenciales que acepte (HTTP {httpStatus}). Los nodos de GKE solo envían sus credenciales de Google a los registros de Google; para {registry} el Pod necesita un imagePullSecret con las credenciales propias de ese registro, salvo que el repositorio sea público.',
  'summary.access-scope':
    'El nodo obtiene un token, pero sus permisos de acceso de OAuth no permiten leer de Artifact Registry; los permisos de acceso no se pueden cambiar en los nodos existentes.',
  'summary.not-found':
    '{registry} no tiene ningún manifiesto para {image}: la etiqueta, el resumen, la imagen o el nombre del repositorio son incorrectos, o se eliminaron.',
  'summary.network':
    'El nodo no pudo conectarse con {registry} (DNS, enrutamiento, cortafuegos o Acceso privado a Google), así que la extracción de {image} agotó el tiempo de espera o se rechazó.',
  'summary.network.foreign':
    'El nodo no pudo llegar a {registry} (DNS, enrutamiento, cortafuegos o falta de Cloud NAT para nodos sin dirección IP externa), así que la extracción de {image} agotó el tiempo o fue rechazada.',
  'summary.slow-pull':
    'La extracción de {image} se quedó sin tiempo (un plazo vencido o sin progreso) antes de que la imagen estuviera en el nodo: las imágenes grandes, los discos lentos del nodo o un enlace saturado hacen que tarde minutos. Un fallo de red puede parecer igual; es la primera alternativa.',
  'summary.vpc-service-controls':
    'Un perímetro de Controles de Servicio de VPC rechazó la solicitud a {registry}: el nodo, su cuenta de servicio o el proyecto de la imagen quedan fuera de las reglas del perímetro.',
  'summary.platform-mismatch':
    'La imagen {image} no tiene ningún manifiesto para el sistema operativo o la arquitectura de CPU del nodo.',
  'summary.schema-unsupported':
    'La imagen {image} usa el formato de manifiesto del esquema 1 de Docker, que containerd 2.0 (GKE 1.33 y versiones posteriores) ya no extrae.',
  'summary.image-pull-secret':
    'El Pod indica un secreto de extracción de imágenes ({secret}) que no existe en su espacio de nombres o que no es un secreto kubernetes.io/dockerconfigjson válido.',
  'summary.rate-limited':
    '{registry} está limitando las extracciones (HTTP {httpStatus}): hay demasiadas solicitudes para la cuota del proyecto o del cliente.',
  'summary.rate-limited.google':
    '{registry} rechazó solicitudes por encima de la cuota de Artifact Registry (HTTP {httpStatus}): solicitudes por minuto por proyecto y región, y cada extracción hace varias.',
  'summary.rate-limited.docker-hub':
    'Docker Hub rechazó la extracción de {image} por su propio límite de extracciones (HTTP {httpStatus}). Docker Hub cuenta las extracciones anónimas por dirección IP de origen (todos los nodos que salen por la misma dirección de Cloud NAT la comparten) y las autenticadas por cuenta; no es una cuota de Artifact Registry.',
  'summary.rate-limited.foreign':
    '{registry} está limitando las extracciones (HTTP {httpStatus}): es un límite de ese registro, por dirección del cliente o por cuenta, no una cuota de Artifact Registry.',
  'summary.tls.foreign':
    'El nodo no confía en el certificado TLS que presenta {registry}. En un registro ajeno a Google casi siempre se debe a una autoridad de certificación privada o autofirmada que el nodo no conoce; GKE puede confiar en ella desde Secret Manager.',
  'summary.tls':
    'El nodo no confía en el certificado TLS que presenta {registry}, a menudo porque un proxy intercepta el TLS.',
  'summary.registry-error':
    '{registry} respondió con un error propio (HTTP {httpStatus}); puede que la solicitud en sí sea correcta.',
  'summary.invalid-reference':
    'La referencia de imagen {image} no es válida, así que el kubelet ni siquiera intentó extraerla.',
  'summary.unknown':
    'El texto no muestra ningún fallo de extracción reconocible. El plan revisa el nodo y la extracción paso a paso.',
  'summary.unknown.back-off-only':
    'Solo se indicó el estado de espera (ImagePullBackOff / ErrImagePull). La causa está en el evento anterior "Failed to pull image"; el primer paso lo obtiene.',
  'summary.unknown.empty':
    'No se indicó ningún texto de error. El plan reproduce la extracción en el nodo para encontrar la causa.',
  'summary.request-image-invalid':
    'La imagen de la solicitud no es una referencia válida: {imageError}',
  'value.unknown.image': 'la imagen',
  'value.unknown.registry': 'el registro',
  'value.unknown.httpStatus': 'no indicado',
  'value.unknown.permission':
    'el permiso de extracción (artifactregistry.repositories.downloadArtifacts)',
  'value.unknown.resource': 'el repositorio',
  'value.unknown.secret': 'nombre no indicado',
  'registry.google.name': 'Artifact Registry',
  'registry.google.credentials':
    'Los nodos de GKE extraen de {registryHost} con el token de la cuenta de servicio del nodo que da el servidor de metadatos; no hace falta ningún Secret.',
  'registry.google.permissions':
    'El acceso de lectura es roles/artifactregistry.reader en el repositorio o en su proyecto.',
  'registry.google.limits':
    'Artifact Registry tiene una cuota de solicitudes por minuto por proyecto y región; cada extracción hace varias solicitudes.',
  'registry.docker-hub.name': 'Docker Hub',
  'registry.docker-hub.credentials':
    'Usa un nombre de usuario de Docker Hub y un token de acceso personal de solo lectura, no la contraseña de la cuenta; el Secret nombra el servidor https://index.docker.io/v1/.',
  'registry.docker-hub.permissions':
    'Un repositorio privado lo pueden leer su propietario y los equipos de la organización a los que se dio acceso de lectura.',
  'registry.docker-hub.limits':
    'Docker Hub limita las extracciones anónimas por dirección IP de origen y las autenticadas por cuenta; las autenticadas tienen un límite mayor.',
  'registry.quay.name': 'Quay.io',
  'registry.quay.credentials':
    'Crea una cuenta robot (nombre de usuario ORGANIZACIÓN+ROBOT) y usa su token; Quay.io lo ofrece ya preparado como Secret de Kubernetes.',
  'registry.quay.permissions':
    'Da a la cuenta robot, o a un equipo del que forme parte, el permiso Read sobre el repositorio.',
  'registry.quay.limits':
    'Quay.io limita las solicitudes por dirección del cliente; las extracciones con una cuenta robot dejan de ser anónimas.',
  'registry.ghcr.name': 'GitHub Container Registry',
  'registry.ghcr.credentials':
    'Usa un nombre de usuario de GitHub y un token de acceso personal (clásico) que incluya read:packages.',
  'registry.ghcr.permissions':
    'El usuario del token necesita acceso de lectura al paquete: su visibilidad y su acceso se definen en la configuración del paquete o se heredan de su repositorio.',
  'registry.ghcr.limits':
    'GitHub limita las solicitudes por cuenta y por dirección del cliente; las extracciones autenticadas cuentan para la cuenta.',
  'registry.ecr.name': 'Amazon ECR',
  'registry.ecr.credentials':
    'ECR acepta el nombre de usuario AWS y un token de aws ecr get-login-password, que dura 12 horas: un Secret escrito una sola vez deja de funcionar, así que vuelve a escribirlo periódicamente.',
  'registry.ecr.permissions':
    'La identidad de AWS que crea el token necesita ecr:GetAuthorizationToken, y ecr:BatchGetImage y ecr:GetDownloadUrlForLayer sobre el repositorio (en su política de IAM o en la política del repositorio).',
  'registry.ecr.limits':
    'ECR limita las solicitudes a la API por cuenta y región (cuotas de servicio); las que las superan se ralentizan.',
  'registry.acr.name': 'Azure Container Registry',
  'registry.acr.credentials':
    'Usa una entidad de servicio (su ID de aplicación y un secreto) o un token limitado al repositorio; el usuario administrador no está pensado para clústeres.',
  'registry.acr.permissions':
    'La entidad de servicio necesita el rol AcrPull en el registro; un token necesita una asignación de permisos (scope map) que permita content/read en el repositorio.',
  'registry.acr.limits':
    'Azure Container Registry limita las operaciones de lectura por minuto según el nivel de servicio.',
  'registry.other.name': 'el registro {registryHost}',
  'registry.other.credentials':
    'Usa una cuenta propia de ese registro: una cuenta robot o un token que solo pueda extraer (Harbor tiene cuentas robot; GitLab, tokens de despliegue).',
  'registry.other.permissions':
    'Da a esa cuenta acceso de lectura (extracción) al proyecto o repositorio según el modelo de permisos del propio registro.',
  'registry.other.limits':
    'Los límites de solicitudes los fija quien opera el registro: consulta su documentación o pregunta a sus responsables.',
  'registry.unknown.name': 'el registro',
  'registry.unknown.credentials':
    'Para Artifact Registry y gcr.io el nodo envía el token de su cuenta de servicio; para cualquier otro registro el Pod necesita un imagePullSecret con las credenciales propias de ese registro.',
  'registry.unknown.permissions':
    'Artifact Registry necesita roles/artifactregistry.reader para la cuenta de servicio del nodo; los demás registros conceden la lectura según su propio modelo de permisos.',
  'registry.unknown.limits':
    'Cada registro tiene sus límites: Artifact Registry, una cuota por proyecto y región; Docker Hub, un límite de extracciones por dirección o por cuenta.',
  'step.gather-events.title': 'Obtener el evento que indica la causa',
  'step.gather-events.detail':
    'ImagePullBackOff solo indica que el kubelet espera antes de volver a intentarlo. El motivo está en el evento Warning anterior, "Failed to pull image ...". Describe el Pod y lista sus eventos; después, envía el mensaje completo de ese evento para obtener un plan para su causa.',
  'step.gather-events.expect':
    'Un evento Warning "Failed to pull image "{image}": ..." con la respuesta del registro (403, 404, "i/o timeout", ...).',
  'step.find-node.title': 'Buscar el nodo que ejecuta el Pod',
  'step.find-node.detail':
    'La columna NODE del Pod es el nodo que hay que revisar; la etiqueta topology.kubernetes.io/zone del nodo es su zona.',
  'step.find-node.expect': 'El nombre del nodo y su zona.',
  'step.connect-node.title': 'Conectarse al nodo {nodeName}',
  'step.connect-node.detail.linux.gcloud':
    'Abre una sesión SSH en el nodo con gcloud. Los comandos siguientes se ejecutan allí. No es de solo lectura: gcloud compute ssh puede crear una clave SSH y añadirla a los metadatos del proyecto o de la instancia (o a OS Login), así que cuenta como un cambio.',
  'step.connect-node.detail.linux.console':
    'En la consola de Google Cloud, abre Compute Engine > Instancias de VM, busca {nodeName} (proyecto {projectId}, zona {zone}) y haz clic en SSH en su fila. Se abre un terminal en el navegador conectado al nodo; los comandos siguientes se ejecutan allí.',
  'step.connect-node.detail.windows.gcloud':
    'A los nodos de Windows se accede por RDP. Abre un túnel de IAP al puerto 3389, conecta un cliente RDP a localhost:3389 (antes, define una contraseña de Windows con gcloud compute reset-windows-password o con el botón de la consola) y abre PowerShell como administrador. Si el nodo tiene SSH habilitado, gcloud compute ssh también sirve.',
  'step.connect-node.detail.windows.console':
    'En la consola de Google Cloud, abre Compute Engine > Instancias de VM, busca {nodeName} (proyecto {projectId}, zona {zone}), define una contraseña de Windows y haz clic en RDP en su fila. En el nodo, abre PowerShell como administrador; los comandos siguientes se ejecutan allí.',
  'step.connect-node.expect': 'Una consola (PowerShell en Windows) en {nodeName}.',
  'step.explain-runtime.title':
    'Revisar el entorno de ejecución que usa Kubernetes: containerd, mediante crictl',
  'step.explain-runtime.detail':
    'Los nodos de GKE ejecutan los contenedores con containerd, no con Docker. Kubernetes guarda sus imágenes y contenedores en el espacio de nombres k8s.io de containerd, que la CLI de docker no ve (y en los nodos actuales docker no está instalado). Un docker pull probaría el almacén y las credenciales propios de Docker, no lo que hace el kubelet. Usa crictl, que se comunica con containerd mediante la misma CRI que el kubelet.',
  'step.explain-runtime.detail.windows':
    'Los nodos de Windows de GKE ejecutan los contenedores con containerd, que funciona como el servicio de Windows "containerd". Kubernetes guarda sus imágenes en el espacio de nombres k8s.io de containerd, que docker no ve. Usa crictl desde un PowerShell de administrador; se comunica con containerd mediante la misma CRI que el kubelet.',
  'step.explain-runtime.expect':
    'containerd está en ejecución y crictl lista los contenedores de Kubernetes del nodo.',
  'step.explain-runtime.expect.windows':
    'Get-Service muestra containerd en estado Running y crictl lista los contenedores de Kubernetes del nodo.',
  'step.check-metadata-token.title':
    'Comprobar que el nodo obtiene un token con los permisos de acceso correctos',
  'step.check-metadata-token.detail':
    'El kubelet extrae imágenes de Artifact Registry con el token de la cuenta de servicio del nodo que proporciona el servidor de metadatos. Consulta el endpoint del token (tiene que responder 200; el token no se muestra) y lee los permisos de acceso, que tienen que incluir cloud-platform o devstorage.read_only.',
  'step.check-metadata-token.expect':
    '200 y una lista de permisos de acceso que contiene https://www.googleapis.com/auth/cloud-platform o https://www.googleapis.com/auth/devstorage.read_only.',
  'step.check-reachability.title':
    'Comprobar el DNS y el HTTPS desde el nodo hasta {registryEndpoint}',
  'step.check-reachability.detail':
    'Resuelve el host del registro y abre https://{registryEndpoint}/v2/ desde el nodo. Los nodos privados necesitan Acceso privado a Google en su subred (o Cloud NAT); las zonas DNS privadas o restringidas de las APIs de Google tienen que cubrir pkg.dev y gcr.io.',
  'step.check-reachability.detail.foreign':
    'Resuelve el host del registro y abre https://{registryEndpoint}/v2/ desde el nodo. Los nodos sin dirección IP externa solo se conectan con registros ajenos a Google mediante Cloud NAT; Acceso privado a Google solo cubre las APIs de Google.',
  'step.check-reachability.detail.docker-hub':
    'Resuelve el host del registro de Docker Hub y abre https://{registryEndpoint}/v2/ desde el nodo. El containerd de GKE pregunta primero a mirror.gcr.io por las imágenes de docker.io (un endpoint de Google, accesible con Acceso privado a Google) y después a {registryEndpoint}, con el que los nodos sin dirección IP externa solo se conectan mediante Cloud NAT.',
  'step.check-reachability.expect':
    'El host se resuelve en una dirección y /v2/ responde 401 (accesible; pide credenciales) o 200.',
  'step.docker-hub-from-node.title':
    'Comprobar el mirror de Docker Hub y las extracciones que le quedan a este nodo',
  'step.docker-hub-from-node.detail':
    'Los nodos de GKE preguntan primero a mirror.gcr.io por las imágenes de docker.io: un endpoint de Google (accesible con Acceso privado a Google) con copias en caché de las imágenes populares de Docker Hub, cuyos aciertos de caché nunca llegan a Docker Hub. Después, pregunta a Docker Hub cuántas extracciones anónimas le quedan a la dirección desde la que extrae este nodo; el token que se pide es el anónimo del propio Docker.',
  'step.docker-hub-from-node.expect':
    '200 o 401 desde mirror.gcr.io, y los encabezados ratelimit-limit y ratelimit-remaining (remaining 0: a la dirección no le quedan extracciones por ahora).',
  'step.pull-on-node.title': 'Extraer {image} en el nodo como lo haría el kubelet',
  'step.pull-on-node.detail.google.public':
    'El repositorio es público: extrae la imagen sin credenciales.',
  'step.pull-on-node.detail.google.private':
    'El kubelet envía a {registryHost} el token de la cuenta de servicio del nodo que proporciona el servidor de metadatos (encabezado Metadata-Flavor: Google): guárdalo en una variable de la consola y extrae la imagen con él. Los nodos de GKE solo envían este token a los hosts de registro de Google (*.pkg.dev, gcr.io, *.gcr.io, container.cloud.google.com). El token no sale del nodo: no lo pegues nunca en una incidencia ni en registros compartidos.',
  'step.pull-on-node.detail.foreign.public':
    'Los nodos de GKE nunca envían sus credenciales de Google a {registryName}: sin un imagePullSecret el kubelet extrae de forma anónima, igual que este comando.',
  'step.pull-on-node.detail.foreign.private':
    'Los nodos de GKE nunca envían sus credenciales de Google a {registryName}. El kubelet extrae con las credenciales del imagePullSecret del Pod: escribe el mismo nombre de usuario y la contraseña o el token cuando se pidan (la contraseña no se muestra y solo queda en esta consola). {registryCredentials}',
  'step.pull-on-node.detail.unknown':
    'No se sabe cuál es el registro, así que esta extracción no envía credenciales: el kubelet envía el token de Google del nodo solo a los hosts de Artifact Registry y gcr.io, y las credenciales de un secreto solo a su propio registro. Envía la imagen en la solicitud (campo image) para obtener la extracción con las credenciales que usaría el kubelet.',
  'step.pull-on-node.expect': 'Image is up to date for sha256:…',
  'step.runtime-logs.title': 'Leer los registros del entorno de ejecución de contenedores',
  'step.runtime-logs.detail':
    'Los registros de containerd muestran la respuesta del registro en cada intento de extracción. En el Explorador de registros tienen el LOG NAME container-runtime; en un nodo de Linux están en el journal de systemd (unidad containerd).',
  'step.runtime-logs.detail.windows':
    'Los registros de containerd muestran la respuesta del registro en cada intento de extracción. En un nodo de Windows, containerd escribe en C:\\etc\\kubernetes\\logs\\containerd.log; el Explorador de registros lo muestra con el LOG NAME container-runtime.',
  'step.runtime-logs.detail.autopilot':
    'Los registros de containerd muestran la respuesta del registro en cada intento de extracción. Autopilot no permite SSH a los nodos: léelos en el Explorador de registros (LOG NAME container-runtime) para el nodo que ejecutó el Pod.',
  'step.runtime-logs.expect':
    'Líneas sobre {image} que muestran la respuesta del registro; envíalas en una nueva solicitud para obtener un plan específico.',
  'step.pull-with-pod.title': 'Extraer {image} en un Pod de prueba (Autopilot)',
  'step.pull-with-pod.detail':
    'Autopilot no permite SSH a los nodos, así que crictl no se puede ejecutar allí. Un Pod hace que el kubelet extraiga la imagen exactamente con las credenciales que reciben tus cargas de trabajo: la identidad del nodo para los registros de Google y los imagePullSecrets de la cuenta de servicio predeterminada del espacio de nombres para cualquier otro. Lee los eventos del Pod y después elimínalo.',
  'step.pull-with-pod.expect':
    'Los eventos muestran Pulled (Successfully pulled image), no Failed.',
  'step.tell-apart.title': 'Distinguir "denegado" de "no existe"',
  'step.tell-apart.detail':
    'Artifact Registry dice "Permission ... denied on resource ... (or it may not exist)" en ambos casos. Describe el repositorio y la imagen con tu propia cuenta (con permisos suficientes): si ambos existen, a la identidad del nodo le falta acceso; si no, la referencia es incorrecta.',
  'step.tell-apart.expect':
    'Los dos comandos muestran el recurso (existe, así que el problema es el acceso). NOT_FOUND indica que la referencia es incorrecta.',
  'step.identify-node-sa.title':
    'Identificar la cuenta de servicio del nodo y sus permisos de acceso',
  'step.identify-node-sa.detail':
    'Los nodos extraen imágenes con su cuenta de servicio (salvo que el Pod tenga imagePullSecrets). Anota su dirección de correo y sus permisos de acceso: la cuenta de servicio predeterminada de Compute Engine es PROJECT_NUMBER-compute@developer.gserviceaccount.com.',
  'step.identify-node-sa.expect':
    'La dirección de correo de la cuenta de servicio y unos permisos de acceso que incluyen cloud-platform o devstorage.read_only.',
  'step.identify-cluster-sa.title': 'Identificar la cuenta de servicio de los nodos de Autopilot',
  'step.identify-cluster-sa.detail':
    'Todos los nodos de Autopilot usan una misma cuenta de servicio definida a nivel de clúster (la cuenta de servicio predeterminada de Compute Engine, salvo que el clúster se creara con --service-account), con los permisos de acceso elegidos al crear el clúster. Los permisos de Artifact Registry se conceden a esta cuenta.',
  'step.identify-cluster-sa.expect':
    'La dirección de correo de la cuenta de servicio y sus permisos de acceso.',
  'step.check-repo-iam.title': 'Comprobar quién puede leer el repositorio',
  'step.check-repo-iam.detail':
    'La cuenta de servicio del nodo necesita roles/artifactregistry.reader (o un rol con artifactregistry.repositories.downloadArtifacts) en el repositorio o en el proyecto {arProject}, que puede no ser el del clúster.',
  'step.check-repo-iam.expect':
    'serviceAccount:{nodeServiceAccount} vinculada a roles/artifactregistry.reader en el repositorio o en el proyecto.',
  'step.grant-reader.title': 'Conceder acceso de lectura a la cuenta de servicio del nodo',
  'step.grant-reader.detail':
    'Vincula roles/artifactregistry.reader en el repositorio (más acotado que el proyecto). Si el registro está en otro proyecto, esta vinculación va en el proyecto del registro, {arProject}. Los cambios de IAM se aplican en pocos minutos.',
  'step.grant-reader.expect': 'Updated IAM policy for repository [{arRepository}].',
  'step.list-tags.title': 'Listar lo que contiene realmente el repositorio',
  'step.list-tags.detail':
    'Compara la etiqueta o el resumen que usa el Pod con los del repositorio; las etiquetas distinguen entre mayúsculas y minúsculas.',
  'step.list-tags.expect': 'La etiqueta o el resumen de {image} aparece en la lista.',
  'step.fix-reference.title': 'Corregir la referencia de la imagen en la carga de trabajo',
  'step.list-tags.detail.foreign':
    'Compara la etiqueta o el resumen que usa el Pod con los del repositorio (crane usa tus credenciales de docker login para {registryHost}); las etiquetas distinguen entre mayúsculas y minúsculas.',
  'step.fix-reference.detail':
    'Usa el nombre que tiene de verdad el registro (en Artifact Registry, LOCATION-docker.pkg.dev/PROJECT_ID/REPOSITORY/IMAGE:TAG o @sha256:DIGEST): ruta en minúsculas, un repositorio y una etiqueta que existan. Lista los contenedores del Pod y sus imágenes; después cambia solo el contenedor que falla ({container}) de la carga de trabajo a la que pertenece el Pod (WORKLOAD, por ejemplo deployment/web); los demás contenedores conservan su imagen.',
  'step.fix-reference.expect': 'La carga de trabajo despliega Pods nuevos con la imagen corregida.',
  'step.new-node-pool-scopes.title': 'Crear un grupo de nodos con permisos de acceso suficientes',
  'step.new-node-pool-scopes.detail':
    'Los permisos de acceso no se pueden cambiar en los nodos existentes. Crea un grupo de nodos con el permiso de acceso cloud-platform (así el acceso lo decide IAM), acordona los nodos del grupo antiguo para que no reciban nada nuevo, vacíalos para que las cargas de trabajo pasen al grupo nuevo y, después, elimina el grupo antiguo.',
  'step.new-node-pool-scopes.expect':
    'El grupo de nodos nuevo está en estado RUNNING y los Pods nuevos se programan en él.',
  'step.autopilot-scopes.title': 'Autopilot: los permisos de acceso se fijan al crear el clúster',
  'step.autopilot-scopes.detail':
    'Autopilot no tiene grupos de nodos que crear, y los permisos de acceso de un clúster existente no se pueden cambiar. Con una cuenta de servicio personalizada, Autopilot usa el permiso de acceso cloud-platform y decide IAM; con la predeterminada, los permisos de acceso incluyen devstorage.read_only, que basta para extraer imágenes. Un clúster creado con permisos de acceso más reducidos necesita un clúster de Autopilot nuevo con una cuenta de servicio propia, y trasladar a él las cargas de trabajo.',
  'step.autopilot-scopes.expect': 'El clúster nuevo está RUNNING y sus Pods extraen la imagen.',
  'step.configure-docker-auth.title':
    'Configurar credenciales para {registryHost} (extracciones desde una estación de trabajo o desde CI)',
  'step.configure-docker-auth.detail':
    'Cuando la extracción que falla se hace fuera de GKE (CLI de docker, CI), el cliente debe tener credenciales para ese host exacto; si no, pide un token anónimo, que un repositorio privado rechaza. El asistente de credenciales de gcloud entrega tu token de Google al host, así que solo sirve para los registros de Google.',
  'step.configure-docker-auth.detail.foreign':
    'Cuando la extracción que falla se hace fuera de GKE (CLI de docker, CI), inicia sesión en {registryName} con sus propias credenciales. {registryCredentials} No configures nunca gcloud como asistente de credenciales de un registro que no sea de Google: le entregaría tu token de Google.',
  'step.configure-docker-auth.detail.unknown':
    'Cuando la extracción que falla se hace fuera de GKE (CLI de docker, CI), el cliente necesita credenciales para el registro de la imagen: gcloud auth configure-docker HOST solo para los hosts de Artifact Registry y gcr.io (entrega tu token de Google al host), y docker login HOST con las credenciales propias del registro para cualquier otro.',
  'step.configure-docker-auth.expect':
    'Archivo de configuración de Docker actualizado, y docker pull {image} funciona.',
  'step.check-subnet-pga.title': 'Comprobar Acceso privado a Google en la subred del nodo',
  'step.check-subnet-pga.detail':
    'Los nodos sin dirección IP externa solo se conectan con Artifact Registry mediante Acceso privado a Google en su subred (o mediante Cloud NAT). Consulta la subred del nodo y, después, su marca privateIpGoogleAccess.',
  'step.check-subnet-pga.expect': 'True',
  'step.check-nat.title': 'Comprobar que los nodos tienen un camino hasta {registryHost}',
  'step.check-nat.detail':
    'Los nodos sin dirección IP externa solo se conectan con registros ajenos a Google mediante Cloud NAT en un Cloud Router de su región ({region}); Acceso privado a Google solo cubre las APIs de Google. Lista los routers, después la configuración de NAT del que está en la red del clúster y, por último, las reglas de cortafuegos de salida (tienen que permitir TCP 443).',
  'step.check-nat.expect':
    'Una configuración de NAT que cubre la subred de los nodos, y ninguna regla de salida que deniegue TCP 443.',
  'step.restricted-dns-zones.title': 'Resolver pkg.dev y gcr.io a restricted.googleapis.com',
  'step.restricted-dns-zones.detail':
    'Los nodos privados dentro de un perímetro de Controles de Servicio de VPC llegan a Artifact Registry mediante la VIP restringida, restricted.googleapis.com (199.36.153.4/30). Crea zonas privadas de Cloud DNS para pkg.dev y gcr.io en la red del clúster {network}, cada una con un CNAME comodín a su vértice y un registro A con las cuatro direcciones restringidas. Debe permitirse la salida a 199.36.153.4/30 por TCP 443 (el último comando, solo necesario donde una regla de salida la deniegue), y la red necesita una ruta a ese rango por la pasarela de Internet predeterminada. Sin perímetro, private.googleapis.com (199.36.153.8/30) funciona del mismo modo.',
  'step.restricted-dns-zones.expect':
    'En el nodo, getent hosts {registryHost} responde con una dirección de 199.36.153.4/30.',
  'step.check-dns-zones.title':
    'Revisar las zonas DNS privadas y las reglas de cortafuegos de salida',
  'step.check-dns-zones.detail':
    'Una zona privada de googleapis.com que dirige a private.googleapis.com o restricted.googleapis.com también necesita zonas para pkg.dev y gcr.io; si no, el host del registro no se resuelve. Las reglas de cortafuegos de salida tienen que permitir TCP 443 hacia las APIs de Google.',
  'step.check-dns-zones.expect':
    'O no hay ninguna zona privada de googleapis.com, o también hay zonas para pkg.dev y gcr.io; ninguna regla de salida deniega el 443.',
  'step.enable-pga.title': 'Habilitar Acceso privado a Google en la subred',
  'step.enable-pga.detail':
    'Permite que los nodos sin dirección IP externa se conecten con las APIs de Google, incluido *.pkg.dev.',
  'step.enable-pga.expect': 'Updated subnetwork [{subnet}].',
  'step.find-vpcsc-violation.title': 'Buscar la infracción de Controles de Servicio de VPC',
  'step.find-vpcsc-violation.detail':
    'La denegación incluye un vpcServiceControlsUniqueIdentifier. La entrada de los registros de auditoría con ese identificador indica el perímetro, el servicio afectado y quién hizo la llamada.',
  'step.find-vpcsc-violation.expect':
    'Una entrada de los registros de auditoría que indica el perímetro y el motivo de la infracción.',
  'step.list-perimeters.title': 'Listar los perímetros de servicio',
  'step.list-perimeters.detail':
    'Busca el perímetro que restringe artifactregistry.googleapis.com y comprueba si el proyecto del clúster y el del registro están los dos dentro.',
  'step.list-perimeters.expect': 'El perímetro, sus proyectos y sus servicios restringidos.',
  'step.add-ingress-rule.title': 'Permitir la entrada de la identidad del nodo en el perímetro',
  'step.add-ingress-rule.detail':
    'Pon los dos proyectos en el mismo perímetro, o añade una regla de entrada cuyo origen sea la cuenta de servicio del nodo (o la red de VPC del clúster) y cuyo destino sea artifactregistry.googleapis.com en el proyecto del registro. Escribe la regla en un archivo YAML y aplícala. Dentro de un perímetro, los nodos tienen que usar el enrutamiento de restricted.googleapis.com para el acceso privado.',
  'step.add-ingress-rule.expect':
    'La actualización del perímetro termina sin errores y una nueva extracción no se rechaza.',
  'step.inspect-platforms.title': 'Comparar las plataformas de la imagen con las de los nodos',
  'step.inspect-platforms.detail':
    'Lista las plataformas (sistema operativo/arquitectura) del índice de la imagen y las etiquetas de sistema operativo y arquitectura de los nodos. Los nodos Arm (por ejemplo, T2A o C4A) necesitan linux/arm64; los nodos de Windows necesitan una imagen de Windows de su misma versión.',
  'step.inspect-platforms.expect':
    'La imagen incluye el sistema operativo/arquitectura del nodo que falló.',
  'step.rebuild-multiarch.title': 'Compilar y enviar una imagen multiplataforma',
  'step.rebuild-multiarch.detail':
    'Vuelve a compilar desde el código fuente de la imagen para todas las plataformas de los nodos y envía el índice resultante a la misma etiqueta.',
  'step.rebuild-multiarch.expect': 'El índice enviado incluye linux/amd64 y linux/arm64.',
  'step.pin-node-selector.title': 'O programar los Pods en nodos que la imagen admite',
  'step.pin-node-selector.detail':
    'Si no se puede volver a compilar la imagen, añade un nodeSelector sobre kubernetes.io/arch (o kubernetes.io/os) para que los Pods solo se ejecuten en nodos cuya plataforma tiene la imagen.',
  'step.pin-node-selector.expect':
    'Los Pods nuevos se programan en nodos con la arquitectura elegida.',
  'step.check-runtime-version.title': 'Comprobar la versión de containerd de los nodos',
  'step.check-runtime-version.detail':
    'La columna CONTAINER-RUNTIME muestra containerd://2.x en los nodos que ya no extraen imágenes con esquema 1 (GKE 1.33 y versiones posteriores en Linux).',
  'step.check-runtime-version.expect':
    'La versión del entorno de ejecución de contenedores de cada nodo.',
  'step.inspect-manifest.title': 'Comprobar el formato del manifiesto de la imagen',
  'step.inspect-manifest.detail':
    'Un manifiesto con esquema 1 tiene "schemaVersion": 1 y el tipo de medio application/vnd.docker.distribution.manifest.v1+prettyjws.',
  'step.inspect-manifest.expect':
    '"schemaVersion": 2 con un tipo de medio Docker v2 u OCI (entonces la imagen está bien).',
  'step.convert-schema.title':
    'Volver a enviar la imagen con el esquema 2 de Docker (o volver a compilarla como OCI)',
  'step.convert-schema.detail':
    'skopeo convierte el manifiesto al copiarlo. Volver a compilar y enviar la imagen con una herramienta actual (docker buildx, Cloud Build) también genera el esquema 2 u OCI. Después, usa el resumen nuevo.',
  'step.convert-schema.expect':
    'Storing signatures, y inspect-manifest muestra ahora "schemaVersion": 2.',
  'step.check-pull-secret.title': 'Revisar el secreto de extracción de imágenes del Pod',
  'step.check-pull-secret.detail':
    'El secreto indicado en imagePullSecrets tiene que existir en el espacio de nombres del Pod y ser del tipo kubernetes.io/dockerconfigjson. No muestres sus datos: contienen una credencial.',
  'step.check-pull-secret.detail.foreign':
    'Los nodos de GKE no envían credenciales de Google a {registryName}, así que un repositorio privado allí necesita que el Pod (o su cuenta de servicio) incluya un imagePullSecret para {registryHost}. El secreto debe existir en el espacio de nombres del Pod y ser de tipo kubernetes.io/dockerconfigjson. No muestres sus datos: contienen una credencial.',
  'step.check-pull-secret.expect': 'kubernetes.io/dockerconfigjson',
  'step.create-pull-secret.title': 'Crear el secreto de extracción de imágenes',
  'step.create-pull-secret.detail':
    'En GKE con Artifact Registry, es mejor conceder roles/artifactregistry.reader a la cuenta de servicio del nodo y no usar ningún secreto. Si hace falta un secreto, créalo a partir de una clave de cuenta de servicio (un token de acceso por sí solo caducaría en menos de una hora), o evita las claves de larga duración: deja que POST /v1/tokens de este servicio escriba un Secret de corta duración y renuévalo con un CronJob (consulta el README).',
  'step.create-pull-secret.detail.foreign':
    'Crea un Secret kubernetes.io/dockerconfigjson para {registryHost} en el espacio de nombres del Pod con las credenciales propias de {registryName}. {registryCredentials} Guarda el token en un archivo (TOKEN_FILE) en vez de escribirlo en la línea de comandos.',
  'step.create-pull-secret.detail.ecr':
    'Crea un Secret kubernetes.io/dockerconfigjson para {registryHost} en el espacio de nombres del Pod a partir de un token de ECR. {registryCredentials}',
  'step.create-pull-secret.detail.unknown':
    'Crea el Secret para el registro de la imagen. Para Artifact Registry es preferible conceder roles/artifactregistry.reader a la cuenta de servicio del nodo y no usar ningún Secret; para cualquier otro registro usa sus propias credenciales, una cuenta robot o un token que solo pueda extraer.',
  'step.create-pull-secret.expect': 'secret/{secretName} created',
  'step.attach-pull-secret.title':
    'Hacer referencia al secreto desde la cuenta de servicio del Pod',
  'step.attach-pull-secret.detail':
    'Así, los Pods que usan esta cuenta de servicio envían el secreto en cada extracción; también puedes incluirlo en spec.imagePullSecrets de la carga de trabajo.',
  'step.attach-pull-secret.expect': 'serviceaccount/default patched',
  'step.count-rate-limited.title': 'Medir cuántas extracciones se están limitando',
  'step.count-rate-limited.detail':
    'Muchos nodos extrayendo la misma imagen a la vez (escalado, despliegue) pueden superar el límite. El kubelet reintenta por sí solo con esperas crecientes.',
  'step.count-rate-limited.expect': 'Un número pequeño que deja de crecer.',
  'step.check-quota.title': 'Revisar los errores de cuota de Artifact Registry',
  'step.check-quota.detail':
    'Artifact Registry limita las solicitudes por proyecto y región, y cada extracción hace varias solicitudes. Los errores de cuota aparecen en los registros de auditoría; la página Cuotas de la consola muestra los límites.',
  'step.check-quota.expect':
    'Ninguna entrada RESOURCE_EXHAUSTED (si las hay, solicita más cuota o extrae imágenes con menos frecuencia).',
  'step.registry-access.title': 'Comprobar cómo concede {registryName} el acceso de lectura',
  'step.registry-access.detail':
    '{registryCredentials} {registryPermissions} Consulta {registryDocs}.',
  'step.registry-access.expect':
    'Una cuenta que puede extraer del repositorio, y su token o contraseña para el Secret.',
  'step.registry-access.expect.ecr':
    'El repositorio existe, y su política (o la política de IAM de la identidad que crea el token) permite ecr:BatchGetImage y ecr:GetDownloadUrlForLayer.',
  'step.registry-access.expect.acr':
    'El repositorio existe, y la entidad de servicio tiene AcrPull en el registro.',
  'step.registry-limits.title': 'Consultar los límites de extracción de {registryName}',
  'step.registry-limits.detail':
    '{registryLimits} Las extracciones autenticadas suelen contarse por cuenta y no por dirección: da a los Pods un imagePullSecret (pasos siguientes). Consulta {registryDocs}.',
  'step.registry-limits.expect':
    'Las extracciones quedan por debajo del límite cuando van autenticadas y se evitan las repetidas (imagePullPolicy: IfNotPresent, imágenes fijadas por resumen).',
  'step.docker-hub-limits.title': 'Es el límite de Docker Hub, no una cuota de Artifact Registry',
  'step.docker-hub-limits.detail':
    '{registryLimits} Todos los nodos que salen por la misma dirección de Cloud NAT comparten un único límite anónimo. Salidas, de mejor a peor: que mirror.gcr.io sirva la imagen (GKE lo prueba primero para docker.io; guarda en caché las imágenes populares), extraer a través de un repositorio remoto de Artifact Registry para Docker Hub, o autenticar las extracciones con una cuenta de Docker Hub en un imagePullSecret. Los pasos siguientes preparan cada una. Consulta {registryDocs}.',
  'step.docker-hub-limits.expect':
    'Sabes qué salida te conviene; los pasos siguientes preparan cada una.',
  'step.create-remote-repo.title':
    'Extraer las imágenes de Docker Hub a través de un repositorio remoto de Artifact Registry',
  'step.create-remote-repo.detail':
    'Un repositorio remoto guarda en caché las imágenes de Docker Hub en tu proyecto: los nodos extraen {region}-docker.pkg.dev/{projectId}/{remoteRepository}/IMAGE (las imágenes oficiales están en library/; por ejemplo, library/redis:7) con sus propias credenciales de Google, y Docker Hub solo ve los fallos de caché. Añade --remote-username y --remote-password-secret-version para conectarte con Docker Hub con una cuenta. Fija las imágenes por resumen y usa imagePullPolicy: IfNotPresent para reducir las extracciones repetidas.',
  'step.create-remote-repo.expect': 'Created repository [{remoteRepository}].',
  'step.create-virtual-repo.title':
    'Opcional: una sola ruta para tus imágenes y Docker Hub (un repositorio virtual)',
  'step.create-virtual-repo.detail':
    'Un repositorio virtual sirve varios repositorios de una región bajo una misma ruta, primero el de mayor prioridad: por ejemplo tu repositorio estándar y después el repositorio remoto de Docker Hub. El archivo de política de upstream es JSON, una entrada por upstream: [{"id": "docker-hub", "repository": "projects/{projectId}/locations/{region}/repositories/{remoteRepository}", "priority": 100}]. El agente de servicio de Artifact Registry lee los upstreams en su nombre.',
  'step.create-virtual-repo.expect': 'Created repository [{virtualRepository}].',
  'step.check-certificate.title': 'Comprobar el certificado que presenta {registryEndpoint}',
  'step.check-certificate.detail':
    'Los registros de Google presentan certificados emitidos por Google Trust Services. Otro emisor indica que un proxy intercepta el TLS.',
  'step.check-certificate.expect':
    'Una cadena de certificados emitida por Google Trust Services, y 401 o 200 desde /v2/.',
  'step.check-certificate.detail.foreign':
    'Lee la cadena de certificados que presenta {registryEndpoint}. Un registro ajeno a Google suele tener un certificado de una autoridad de certificación privada o autofirmada en la que el nodo no confía: en ese caso, da al nodo esa CA como la gestiona GKE (pasos siguientes). Solo un emisor que no sea ni la CA del registro ni una pública indica que un proxy intercepta el TLS.',
  'step.check-certificate.expect.foreign':
    'El emisor de la cadena: la CA de tu organización (confía en ella en los pasos siguientes) o una CA pública (entonces lo que falla es el nombre o la caducidad del certificado).',
  'step.store-ca-secret.title': 'Guardar el certificado de la CA en Secret Manager',
  'step.store-ca-secret.detail':
    'GKE lee la autoridad de certificación de Secret Manager: guarda el certificado público de la CA (PEM) como secreto y deja que la cuenta de servicio del nodo lo lea (roles/secretmanager.secretAccessor). El secreto solo contiene el certificado público, nunca una clave privada.',
  'step.store-ca-secret.expect':
    'Created secret [{caSecret}], y una vinculación de IAM para {nodeServiceAccount}.',
  'step.trust-ca.title':
    'Hacer que containerd confíe en esa autoridad de certificación (certificados de CA privada de GKE)',
  'step.trust-ca.detail':
    'Excluir los hosts de registro de Google (*.pkg.dev, gcr.io) de la interceptación TLS es la solución más sencilla. Si no, da a containerd la CA del proxy: escribe el archivo de configuración del entorno de ejecución que asocia {registryEndpoint} con el secreto y aplícalo al clúster; GKE vuelve a crear los nodos con containerd confiando en esa CA solo para ese host.',
  'step.trust-ca.detail.foreign':
    'Escribe el archivo de configuración del entorno de ejecución que asocia {registryEndpoint} con el secreto y aplícalo al clúster: GKE vuelve a crear los nodos con containerd confiando en esa CA solo para ese host (nodos con Container-Optimized OS desde GKE 1.27.3-gke.1700, nodos Ubuntu desde 1.33). Sin DaemonSets con privilegios ni cambios a mano en los nodos.',
  'step.trust-ca.expect':
    'La actualización del clúster termina y la extracción en el nodo funciona.',
  'step.check-registry-health.title': 'Comprobar que el registro responde',
  'step.check-registry-health.detail':
    'Un 5xx o un 4xx inesperado del registro es un problema de su lado; consulta la página de estado de Google Cloud. Un "Request Rejected" de gcr.io es una condición del proyecto que aloja la imagen, y solo sus propietarios pueden resolverla.',
  'step.check-registry-health.detail.foreign':
    'Un 5xx o un 4xx inesperado de {registryName} es un problema de su lado: consulta su página de estado o pregunta a sus responsables. Reintentar más tarde suele bastar.',
  'step.check-registry-health.expect': '401 o 200 desde /v2/.',
  'step.retry-pull.title': 'Volver a intentar la extracción',
  'step.retry-pull.detail':
    'El kubelet vuelve a intentarlo por sí solo con esperas crecientes. Para volver a intentarlo ya, elimina el Pod y su controlador creará uno nuevo.',
  'step.retry-pull.expect': 'El Pod nuevo llega al estado Running.',
  'step.show-reference.title': 'Mostrar la referencia de imagen que usa el Pod',
  'step.show-reference.detail':
    'Busca mayúsculas en la ruta, espacios, un segmento de repositorio que falte, un esquema de URL (https://) o una etiqueta incorrecta. {imageError}',
  'step.show-reference.expect':
    'Una referencia como LOCATION-docker.pkg.dev/PROJECT_ID/REPOSITORY/IMAGE:TAG.',
  'step.pull-durations.title': 'Medir cuánto tardan las extracciones',
  'step.pull-durations.detail':
    'Los eventos Pulled del kubelet dicen cuánto tardó cada extracción correcta (Successfully pulled image … in 3m2.1s; las versiones recientes añaden el tamaño de la imagen). Compara la imagen que falla con las demás: minutos para una sola imagen apuntan a su tamaño; extracciones lentas de todas, al disco del nodo o al enlace.',
  'step.pull-durations.expect':
    'Los tiempos de extracción de cada imagen, y si la que falla tarda mucho más que las demás.',
  'step.image-size.title': 'Medir la imagen: tamaño y capas',
  'step.image-size.detail':
    'El tamaño comprimido y el número de capas que el nodo tiene que transferir y descomprimir, para la plataforma del nodo (ARCH: amd64 o arm64). Varios gigabytes, o una sola capa enorme, tardan minutos en transferirse y descomprimirse; una imagen base más pequeña, las compilaciones en varias fases y menos capas, y más pequeñas, acortan todas las extracciones.',
  'step.image-size.expect': 'El número de capas y el total de bytes de {image}.',
  'step.enable-image-streaming.title':
    'Transmitir la imagen en vez de extraerla entera primero (transmisión de imágenes)',
  'step.enable-image-streaming.detail':
    'Con la transmisión de imágenes, los contenedores arrancan mientras GKE lee los datos de la imagen que necesitan, así que una imagen grande ya no espera a llegar entera. Necesita la API Container File System, nodos con Container-Optimized OS con containerd y la imagen en un repositorio estándar o remoto de Artifact Registry (o pública en Docker Hub); los nodos privados necesitan Acceso privado a Google, un perímetro de Controles de Servicio de VPC tiene que incluir containerfilesystem.googleapis.com y una cuenta de servicio de nodo personalizada necesita roles/serviceusage.serviceUsageConsumer en el proyecto de la imagen. Las imágenes con manifiesto de esquema 1 o con capas duplicadas se extraen, no se transmiten.',
  'step.enable-image-streaming.detail.docker-hub':
    'Con la transmisión de imágenes, los contenedores arrancan mientras GKE lee los datos de la imagen que necesitan, así que una imagen grande ya no espera a llegar entera. Las imágenes de Docker Hub solo se transmiten si son públicas; las privadas tienen que pasar antes a Artifact Registry. También necesita la API Container File System y nodos con Container-Optimized OS con containerd; los nodos privados necesitan Acceso privado a Google.',
  'step.enable-image-streaming.detail.foreign':
    'La transmisión de imágenes solo sirve imágenes de Artifact Registry (repositorios estándar o remotos) e imágenes públicas de Docker Hub, no de {registryName}: copia la imagen a un repositorio de Artifact Registry (skopeo copy o gcrane cp), usa esa referencia y después activa la transmisión de imágenes en el clúster (gcloud container clusters update CLUSTER_NAME --enable-image-streaming).',
  'step.enable-image-streaming.detail.autopilot':
    'Autopilot ya transmite las imágenes que lo admiten: las de un repositorio estándar o remoto de Artifact Registry, o públicas en Docker Hub. Llevar la imagen allí es lo que hace que se transmita.',
  'step.enable-image-streaming.expect':
    'La actualización del clúster termina, y los Pods nuevos que usan {image} arrancan antes de que la imagen entera esté en el nodo.',
  'step.parallel-pulls.title':
    'Permitir que el kubelet extraiga más imágenes a la vez (grupos de nodos Standard)',
  'step.parallel-pulls.detail':
    'GKE permite fijar en un grupo de nodos cuántas imágenes extrae el kubelet en paralelo: maxParallelImagePulls en la configuración del sistema de nodos, de 2 a 5 (el valor predeterminado es 2 o 3, según el tipo de disco de arranque). Ayuda cuando muchos Pods arrancan a la vez en un nodo, no con una sola extracción grande. Actualizar el grupo de nodos vuelve a crear sus nodos. Los ajustes de transferencia propios de containerd no se pueden cambiar en GKE.',
  'step.parallel-pulls.expect': 'La actualización del grupo de nodos termina.',
  'step.fix-check.title': 'Corregir la condición previa que falla: {checkId}',
  'step.fix-check.detail': '{message} {summary}',
  'step.fix-check.expect': 'La comprobación {checkId} se cumple al evaluarla de nuevo.',
  'md.title': 'Diagnóstico de extracción de imágenes: {cause}',
  'md.diagnosis': 'Diagnóstico',
  'md.cause': 'Causa',
  'md.confidence': 'Confianza',
  'md.alternatives': 'Otras causas posibles',
  'md.evidence': 'Indicios',
  'md.extracted': 'Datos encontrados en el error',
  'md.steps': 'Pasos',
  'md.expect': 'Resultado esperado',
  'md.on-failure': 'Si falla, ve al paso {number} ({step}).',
  'md.on-failure.end':
    'Si falla, reúne la salida de los pasos anteriores y ponte en contacto con el equipo de Asistencia.',
  'md.branch': 'Solo cuando un paso anterior te envíe aquí.',
  'md.runs-on.workstation': 'Ejecútalo en tu estación de trabajo (sirve Cloud Shell):',
  'md.runs-on.node': 'Ejecútalo en el nodo:',
  'md.mutates': 'Esto cambia tu proyecto o tu clúster.',
  'md.no-commands': 'Sin comandos: sigue la descripción.',
  'md.placeholders': 'Sustituye estos marcadores de posición por tus valores: {names}.',
  'md.checks': 'Comprobaciones previas',
  'md.field': 'Campo',
  'md.value': 'Valor',
  'sh.header':
    'Plan de diagnóstico de un fallo de extracción de imágenes. Causa: {cause} (confianza {confidence}).',
  'sh.safety':
    'Solo lectura de forma predeterminada: los comandos que cambian el clúster, IAM, el registro o archivos locales solo se ejecutan con --apply, igual que gcloud compute ssh (puede crear claves SSH y escribirlas en los metadatos del proyecto o de la instancia, o en OS Login); si no, se muestran para que los ejecutes tú.',
  'sh.usage':
    'Uso: bash SCRIPT [--apply] [--on-node] [--from=PASO]. --apply también ejecuta los comandos del nodo mediante gcloud compute ssh; --on-node los ejecuta aquí (cuando este script se ejecuta en el nodo).',
  'sh.safety.autopilot':
    'Solo lectura de forma predeterminada: los comandos que cambian el clúster, IAM, el registro o archivos locales (también el Pod de prueba) solo se ejecutan con --apply; si no, se muestran para que los ejecutes tú.',
  'sh.usage.autopilot': 'Uso: bash SCRIPT [--apply] [--from=PASO].',
  'sh.values':
    'Valores que la solicitud no indicó: defínelos en el entorno; por ejemplo, NODE_NAME=mi-nodo bash SCRIPT.',
  'sh.step': 'Paso {number}: {title}',
  'sh.failed': 'Falló el paso {number}: {title}.',
  'sh.expected': 'Se esperaba: {expect}',
  'sh.next': 'Siguiente: paso {next}.',
  'sh.next-end':
    'Era el último paso: reúne la salida anterior y ponte en contacto con el equipo de Asistencia.',
  'sh.would-run': 'Cambia algo; no se ejecuta sin --apply:',
  'sh.manual-node':
    'Ejecútalo en el nodo (conéctate primero como se describe), vuelve a ejecutar este script allí con --on-node, o aquí con --apply para conectarte con gcloud compute ssh:',
  'sh.run-yourself': 'Ejecútalo tú cuando estés listo:',
  'sh.powershell': 'PowerShell en el nodo de Windows (consulta los comentarios de este script):',
  'sh.missing-value': 'falta un valor: define {name} en el entorno y vuelve a ejecutarlo.',
  'sh.unknown-option': 'opción desconocida',
  'sh.done': 'Se han completado todos los pasos.',
  'sh.skipped-workstation': 'Se ejecuta en la estación de trabajo; no se ejecuta con --on-node:',
  'sh.from-unknown': 'no existe ese paso',
  'sh.branch': 'Paso opcional, solo cuando un paso anterior te envíe aquí:',
};
