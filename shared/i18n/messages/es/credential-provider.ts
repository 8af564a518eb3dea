import type { CREDENTIAL_PROVIDER_MESSAGES } from '../en/credential-provider';

export const CREDENTIAL_PROVIDER_MESSAGES_ES: Record<
  keyof typeof CREDENTIAL_PROVIDER_MESSAGES,
  string
> = {
  'kubelet.token-missing':
    'La solicitud no lleva serviceAccountToken, así que no se sabe quién llama. Define tokenAttributes en el CredentialProviderConfig del kubelet (serviceAccountTokenAudience: la audiencia de este servicio, requireServiceAccount: true) para que el kubelet envíe el token de la cuenta de servicio del Pod; GET /v1/credential-provider/config escribe ese archivo.',
  'kubelet.service-url.invalid':
    '{value} no es una URL a la que el complemento pueda enviar tokens de cuentas de servicio: usa https (http sin cifrar solo en 127.0.0.1, localhost o [::1]), sin usuario, contraseña, consulta ni fragmento.',
  'kubelet.audience.invalid':
    '{value} no es una audiencia de token: de 1 a 512 caracteres ASCII visibles, sin espacios (el AUTH_AUDIENCE del servicio, normalmente su URL).',
  'kubelet.config.comment':
    'Proveedor de credenciales de imágenes del kubelet para gke-pull-assistant en {serviceUrl} (Kubernetes 1.34 o posterior). Pasa este archivo al kubelet con --image-credential-provider-config e instala el complemento como {plugin} en el directorio indicado por --image-credential-provider-bin-dir.',
  'kubelet.rbac.comment':
    'Permite que todos los kubelets (grupo system:nodes) soliciten tokens de cuentas de servicio para la audiencia {audience}, que necesita el proveedor de credenciales (restricción de audiencias de nodos para cuentas de servicio). Aplícalo con kubectl apply -f.',
};
