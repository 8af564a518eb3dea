import type { WORKLOAD_IDENTITY_MESSAGES } from '../en/workload-identity';

export const WORKLOAD_IDENTITY_MESSAGES_ES: Record<
  keyof typeof WORKLOAD_IDENTITY_MESSAGES,
  string
> = {
  'wif.id.invalid': '{field} {value} no es válido como {what}: {rule} ({source}).',
  'wif.what.pool-id': 'ID de grupo de identidades de carga de trabajo',
  'wif.what.provider-id': 'ID de proveedor de grupo de identidades de carga de trabajo',
  'wif.what.project-number': 'número de proyecto',
  'wif.what.project-id': 'ID de proyecto',
  'wif.what.namespace': 'nombre de espacio de nombres de Kubernetes',
  'wif.what.service-account': 'nombre de cuenta de servicio de Kubernetes',
  'wif.what.issuer': 'emisor OIDC',
  'wif.what.jwks': 'JWKS',
  'wif.rule.pool-id':
    'de 4 a 32 caracteres, solo letras minúsculas, dígitos y guiones; el prefijo "gcp-" está reservado para Google',
  'wif.rule.project-id':
    'de 6 a 30 letras minúsculas, dígitos y guiones, que empiece por una letra y no termine en guion (o DOMINIO:PROYECTO para un proyecto con alcance de dominio)',
  'wif.rule.project-number':
    'solo dígitos, el número de proyecto que imprime `gcloud projects describe PROJECT_ID --format="value(projectNumber)"`',
  'wif.rule.subject-length':
    'google.subject (asignado desde el sub del token, "{subject}") ocupa {bytes} bytes y puede ocupar como máximo 127 bytes; usa un espacio de nombres o una cuenta de servicio con un nombre más corto',
  'wif.rule.issuer':
    'una URL https sin usuario, contraseña, consulta ni fragmento: el emisor de cuentas de servicio del clúster, tal como lo imprime `kubectl get --raw /.well-known/openid-configuration` en "issuer"',
  'wif.rule.jwks':
    'un conjunto de claves web JSON {"keys": [...]} con entre 1 y {max} claves, cada una con "kty"',
  'wif.rule.namespace':
    'un espacio de nombres de Kubernetes: una etiqueta DNS-1123 (letras minúsculas, dígitos y "-", como máximo 63 caracteres)',
  'wif.rule.service-account':
    'un nombre de cuenta de servicio de Kubernetes: un subdominio DNS-1123 (letras minúsculas, dígitos, "-" y ".", como máximo 253 caracteres)',
  'wif.summary':
    'Permite que la cuenta de servicio de Kubernetes {subject} del clúster {issuer} lea {repository} a través del grupo de identidades de carga de trabajo {pool} del proyecto {projectId}: {count} pasos, en orden.',
  'wif.md.title': 'Federación de identidades de carga de trabajo para {subject}',
  'wif.md.facts': 'Valores',
  'wif.md.on-failure.end':
    'Si falla, corrige lo que indica el error y vuelve a ejecutar este paso.',
  'wif.sh.header':
    'Federación de identidades de carga de trabajo: {subject} de {issuer} lee {repository}.',
  'wif.sh.next-end':
    'Corrige lo que indica el error y vuelve a ejecutar este paso: bash SCRIPT --from={step}.',
  'wif.step.enable-apis.title': 'Habilita las APIs que necesita la federación',
  'wif.step.enable-apis.detail':
    'La federación de identidades de carga de trabajo necesita las APIs de IAM, Resource Manager, Service Account Credentials y Security Token Service en el proyecto del grupo ({projectId}).',
  'wif.step.enable-apis.expect':
    'El comando termina sin errores ("Operation finished successfully" o nada).',
  'wif.step.write-jwks.title': 'Guarda las claves de firma del clúster',
  'wif.step.write-jwks.detail':
    'Google no puede acceder al emisor {issuer}, así que el proveedor recibe sus claves (el JWKS que llevaba la solicitud, tal como lo imprime `kubectl get --raw /openid/v1/jwks`). Actualiza el proveedor con un archivo nuevo cada vez que el clúster rote su clave de firma de cuentas de servicio.',
  'wif.step.write-jwks.expect': 'El archivo {jwksFile} contiene el conjunto de claves.',
  'wif.step.create-pool.title': 'Crea el grupo de identidades de carga de trabajo',
  'wif.step.create-pool.detail':
    'El grupo {pool} del proyecto {projectId} (número {projectNumber}) contiene las identidades de tu clúster. Los grupos son globales.',
  'wif.step.create-pool.expect':
    '"Created workload identity pool [{pool}]". Si ya existe, no pasa nada: continúa.',
  'wif.step.create-provider.title': 'Confía en el emisor de cuentas de servicio del clúster',
  'wif.step.create-provider.detail':
    'El proveedor OIDC {provider} acepta los tokens de cuentas de servicio del clúster (emisor {issuer}) y asigna su sub (system:serviceaccount:NAMESPACE:NAME) a google.subject, que debe caber en 127 bytes.',
  'wif.step.create-provider.expect':
    'gcloud imprime "Created workload identity pool provider [{provider}]".',
  'wif.step.grant-reader.title': 'Permite que la cuenta de servicio lea el repositorio',
  'wif.step.grant-reader.detail':
    'Concede roles/artifactregistry.reader en {repository} a la principal {principal}: la propia cuenta de servicio de Kubernetes {subject}, sin ninguna cuenta de servicio de Google de por medio.',
  'wif.step.grant-reader.expect':
    'La política de IAM actualizada incluye {principal} en roles/artifactregistry.reader.',
  'wif.step.check-grant.title': 'Comprueba la vinculación',
  'wif.step.check-grant.detail': 'Vuelve a leer la política de IAM del repositorio: solo lee.',
  'wif.step.check-grant.expect': 'La salida contiene {principal}.',
  'wif.step.create-cred-config.title':
    'Da a las cargas de trabajo una configuración de credenciales',
  'wif.step.create-cred-config.detail':
    'Para las cargas de trabajo que llaman ellas mismas a las APIs de Google (las bibliotecas de cliente de Cloud, gcloud): la configuración les indica que intercambien el token proyectado de la cuenta de servicio de /var/run/service-account/token. Monta el ConfigMap y un volumen proyectado serviceAccountToken con la audiencia {audience} en /var/run/service-account en los Pods de {subject}, y define GOOGLE_APPLICATION_CREDENTIALS con el credential-configuration.json montado.',
  'wif.step.create-cred-config.expect':
    'Se escribe credential-configuration.json y se crea configmap/{configMap} en {namespace}.',
  'wif.step.kubelet-credential-provider.title':
    'Permite que el kubelet extraiga imágenes con la identidad del Pod',
  'wif.step.kubelet-credential-provider.detail':
    'El kubelet extrae las imágenes él mismo, antes de que se ejecute ningún Pod: en Kubernetes 1.34 o posterior pasa el token de la cuenta de servicio del Pod al proveedor de credenciales de gke-pull-assistant ({serviceUrl}), que genera la credencial de extracción. En el servicio, confía en el emisor (AUTH_TRUSTED_ISSUERS: {"issuer": "{issuer}", "jwksUri": "..."}) y permite que {subject} extraiga de {repository} en ACCESS_POLICY. Después concede a los nodos la audiencia del token y, en cada nodo, instala el complemento (deploy/kubelet/gke-pull-assistant-credential-provider) y su configuración, e inicia el kubelet con --image-credential-provider-config=/etc/kubernetes/image-credential-provider-config.yaml --image-credential-provider-bin-dir=/etc/kubernetes/image-credential-providers.',
  'wif.step.kubelet-credential-provider.expect':
    'Un Pod de {subject} con una imagen de {repository} y sin imagePullSecrets se inicia; sus eventos muestran "Successfully pulled image".',
  'wif.step.pull-secret.title': 'Kubelets anteriores: un imagePullSecret renovado',
  'wif.step.pull-secret.detail':
    'Donde el kubelet no puede pasar tokens de cuentas de servicio (antes de Kubernetes 1.33), escribe un imagePullSecret desde /v1/tokens con un token de {subject} y renuévalo antes de que caduque (el CronJob del README lo hace cada 4 minutos). Haz referencia a él desde los Pods o desde los imagePullSecrets de la cuenta de servicio.',
  'wif.step.pull-secret.expect': 'secret/ar-pull configured (o created) en {namespace}.',
};
