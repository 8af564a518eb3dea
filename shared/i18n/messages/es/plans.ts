import type { PLAN_MESSAGES } from '../en/plans';

/**
 * Texto en español de los planes de diagnóstico, con las mismas claves y los mismos `{huecos}`
 * que en.ts (una prueba lo comprueba). Texto plano: los renderizadores añaden el formato.
 */
export const PLAN_MESSAGES_ES: Record<keyof typeof PLAN_MESSAGES, string> = {
  'cause.permission-denied': 'Permiso denegado',
  'cause.unauthenticated': 'No se enviaron credenciales',
  'cause.access-scope': 'Ámbitos de acceso del nodo insuficientes',
  'cause.not-found': 'Imagen o repositorio inexistente',
  'cause.network': 'El nodo no llega al registro',
  'cause.vpc-service-controls': 'Bloqueado por VPC Service Controls',
  'cause.platform-mismatch': 'No hay imagen para la plataforma del nodo',
  'cause.schema-unsupported': 'Imagen con esquema 1 de Docker no admitida',
  'cause.image-pull-secret': 'Secreto de descarga de imágenes ausente o mal formado',
  'cause.rate-limited': 'El registro limita la frecuencia de peticiones',
  'cause.tls': 'Certificado TLS no fiable',
  'cause.registry-error': 'Error del propio registro',
  'cause.invalid-reference': 'Referencia de imagen no válida',
  'cause.unknown': 'Causa no identificada',

  'summary.permission-denied':
    'El registro rechazó la descarga (HTTP {httpStatus}): la identidad que descarga {image} no tiene {permission} sobre {resource}. Artifact Registry responde igual cuando el repositorio no existe, así que el plan primero distingue ambos casos.',
  'summary.unauthenticated':
    'La descarga de {image} desde {registry} llegó al registro sin credenciales válidas (HTTP {httpStatus}), así que se trató como anónima y se rechazó.',
  'summary.access-scope':
    'El nodo obtiene un token, pero sus ámbitos de acceso OAuth no permiten leer de Artifact Registry; los ámbitos no se pueden cambiar en nodos existentes.',
  'summary.not-found':
    '{registry} no tiene ningún manifiesto para {image}: la etiqueta, el digest, la imagen o el nombre del repositorio son incorrectos, o se eliminaron.',
  'summary.network':
    'El nodo no pudo llegar a {registry} (DNS, enrutamiento, cortafuegos o Acceso privado a Google), así que la descarga de {image} agotó el tiempo o fue rechazada.',
  'summary.vpc-service-controls':
    'Un perímetro de VPC Service Controls rechazó la petición a {registry}: el nodo, su cuenta de servicio o el proyecto de la imagen quedan fuera de las reglas del perímetro.',
  'summary.platform-mismatch':
    'La imagen {image} no tiene manifiesto para el sistema operativo o la arquitectura de CPU del nodo.',
  'summary.schema-unsupported':
    'La imagen {image} usa el formato de manifiesto del esquema 1 de Docker, que containerd 2.0 (GKE 1.33 y posteriores) ya no descarga.',
  'summary.image-pull-secret':
    'El Pod nombra un secreto de descarga ({secret}) que no existe en su espacio de nombres o no es un secreto kubernetes.io/dockerconfigjson válido.',
  'summary.rate-limited':
    '{registry} está limitando las descargas (HTTP {httpStatus}): demasiadas peticiones para la cuota del proyecto o del cliente.',
  'summary.tls':
    'El nodo no confía en el certificado TLS que presenta {registry}, a menudo porque un proxy intercepta el TLS.',
  'summary.registry-error':
    '{registry} respondió con un error propio (HTTP {httpStatus}); la petición en sí puede ser correcta.',
  'summary.invalid-reference':
    'La referencia de imagen {image} no es válida, así que el kubelet ni siquiera intentó descargarla.',
  'summary.unknown':
    'El texto no muestra un fallo de descarga reconocible. El plan revisa el nodo y la descarga paso a paso.',
  'summary.unknown.back-off-only':
    'Solo se indicó el estado de espera (ImagePullBackOff / ErrImagePull). La causa está en el evento anterior "Failed to pull image"; el primer paso lo obtiene.',
  'summary.unknown.empty':
    'No se indicó ningún texto de error. El plan reproduce la descarga en el nodo para encontrar la causa.',
  'summary.request-image-invalid':
    'La imagen de la petición no es una referencia válida: {imageError}',

  'value.unknown.image': 'la imagen',
  'value.unknown.registry': 'el registro',
  'value.unknown.httpStatus': 'no indicado',
  'value.unknown.permission':
    'el permiso de descarga (artifactregistry.repositories.downloadArtifacts)',
  'value.unknown.resource': 'el repositorio',
  'value.unknown.secret': 'nombre no indicado',

  'step.gather-events.title': 'Obtener el evento que indica la causa',
  'step.gather-events.detail':
    'ImagePullBackOff solo indica que el kubelet espera antes de reintentar. El motivo está en el evento Warning anterior "Failed to pull image ...". Describa el Pod y liste sus eventos; después envíe el mensaje completo de ese evento para obtener un plan para su causa.',
  'step.gather-events.expect':
    'Un evento Warning "Failed to pull image "{image}": ..." con la respuesta del registro (403, 404, i/o timeout, ...).',

  'step.find-node.title': 'Encontrar el nodo que ejecuta el Pod',
  'step.find-node.detail':
    'La columna NODE del Pod es el nodo que hay que revisar; la etiqueta topology.kubernetes.io/zone del nodo es su zona.',
  'step.find-node.expect': 'El nombre del nodo y su zona.',

  'step.connect-node.title': 'Conectarse al nodo {nodeName}',
  'step.connect-node.detail.linux.gcloud':
    'Abra una sesión SSH en el nodo con gcloud. Los comandos siguientes se ejecutan allí.',
  'step.connect-node.detail.linux.console':
    'En la consola de Google Cloud abra Compute Engine > Instancias de VM, busque {nodeName} (proyecto {projectId}, zona {zone}) y pulse SSH en su fila. Se abre un terminal en el navegador conectado al nodo; los comandos siguientes se ejecutan allí.',
  'step.connect-node.detail.windows.gcloud':
    'A los nodos Windows se llega por RDP. Abra un túnel de IAP al puerto 3389, conecte un cliente RDP a localhost:3389 (antes defina una contraseña de Windows con gcloud compute reset-windows-password o con el botón de la consola) y abra PowerShell como administrador. Si el nodo tiene SSH activado, gcloud compute ssh también sirve.',
  'step.connect-node.detail.windows.console':
    'En la consola de Google Cloud abra Compute Engine > Instancias de VM, busque {nodeName} (proyecto {projectId}, zona {zone}), defina una contraseña de Windows y pulse RDP en su fila. En el nodo abra PowerShell como administrador; los comandos siguientes se ejecutan allí.',
  'step.connect-node.expect': 'Una consola (PowerShell en Windows) en {nodeName}.',

  'step.explain-runtime.title':
    'Revisar el entorno de ejecución que usa Kubernetes: containerd, mediante crictl',
  'step.explain-runtime.detail':
    'Los nodos de GKE ejecutan los contenedores con containerd, no con Docker. Kubernetes guarda sus imágenes y contenedores en el espacio de nombres k8s.io de containerd, que la CLI docker no ve (y en los nodos actuales docker no está instalado). Un docker pull probaría el almacén y las credenciales propios de Docker, no lo que hace el kubelet. Use crictl, que habla con containerd por la misma CRI que el kubelet.',
  'step.explain-runtime.detail.windows':
    'Los nodos Windows de GKE ejecutan los contenedores con containerd, que funciona como el servicio de Windows "containerd". Kubernetes guarda sus imágenes en el espacio de nombres k8s.io de containerd, que docker no ve. Use crictl desde un PowerShell de administrador; habla con containerd por la misma CRI que el kubelet.',
  'step.explain-runtime.expect':
    'containerd está en marcha y crictl lista los contenedores de Kubernetes del nodo.',
  'step.explain-runtime.expect.windows':
    'Get-Service muestra containerd en estado Running y crictl lista los contenedores de Kubernetes del nodo.',

  'step.check-metadata-token.title':
    'Comprobar que el nodo obtiene un token con los ámbitos correctos',
  'step.check-metadata-token.detail':
    'El kubelet descarga de Artifact Registry con el token de la cuenta de servicio del nodo que da el servidor de metadatos. El endpoint del token debe responder 200 y los ámbitos deben incluir cloud-platform o devstorage.read_only.',
  'step.check-metadata-token.expect':
    '200, y una lista de ámbitos que contiene https://www.googleapis.com/auth/cloud-platform o https://www.googleapis.com/auth/devstorage.read_only.',

  'step.check-reachability.title': 'Comprobar DNS y HTTPS desde el nodo hasta {registryHost}',
  'step.check-reachability.detail':
    'Resuelva el nombre del registro y abra https://{registryHost}/v2/ desde el nodo. Los nodos privados necesitan Acceso privado a Google en su subred (o Cloud NAT); las zonas DNS privadas o restringidas de las API de Google deben cubrir pkg.dev y gcr.io.',
  'step.check-reachability.expect':
    'El nombre se resuelve a una dirección y /v2/ responde 401 (accesible; pide credenciales) o 200.',

  'step.pull-on-node.title': 'Descargar {image} en el nodo como lo haría el kubelet',
  'step.pull-on-node.detail.public': 'El repositorio es público: descargue sin credenciales.',
  'step.pull-on-node.detail.private':
    'Obtenga del servidor de metadatos (cabecera Metadata-Flavor: Google) un token de acceso de la cuenta de servicio del nodo en una variable de la consola y descargue con él. El token no sale del nodo: no lo pegue nunca en una incidencia ni en un registro compartido.',
  'step.pull-on-node.expect': 'Image is up to date for sha256:…',

  'step.runtime-logs.title': 'Leer los registros del entorno de ejecución de contenedores',
  'step.runtime-logs.detail':
    'Los registros del entorno de ejecución muestran la respuesta del registro en cada intento de descarga. En el Explorador de registros tienen el LOG NAME container-runtime; en un nodo Linux están en el diario de containerd.',
  'step.runtime-logs.detail.windows':
    'Los registros del entorno de ejecución muestran la respuesta del registro en cada intento de descarga. En un nodo Windows containerd escribe C:\\etc\\kubernetes\\logs\\containerd.log; el Explorador de registros lo muestra con el LOG NAME container-runtime.',
  'step.runtime-logs.expect':
    'Líneas sobre {image} con la respuesta del registro; envíelas en una nueva petición para obtener un plan específico.',

  'step.tell-apart.title': 'Distinguir "denegado" de "no existe"',
  'step.tell-apart.detail':
    'Artifact Registry dice "Permission ... denied on resource ... (or it may not exist)" en ambos casos. Describa el repositorio y la imagen con su propia cuenta (con permisos suficientes): si ambos existen, a la identidad del nodo le falta acceso; si no, la referencia es incorrecta.',
  'step.tell-apart.expect':
    'Ambos comandos muestran el recurso (existe, así que el problema es el acceso). NOT_FOUND indica que la referencia es incorrecta.',

  'step.identify-node-sa.title': 'Identificar la cuenta de servicio del nodo y sus ámbitos',
  'step.identify-node-sa.detail':
    'Los nodos descargan con su cuenta de servicio (salvo que el Pod tenga imagePullSecrets). Anote su correo y sus ámbitos: la cuenta de servicio predeterminada de Compute Engine es PROJECT_NUMBER-compute@developer.gserviceaccount.com.',
  'step.identify-node-sa.expect':
    'El correo de la cuenta de servicio y unos ámbitos que incluyen cloud-platform o devstorage.read_only.',

  'step.check-repo-iam.title': 'Comprobar quién puede leer el repositorio',
  'step.check-repo-iam.detail':
    'La cuenta de servicio del nodo necesita roles/artifactregistry.reader (o un rol con artifactregistry.repositories.downloadArtifacts) en el repositorio o en el proyecto {arProject}, que puede no ser el del clúster.',
  'step.check-repo-iam.expect':
    'serviceAccount:{nodeServiceAccount} vinculada a roles/artifactregistry.reader en el repositorio o el proyecto.',

  'step.grant-reader.title': 'Conceder acceso de lectura a la cuenta de servicio del nodo',
  'step.grant-reader.detail':
    'Vincule roles/artifactregistry.reader en el repositorio (más acotado que el proyecto). Si el registro está en otro proyecto, esta vinculación va en el proyecto del registro {arProject}. Los cambios de IAM se aplican en pocos minutos.',
  'step.grant-reader.expect': 'Updated IAM policy for repository [{arRepository}].',

  'step.list-tags.title': 'Listar lo que contiene realmente el repositorio',
  'step.list-tags.detail':
    'Compare la etiqueta o el digest que usa el Pod con los del repositorio; las etiquetas distinguen mayúsculas y minúsculas.',
  'step.list-tags.expect': 'La etiqueta o el digest de {image} aparece en la lista.',

  'step.fix-reference.title': 'Corregir la referencia de la imagen en la carga de trabajo',
  'step.fix-reference.detail':
    'Use la forma LOCATION-docker.pkg.dev/PROJECT_ID/REPOSITORY/IMAGE:TAG (o @sha256:DIGEST): ruta en minúsculas, un repositorio y una etiqueta que existan. Actualice el Deployment (u otra carga de trabajo) al que pertenece el Pod.',
  'step.fix-reference.expect': 'La carga de trabajo despliega Pods nuevos con la imagen corregida.',

  'step.new-node-pool-scopes.title': 'Crear un grupo de nodos con ámbitos suficientes',
  'step.new-node-pool-scopes.detail':
    'Los ámbitos de acceso no se pueden cambiar en nodos existentes. Cree un grupo de nodos con el ámbito cloud-platform (así el acceso lo decide IAM), mueva las cargas de trabajo (acordone y vacíe el grupo antiguo) y después elimine el grupo antiguo.',
  'step.new-node-pool-scopes.expect':
    'El grupo de nodos nuevo está RUNNING y los Pods nuevos se programan en él.',

  'step.configure-docker-auth.title':
    'Configurar credenciales para {registryHost} (descargas desde una estación de trabajo o CI)',
  'step.configure-docker-auth.detail':
    'Cuando la descarga que falla se hace fuera de GKE (CLI docker, CI), el cliente debe tener credenciales para ese host exacto; si no, pide un token anónimo, que un repositorio privado rechaza.',
  'step.configure-docker-auth.expect':
    'Archivo de configuración de Docker actualizado, y docker pull {image} funciona.',

  'step.check-subnet-pga.title': 'Comprobar el Acceso privado a Google en la subred del nodo',
  'step.check-subnet-pga.detail':
    'Los nodos sin dirección IP externa solo llegan a Artifact Registry mediante el Acceso privado a Google de su subred (o Cloud NAT). Lea la subred del nodo y después su indicador privateIpGoogleAccess.',
  'step.check-subnet-pga.expect': 'True',

  'step.check-dns-zones.title':
    'Revisar las zonas DNS privadas y las reglas de cortafuegos de salida',
  'step.check-dns-zones.detail':
    'Una zona privada de googleapis.com que dirige a private.googleapis.com o restricted.googleapis.com necesita también zonas para pkg.dev y gcr.io; si no, el nombre del registro no se resuelve. Las reglas de salida deben permitir TCP 443 hacia las API de Google.',
  'step.check-dns-zones.expect':
    'O no hay zona privada de googleapis.com, o también hay zonas para pkg.dev y gcr.io; ninguna regla de salida deniega el 443.',

  'step.enable-pga.title': 'Activar el Acceso privado a Google en la subred',
  'step.enable-pga.detail':
    'Permite que los nodos sin dirección IP externa lleguen a las API de Google, incluido *.pkg.dev.',
  'step.enable-pga.expect': 'Updated subnetwork [{subnet}].',

  'step.find-vpcsc-violation.title': 'Buscar la infracción de VPC Service Controls',
  'step.find-vpcsc-violation.detail':
    'La denegación incluye un vpcServiceControlsUniqueIdentifier. La entrada del registro de auditoría con ese identificador indica el perímetro, el servicio afectado y quién hizo la llamada.',
  'step.find-vpcsc-violation.expect':
    'Una entrada de auditoría que nombra el perímetro y el motivo de la infracción.',

  'step.list-perimeters.title': 'Listar los perímetros de servicio',
  'step.list-perimeters.detail':
    'Busque el perímetro que restringe artifactregistry.googleapis.com y compruebe si el proyecto del clúster y el del registro están ambos dentro.',
  'step.list-perimeters.expect': 'El perímetro, sus proyectos y sus servicios restringidos.',

  'step.add-ingress-rule.title': 'Permitir la entrada de la identidad del nodo en el perímetro',
  'step.add-ingress-rule.detail':
    'O bien ponga ambos proyectos en el mismo perímetro, o bien añada una regla de entrada cuyo origen sea la cuenta de servicio del nodo (o la red VPC del clúster) y cuyo destino sea artifactregistry.googleapis.com en el proyecto del registro. Escriba la regla en un archivo YAML y aplíquela. Dentro de un perímetro los nodos deben usar el enrutamiento de restricted.googleapis.com para el acceso privado.',
  'step.add-ingress-rule.expect':
    'La actualización del perímetro termina sin errores y una nueva descarga no se rechaza.',

  'step.inspect-platforms.title': 'Comparar las plataformas de la imagen con las de los nodos',
  'step.inspect-platforms.detail':
    'Liste las plataformas (sistema operativo/arquitectura) del índice de la imagen y las etiquetas de sistema operativo y arquitectura de los nodos. Los nodos Arm (por ejemplo T2A, C4A) necesitan linux/arm64; los nodos Windows necesitan una imagen Windows de su misma versión.',
  'step.inspect-platforms.expect':
    'La imagen incluye el sistema operativo/arquitectura del nodo que falló.',

  'step.rebuild-multiarch.title': 'Construir y subir una imagen multiplataforma',
  'step.rebuild-multiarch.detail':
    'Reconstruya desde el código fuente de la imagen para todas las plataformas de los nodos y suba el índice resultante a la misma etiqueta.',
  'step.rebuild-multiarch.expect': 'El índice subido incluye linux/amd64 y linux/arm64.',

  'step.pin-node-selector.title': 'O programar los Pods en nodos que la imagen admite',
  'step.pin-node-selector.detail':
    'Si la imagen no se puede reconstruir, añada un nodeSelector sobre kubernetes.io/arch (o kubernetes.io/os) para que los Pods solo se ejecuten en nodos cuya plataforma tiene la imagen.',
  'step.pin-node-selector.expect':
    'Los Pods nuevos se programan en nodos con la arquitectura elegida.',

  'step.check-runtime-version.title': 'Comprobar la versión de containerd de los nodos',
  'step.check-runtime-version.detail':
    'La columna CONTAINER-RUNTIME muestra containerd://2.x en los nodos que ya no descargan imágenes con esquema 1 (GKE 1.33 y posteriores en Linux).',
  'step.check-runtime-version.expect': 'La versión del entorno de ejecución de cada nodo.',

  'step.inspect-manifest.title': 'Comprobar el formato del manifiesto de la imagen',
  'step.inspect-manifest.detail':
    'Un manifiesto con esquema 1 tiene "schemaVersion": 1 y el tipo de medio application/vnd.docker.distribution.manifest.v1+prettyjws.',
  'step.inspect-manifest.expect':
    '"schemaVersion": 2 con un tipo de medio Docker v2 u OCI (entonces la imagen está bien).',

  'step.convert-schema.title':
    'Volver a subir la imagen con el esquema 2 de Docker (o reconstruirla como OCI)',
  'step.convert-schema.detail':
    'skopeo convierte el manifiesto al copiarlo. Reconstruir y subir con una herramienta actual (docker buildx, Cloud Build) también produce esquema 2 u OCI. Después use el digest nuevo.',
  'step.convert-schema.expect':
    'Storing signatures, e inspect-manifest muestra ahora "schemaVersion": 2.',

  'step.check-pull-secret.title': 'Revisar el secreto de descarga del Pod',
  'step.check-pull-secret.detail':
    'El secreto nombrado en imagePullSecrets debe existir en el espacio de nombres del Pod y ser de tipo kubernetes.io/dockerconfigjson. No muestre sus datos: contienen una credencial.',
  'step.check-pull-secret.expect': 'kubernetes.io/dockerconfigjson',

  'step.create-pull-secret.title': 'Crear el secreto de descarga de imágenes',
  'step.create-pull-secret.detail':
    'En GKE con Artifact Registry es preferible conceder roles/artifactregistry.reader a la cuenta de servicio del nodo y no usar ningún secreto. Si hace falta un secreto, créelo a partir de una clave de cuenta de servicio (un token de acceso por sí solo caducaría en menos de una hora), o evite las claves de larga duración: deje que POST /v1/tokens de este servicio escriba un Secret de corta duración y renuévelo con un CronJob (vea el README).',
  'step.create-pull-secret.expect': 'secret/{secretName} created',

  'step.attach-pull-secret.title': 'Referenciar el secreto desde la cuenta de servicio del Pod',
  'step.attach-pull-secret.detail':
    'Los Pods que usan esta cuenta de servicio envían entonces el secreto en cada descarga; o bien inclúyalo en spec.imagePullSecrets de la carga de trabajo.',
  'step.attach-pull-secret.expect': 'serviceaccount/default patched',

  'step.count-rate-limited.title': 'Medir cuántas descargas se están limitando',
  'step.count-rate-limited.detail':
    'Muchos nodos descargando la misma imagen a la vez (escalado, despliegue) pueden superar la cuota. El kubelet reintenta por sí solo con esperas crecientes.',
  'step.count-rate-limited.expect': 'Un número pequeño que deja de crecer.',

  'step.check-quota.title': 'Revisar los errores de cuota de Artifact Registry',
  'step.check-quota.detail':
    'Artifact Registry limita las peticiones por proyecto y región, y cada descarga hace varias peticiones. Los errores de cuota aparecen en los registros de auditoría; la página Cuotas de la consola muestra los límites.',
  'step.check-quota.expect':
    'Ninguna entrada RESOURCE_EXHAUSTED (si las hay, pida más cuota o descargue con menos frecuencia).',

  'step.create-remote-repo.title':
    'Descargar a través de un repositorio remoto de Artifact Registry',
  'step.create-remote-repo.detail':
    'Para imágenes de Docker Hub, un repositorio remoto las guarda en caché en su proyecto y evita los límites de Docker Hub. Fije las imágenes por digest y use imagePullPolicy: IfNotPresent para reducir descargas repetidas.',
  'step.create-remote-repo.expect': 'Created repository [{remoteRepository}].',

  'step.check-certificate.title': 'Comprobar el certificado que presenta {registryHost}',
  'step.check-certificate.detail':
    'Los registros de Google presentan certificados emitidos por Google Trust Services. Otro emisor indica que un proxy intercepta el TLS.',
  'step.check-certificate.expect':
    'Una cadena de certificados emitida por Google Trust Services, y 401 o 200 desde /v2/.',

  'step.trust-ca.title': 'Hacer que containerd confíe en la autoridad de certificación del proxy',
  'step.trust-ca.detail':
    'O bien excluya los hosts del registro de la interceptación TLS, o bien dé a los nodos la CA del proxy: GKE lee la configuración de CA de containerd de un archivo que hace referencia a un certificado guardado en Secret Manager.',
  'step.trust-ca.expect': 'La actualización del clúster termina y la descarga en el nodo funciona.',

  'step.check-registry-health.title': 'Comprobar que el registro responde',
  'step.check-registry-health.detail':
    'Un 5xx o un 4xx inesperado del registro es un problema de su lado; consulte la página de estado de Google Cloud. Un "Request Rejected" de gcr.io es una condición del proyecto que aloja la imagen y solo sus propietarios pueden resolverla.',
  'step.check-registry-health.expect': '401 o 200 desde /v2/.',

  'step.retry-pull.title': 'Reintentar la descarga',
  'step.retry-pull.detail':
    'El kubelet reintenta por sí solo con esperas crecientes. Para reintentar ya, elimine el Pod y su controlador creará uno nuevo.',
  'step.retry-pull.expect': 'El Pod nuevo llega a Running.',

  'step.show-reference.title': 'Mostrar la referencia de imagen que usa el Pod',
  'step.show-reference.detail':
    'Busque mayúsculas en la ruta, espacios, un segmento de repositorio ausente, un esquema de URL (https://) o una etiqueta incorrecta. {imageError}',
  'step.show-reference.expect':
    'Una referencia como LOCATION-docker.pkg.dev/PROJECT_ID/REPOSITORY/IMAGE:TAG.',

  'step.fix-check.title': 'Corregir la condición previa que falla: {checkId}',
  'step.fix-check.detail': '{message} {summary}',
  'step.fix-check.expect': 'La comprobación {checkId} se cumple al evaluarla de nuevo.',

  'md.title': 'Diagnóstico de descarga de imágenes: {cause}',
  'md.diagnosis': 'Diagnóstico',
  'md.cause': 'Causa',
  'md.confidence': 'Confianza',
  'md.alternatives': 'Otras causas posibles',
  'md.evidence': 'Indicios',
  'md.extracted': 'Datos encontrados en el error',
  'md.steps': 'Pasos',
  'md.expect': 'Resultado esperado',
  'md.on-failure': 'Si falla, vaya al paso {number} ({step}).',
  'md.on-failure.end':
    'Si falla, reúna la salida de los pasos anteriores y contacte con el soporte.',
  'md.branch': 'Solo cuando un paso anterior le envíe aquí.',
  'md.runs-on.workstation': 'Ejecútelo en su estación de trabajo (sirve Cloud Shell):',
  'md.runs-on.node': 'Ejecútelo en el nodo:',
  'md.mutates': 'Esto cambia su proyecto o su clúster.',
  'md.no-commands': 'Sin comandos: siga la descripción.',
  'md.placeholders': 'Sustituya estos marcadores por sus valores: {names}.',
  'md.checks': 'Comprobaciones previas',
  'md.field': 'Campo',
  'md.value': 'Valor',

  'sh.header':
    'Plan de diagnóstico de un fallo de descarga de imagen. Causa: {cause} (confianza {confidence}).',
  'sh.safety':
    'Solo lectura por defecto: los comandos que cambian el clúster, IAM o el registro solo se ejecutan con --apply; si no, se muestran.',
  'sh.usage':
    'Uso: bash SCRIPT [--apply] [--on-node]. --on-node ejecuta aquí los comandos del nodo (cuando este script se ejecuta en el nodo).',
  'sh.values':
    'Valores que la petición no indicó: defínalos en el entorno, por ejemplo NODE_NAME=mi-nodo bash SCRIPT.',
  'sh.step': 'Paso {number}: {title}',
  'sh.failed': 'Falló el paso {number}: {title}.',
  'sh.expected': 'Se esperaba: {expect}',
  'sh.next': 'Siguiente: paso {next}.',
  'sh.next-end': 'Era el último paso: reúna la salida anterior y contacte con el soporte.',
  'sh.would-run': 'Cambia algo; no se ejecuta sin --apply:',
  'sh.manual-node':
    'Ejecútelo en el nodo (conéctese primero como se describe) o vuelva a ejecutar este script allí con --on-node:',
  'sh.powershell': 'PowerShell en el nodo Windows (vea los comentarios de este script):',
  'sh.missing-value': 'falta un valor: defina {name} en el entorno y vuelva a ejecutar.',
  'sh.unknown-option': 'opción desconocida',
  'sh.done': 'Todos los pasos completados.',
  'sh.skipped-workstation': 'Se ejecuta en la estación de trabajo; no se ejecuta con --on-node:',
  'sh.from-unknown': 'no existe ese paso',
  'sh.branch': 'Paso opcional, solo cuando un paso anterior le envíe aquí:',
};
