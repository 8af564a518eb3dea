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
  'cause.vpc-service-controls': 'Bloqueado por VPC Service Controls',
  'cause.platform-mismatch': 'No hay imagen para la plataforma del nodo',
  'cause.schema-unsupported': 'Imagen de Docker con esquema 1 no admitida',
  'cause.image-pull-secret': 'Falta el secreto de extracción de imágenes o está mal formado',
  'cause.rate-limited': 'El registro limita la frecuencia de las solicitudes',
  'cause.tls': 'Certificado TLS no fiable',
  'cause.registry-error': 'Error del propio registro',
  'cause.invalid-reference': 'Referencia de imagen no válida',
  'cause.unknown': 'Causa no identificada',

  'summary.permission-denied':
    'El registro rechazó la extracción (HTTP {httpStatus}): la identidad que extrae {image} no tiene {permission} en {resource}. Artifact Registry responde igual cuando el repositorio no existe, así que el plan distingue primero los dos casos.',
  'summary.unauthenticated':
    'La extracción de {image} de {registry} llegó al registro sin credenciales válidas (HTTP {httpStatus}), así que se trató como anónima y se rechazó.',
  'summary.access-scope':
    'El nodo obtiene un token, pero sus permisos de acceso de OAuth no permiten leer de Artifact Registry; los permisos de acceso no se pueden cambiar en los nodos existentes.',
  'summary.not-found':
    '{registry} no tiene ningún manifiesto para {image}: la etiqueta, el resumen, la imagen o el nombre del repositorio son incorrectos, o se eliminaron.',
  'summary.network':
    'El nodo no pudo conectarse con {registry} (DNS, enrutamiento, cortafuegos o Acceso privado a Google), así que la extracción de {image} agotó el tiempo de espera o se rechazó.',
  'summary.vpc-service-controls':
    'Un perímetro de VPC Service Controls rechazó la solicitud a {registry}: el nodo, su cuenta de servicio o el proyecto de la imagen quedan fuera de las reglas del perímetro.',
  'summary.platform-mismatch':
    'La imagen {image} no tiene ningún manifiesto para el sistema operativo o la arquitectura de CPU del nodo.',
  'summary.schema-unsupported':
    'La imagen {image} usa el formato de manifiesto del esquema 1 de Docker, que containerd 2.0 (GKE 1.33 y versiones posteriores) ya no extrae.',
  'summary.image-pull-secret':
    'El Pod indica un secreto de extracción de imágenes ({secret}) que no existe en su espacio de nombres o que no es un secreto kubernetes.io/dockerconfigjson válido.',
  'summary.rate-limited':
    '{registry} está limitando las extracciones (HTTP {httpStatus}): hay demasiadas solicitudes para la cuota del proyecto o del cliente.',
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
    'Abre una sesión SSH en el nodo con gcloud. Los comandos siguientes se ejecutan allí.',
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
    'El kubelet extrae imágenes de Artifact Registry con el token de la cuenta de servicio del nodo que proporciona el servidor de metadatos. El endpoint del token tiene que responder 200 y los permisos de acceso tienen que incluir cloud-platform o devstorage.read_only.',
  'step.check-metadata-token.expect':
    '200 y una lista de permisos de acceso que contiene https://www.googleapis.com/auth/cloud-platform o https://www.googleapis.com/auth/devstorage.read_only.',

  'step.check-reachability.title': 'Comprobar el DNS y el HTTPS desde el nodo hasta {registryHost}',
  'step.check-reachability.detail':
    'Resuelve el host del registro y abre https://{registryHost}/v2/ desde el nodo. Los nodos privados necesitan Acceso privado a Google en su subred (o Cloud NAT); las zonas DNS privadas o restringidas de las APIs de Google tienen que cubrir pkg.dev y gcr.io.',
  'step.check-reachability.expect':
    'El host se resuelve en una dirección y /v2/ responde 401 (accesible; pide credenciales) o 200.',

  'step.pull-on-node.title': 'Extraer {image} en el nodo como lo haría el kubelet',
  'step.pull-on-node.detail.public':
    'El repositorio es público: extrae la imagen sin credenciales.',
  'step.pull-on-node.detail.private':
    'Obtén del servidor de metadatos (encabezado Metadata-Flavor: Google) un token de acceso de la cuenta de servicio del nodo en una variable de la consola y extrae la imagen con él. El token no sale del nodo: no lo pegues nunca en una incidencia ni en registros compartidos.',
  'step.pull-on-node.expect': 'Image is up to date for sha256:…',

  'step.runtime-logs.title': 'Leer los registros del entorno de ejecución de contenedores',
  'step.runtime-logs.detail':
    'Los registros de containerd muestran la respuesta del registro en cada intento de extracción. En el Explorador de registros tienen el LOG NAME container-runtime; en un nodo de Linux están en el journal de systemd (unidad containerd).',
  'step.runtime-logs.detail.windows':
    'Los registros de containerd muestran la respuesta del registro en cada intento de extracción. En un nodo de Windows, containerd escribe en C:\\etc\\kubernetes\\logs\\containerd.log; el Explorador de registros lo muestra con el LOG NAME container-runtime.',
  'step.runtime-logs.expect':
    'Líneas sobre {image} que muestran la respuesta del registro; envíalas en una nueva solicitud para obtener un plan específico.',

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
  'step.fix-reference.detail':
    'Usa la forma LOCATION-docker.pkg.dev/PROJECT_ID/REPOSITORY/IMAGE:TAG (o @sha256:DIGEST): ruta en minúsculas, y un repositorio y una etiqueta que existan. Actualiza el Deployment (u otra carga de trabajo) al que pertenece el Pod.',
  'step.fix-reference.expect': 'La carga de trabajo despliega Pods nuevos con la imagen corregida.',

  'step.new-node-pool-scopes.title': 'Crear un grupo de nodos con permisos de acceso suficientes',
  'step.new-node-pool-scopes.detail':
    'Los permisos de acceso no se pueden cambiar en los nodos existentes. Crea un grupo de nodos con el permiso de acceso cloud-platform (así el acceso lo decide IAM), traslada allí las cargas de trabajo (acordona y vacía el grupo antiguo) y, después, elimina el grupo antiguo.',
  'step.new-node-pool-scopes.expect':
    'El grupo de nodos nuevo está en estado RUNNING y los Pods nuevos se programan en él.',

  'step.configure-docker-auth.title':
    'Configurar credenciales para {registryHost} (extracciones desde una estación de trabajo o desde CI)',
  'step.configure-docker-auth.detail':
    'Cuando la extracción que falla se hace fuera de GKE (CLI de docker, CI), el cliente tiene que tener credenciales para ese host exacto; si no, pide un token anónimo, que un repositorio privado rechaza.',
  'step.configure-docker-auth.expect':
    'Archivo de configuración de Docker actualizado, y docker pull {image} funciona.',

  'step.check-subnet-pga.title': 'Comprobar Acceso privado a Google en la subred del nodo',
  'step.check-subnet-pga.detail':
    'Los nodos sin dirección IP externa solo se conectan con Artifact Registry mediante Acceso privado a Google en su subred (o mediante Cloud NAT). Consulta la subred del nodo y, después, su marca privateIpGoogleAccess.',
  'step.check-subnet-pga.expect': 'True',

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

  'step.find-vpcsc-violation.title': 'Buscar la infracción de VPC Service Controls',
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
  'step.check-pull-secret.expect': 'kubernetes.io/dockerconfigjson',

  'step.create-pull-secret.title': 'Crear el secreto de extracción de imágenes',
  'step.create-pull-secret.detail':
    'En GKE con Artifact Registry, es mejor conceder roles/artifactregistry.reader a la cuenta de servicio del nodo y no usar ningún secreto. Si hace falta un secreto, créalo a partir de una clave de cuenta de servicio (un token de acceso por sí solo caducaría en menos de una hora), o evita las claves de larga duración: deja que POST /v1/tokens de este servicio escriba un Secret de corta duración y renuévalo con un CronJob (consulta el README).',
  'step.create-pull-secret.expect': 'secret/{secretName} created',

  'step.attach-pull-secret.title':
    'Hacer referencia al secreto desde la cuenta de servicio del Pod',
  'step.attach-pull-secret.detail':
    'Así, los Pods que usan esta cuenta de servicio envían el secreto en cada extracción; también puedes incluirlo en spec.imagePullSecrets de la carga de trabajo.',
  'step.attach-pull-secret.expect': 'serviceaccount/default patched',

  'step.count-rate-limited.title': 'Medir cuántas extracciones se están limitando',
  'step.count-rate-limited.detail':
    'Muchos nodos que extraen la misma imagen a la vez (escalado, despliegue) pueden superar la cuota. El kubelet vuelve a intentarlo por sí solo con esperas crecientes.',
  'step.count-rate-limited.expect': 'Un número pequeño que deja de crecer.',

  'step.check-quota.title': 'Revisar los errores de cuota de Artifact Registry',
  'step.check-quota.detail':
    'Artifact Registry limita las solicitudes por proyecto y región, y cada extracción hace varias solicitudes. Los errores de cuota aparecen en los registros de auditoría; la página Cuotas de la consola muestra los límites.',
  'step.check-quota.expect':
    'Ninguna entrada RESOURCE_EXHAUSTED (si las hay, solicita más cuota o extrae imágenes con menos frecuencia).',

  'step.create-remote-repo.title': 'Extraer a través de un repositorio remoto de Artifact Registry',
  'step.create-remote-repo.detail':
    'Para las imágenes de Docker Hub, un repositorio remoto las guarda en caché en tu proyecto y evita los límites de Docker Hub. Fija las imágenes por resumen y usa imagePullPolicy: IfNotPresent para reducir las extracciones repetidas.',
  'step.create-remote-repo.expect': 'Created repository [{remoteRepository}].',

  'step.check-certificate.title': 'Comprobar el certificado que presenta {registryHost}',
  'step.check-certificate.detail':
    'Los registros de Google presentan certificados emitidos por Google Trust Services. Otro emisor indica que un proxy intercepta el TLS.',
  'step.check-certificate.expect':
    'Una cadena de certificados emitida por Google Trust Services, y 401 o 200 desde /v2/.',

  'step.trust-ca.title': 'Hacer que containerd confíe en la autoridad de certificación del proxy',
  'step.trust-ca.detail':
    'Excluye los hosts del registro de la interceptación TLS, o da a los nodos la CA del proxy: GKE lee la configuración de CA de containerd de un archivo que hace referencia a un certificado guardado en Secret Manager.',
  'step.trust-ca.expect':
    'La actualización del clúster termina y la extracción en el nodo funciona.',

  'step.check-registry-health.title': 'Comprobar que el registro responde',
  'step.check-registry-health.detail':
    'Un 5xx o un 4xx inesperado del registro es un problema de su lado; consulta la página de estado de Google Cloud. Un "Request Rejected" de gcr.io es una condición del proyecto que aloja la imagen, y solo sus propietarios pueden resolverla.',
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
    'Solo lectura de forma predeterminada: los comandos que cambian el clúster, IAM o el registro solo se ejecutan con --apply; si no, se muestran.',
  'sh.usage':
    'Uso: bash SCRIPT [--apply] [--on-node]. --on-node ejecuta aquí los comandos del nodo (cuando este script se ejecuta en el nodo).',
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
    'Ejecútalo en el nodo (conéctate primero como se describe) o vuelve a ejecutar este script allí con --on-node:',
  'sh.powershell': 'PowerShell en el nodo de Windows (consulta los comentarios de este script):',
  'sh.missing-value': 'falta un valor: define {name} en el entorno y vuelve a ejecutarlo.',
  'sh.unknown-option': 'opción desconocida',
  'sh.done': 'Se han completado todos los pasos.',
  'sh.skipped-workstation': 'Se ejecuta en la estación de trabajo; no se ejecuta con --on-node:',
  'sh.from-unknown': 'no existe ese paso',
  'sh.branch': 'Paso opcional, solo cuando un paso anterior te envíe aquí:',
};
