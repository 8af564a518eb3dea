import type { IMAGE_MESSAGES } from '../en/images';

export const IMAGE_MESSAGES_ES: Record<keyof typeof IMAGE_MESSAGES, string> = {
  'warning.IMPLICIT_LATEST_TAG':
    'No se indicó ninguna etiqueta ni resumen, así que los entornos de ejecución de contenedores extraen la etiqueta "latest" ({normalized}). Indica la etiqueta que quieres o, mejor aún, el resumen.',
  'warning.MUTABLE_TAG':
    'La etiqueta "{tag}" se puede mover a otra imagen en cualquier momento, así que los nodos pueden ejecutar imágenes distintas con el mismo nombre. Fija la imagen por su resumen ({repository}@sha256:…).',
  'warning.TAG_IGNORED_WITH_DIGEST':
    'Se indicaron la etiqueta "{tag}" y el resumen {digest}: los entornos de ejecución de contenedores extraen la imagen por el resumen e ignoran la etiqueta, aunque ahora apunte a otra imagen.',
  'warning.NOT_ARTIFACT_REGISTRY':
    'El registro "{registry}" no es Artifact Registry: los nodos de GKE solo envían sus credenciales de Google a los hosts de Artifact Registry (*.pkg.dev) y de gcr.io (gcr.io, *.gcr.io), así que esta imagen tiene que ser pública o extraerse con un imagePullSecret.',
  'warning.DOCKER_HUB_RATE_LIMITS':
    'Docker Hub limita las extracciones por dirección IP del cliente, y los nodos que salen por la misma NAT comparten un único límite ("toomanyrequests"). En producción, copia la imagen a Artifact Registry o usa un repositorio remoto de Artifact Registry.',
  'warning.CONTAINER_REGISTRY_HOST':
    '"{registry}" es un host de Container Registry. Container Registry se cerró el 18 de marzo de 2025; este nombre solo funciona a través del repositorio de Artifact Registry "{repository}" en la ubicación "{location}" del proyecto "{projectId}". Las imágenes nuevas deben ir a repositorios LOCATION-docker.pkg.dev.',
  'warning.LEGACY_REGISTRY_HOST':
    '"{registry}" está congelado: ya no recibe imágenes ni etiquetas nuevas, y sus imágenes se sirven desde "{successor}" con los mismos nombres. Extrae {replacement} en su lugar.',
  'batch.budget.cpuMs':
    'Leer estas referencias usó más de {maximum} ms de tiempo de CPU, lo máximo que puede usar una solicitud (MANIFEST_CHECK_BUDGET_MS). Envía menos referencias o referencias más cortas por solicitud.',
  'batch.budget.timeMs':
    'Leer estas referencias tardó más de {maximum} ms. Envía menos referencias o referencias más cortas por solicitud.',
  'batch.budget.heapMb':
    'Leer estas referencias necesitó más de {maximum} MiB de memoria. Envía menos referencias o referencias más cortas por solicitud.',
};
