/**
 * The Spanish glossary: the one term every Spanish text uses for each English term, as Google
 * Cloud's own Spanish documentation (Spain, `?hl=es`) writes it, the variants it replaces, and
 * the page that shows the term. Texts address the reader with *tú* ("Concede", "Comprueba"), as
 * those pages do. A test holds every Spanish catalogue text and every Spanish answer to it.
 */
export interface GlossaryTerm {
  english: string;
  spanish: string;
  /** Variants that must not appear in a Spanish text (regular expressions over whole words). */
  avoid: readonly string[];
  /** A Google Cloud page in Spanish that uses the term. */
  source: string;
  note?: string;
}

const TROUBLESHOOTING_IMAGE_PULLS =
  'https://cloud.google.com/kubernetes-engine/docs/troubleshooting/image-pulls?hl=es';
const AR_PUSHING_AND_PULLING =
  'https://cloud.google.com/artifact-registry/docs/docker/pushing-and-pulling?hl=es';
const AR_ACCESS_CONTROL = 'https://cloud.google.com/artifact-registry/docs/access-control?hl=es';

export const SPANISH_GLOSSARY: readonly GlossaryTerm[] = [
  {
    english: 'pull (an image)',
    spanish: 'extraer; la extracción',
    avoid: ['descarg\\p{L}*'],
    source: AR_PUSHING_AND_PULLING,
  },
  {
    english: 'push (an image)',
    spanish: 'enviar',
    avoid: [
      'sub(?:ir|e|en|ido|ida|idos|idas|ió|iendo|irla|irlo|irlas|irlos)',
      'súbel[ao]s?',
      'insert(?:ar|a|e|ado|ada)',
    ],
    source: AR_PUSHING_AND_PULLING,
  },
  {
    english: 'registry',
    spanish: 'registro',
    avoid: ['registry', 'registries'],
    source: TROUBLESHOOTING_IMAGE_PULLS,
    note: 'Product names (Artifact Registry, Container Registry) keep their English name.',
  },
  {
    english: 'logs',
    spanish: 'registros, only where no registry is meant nearby; else registros de la app',
    avoid: ['logs?', 'diarios?', 'bitácoras?'],
    source: 'https://cloud.google.com/logging/docs/view/logs-explorer-interface?hl=es',
    note: 'Audit logs are registros de auditoría; the systemd journal is the journal de systemd.',
  },
  {
    english: 'journal (systemd)',
    spanish: 'journal de systemd',
    avoid: ['diario'],
    source: 'https://cloud.google.com/container-optimized-os/docs/how-to/logging?hl=es',
  },
  {
    english: 'access scopes',
    spanish: 'permisos de acceso',
    avoid: ['ámbitos?', 'alcances? de acceso', 'niveles? de acceso'],
    source: 'https://cloud.google.com/kubernetes-engine/docs/how-to/access-scopes?hl=es',
  },
  {
    english: 'node',
    spanish: 'nodo',
    avoid: ['nodes?'],
    source: TROUBLESHOOTING_IMAGE_PULLS,
  },
  {
    english: 'node pool',
    spanish: 'grupo de nodos',
    avoid: ['pools? de nodos', 'node pools?', 'grupos? de nodo'],
    source: TROUBLESHOOTING_IMAGE_PULLS,
  },
  {
    english: 'service account',
    spanish: 'cuenta de servicio',
    avoid: ['cuentas? de servicios', 'service accounts?'],
    source: 'https://cloud.google.com/compute/docs/access/service-accounts?hl=es',
  },
  {
    english: 'digest',
    spanish: 'resumen',
    avoid: ['digests?'],
    source: 'https://cloud.google.com/artifact-registry/docs/docker/names?hl=es',
  },
  {
    english: 'tag',
    spanish: 'etiqueta',
    avoid: ['tags?'],
    source: TROUBLESHOOTING_IMAGE_PULLS,
  },
  {
    english: 'cluster',
    spanish: 'clúster',
    avoid: ['clusters?', 'clústers'],
    source: TROUBLESHOOTING_IMAGE_PULLS,
  },
  {
    english: 'firewall',
    spanish: 'cortafuegos',
    avoid: ['firewalls?'],
    source: TROUBLESHOOTING_IMAGE_PULLS,
  },
  {
    english: 'request',
    spanish: 'solicitud',
    avoid: ['petici(?:ón|ones)'],
    source: 'https://cloud.google.com/artifact-registry/docs/docker/troubleshoot?hl=es',
  },
  {
    english: 'grant',
    spanish: 'conceder',
    avoid: ['otorg\\p{L}*'],
    source: AR_ACCESS_CONTROL,
  },
  {
    english: 'delete',
    spanish: 'eliminar',
    avoid: ['borr(?:ar|a|e|ado|ada|ados|adas|aron|ó)'],
    source: AR_ACCESS_CONTROL,
  },
  {
    english: 'enable',
    spanish: 'habilitar',
    avoid: ['activ(?:a|e|ar)\\s+(?:el\\s+)?acceso'],
    source: AR_ACCESS_CONTROL,
  },
  {
    english: 'role',
    spanish: 'rol',
    avoid: ['funci(?:ón|ones) de IAM'],
    source: AR_ACCESS_CONTROL,
  },
  {
    english: 'caller',
    spanish: 'quien hace la llamada',
    avoid: ['llamador(?:es)?', 'emisor de la llamada'],
    source: 'https://cloud.google.com/iam/docs/troubleshooting-access?hl=es',
  },
  {
    english: 'bearer token',
    spanish: 'token de portador',
    avoid: ['bearer'],
    source: 'https://cloud.google.com/docs/authentication/token-types?hl=es',
  },
  {
    english: 'image pull secret',
    spanish: 'secreto de extracción de imágenes',
    avoid: ['secretos? de descarga'],
    source: 'https://cloud.google.com/kubernetes-engine/docs/how-to/private-registries?hl=es',
  },
  {
    english: 'container runtime',
    spanish: 'entorno de ejecución de contenedores',
    avoid: ['runtimes?', 'tiempo de ejecución del contenedor'],
    source: 'https://cloud.google.com/kubernetes-engine/docs/concepts/using-containerd?hl=es',
  },
  {
    english: 'workload',
    spanish: 'carga de trabajo',
    avoid: ['workloads?'],
    source: TROUBLESHOOTING_IMAGE_PULLS,
  },
  {
    english: 'namespace',
    spanish: 'espacio de nombres',
    avoid: ['namespaces?'],
    source: 'https://cloud.google.com/kubernetes-engine/docs/concepts/namespaces?hl=es',
  },
  {
    english: 'header (HTTP)',
    spanish: 'encabezado',
    avoid: ['cabeceras?'],
    source: 'https://cloud.google.com/load-balancing/docs/https/custom-headers?hl=es',
  },
  {
    english: 'default',
    spanish: 'predeterminado; de forma predeterminada',
    avoid: ['por defecto'],
    source: AR_ACCESS_CONTROL,
  },
  {
    english: 'VPC Service Controls',
    spanish: 'Controles de Servicio de VPC',
    avoid: ['VPC Service Controls', 'Controles del servicio de VPC'],
    source: 'https://cloud.google.com/vpc-service-controls/docs/vpc-perimeters-management?hl=es',
  },
  {
    english: 'Private Google Access',
    spanish: 'Acceso privado a Google',
    avoid: ['Private Google Access', 'Acceso privado de Google'],
    source: 'https://cloud.google.com/vpc/docs/configure-private-google-access?hl=es',
  },
  {
    english: 'timeout',
    spanish: 'tiempo de espera',
    avoid: ['timeouts?'],
    source: TROUBLESHOOTING_IMAGE_PULLS,
  },
];

/** Product and feature names, written with exactly this capitalisation wherever they appear. */
export const SPANISH_PRODUCT_NAMES: readonly string[] = [
  'Artifact Registry',
  'Container Registry',
  'Google Kubernetes Engine',
  'Compute Engine',
  'Google Cloud',
  'Cloud NAT',
  'Cloud Build',
  'Cloud Shell',
  'Cloud Run',
  'Docker Hub',
  'Secret Manager',
  'Service Account Credentials',
  'Security Token Service',
  'Resource Manager',
  'Controles de Servicio de VPC',
  'Google Trust Services',
  'Acceso privado a Google',
  'Explorador de registros',
];

/**
 * *Usted* forms of the verbs these texts use, which the *tú* form replaces ("Concede", not
 * "Conceda"). Imperatives are wrong only where an instruction starts (a sentence or clause
 * start), since several are also third-person subjunctives ("una imagen que siga…"); the pronoun
 * and the forms with an attached pronoun are wrong anywhere.
 */
export const USTED_IMPERATIVES: readonly string[] = [
  'abra',
  'active',
  'actualice',
  'acordone',
  'añada',
  'anote',
  'aplique',
  'busque',
  'cambie',
  'compare',
  'compruebe',
  'conceda',
  'configure',
  'consulte',
  'contacte',
  'copie',
  'corrija',
  'cree',
  'dé',
  'defina',
  'deje',
  'describa',
  'elija',
  'elimine',
  'envíe',
  'escriba',
  'espere',
  'evalúe',
  'evite',
  'fije',
  'guarde',
  'habilite',
  'haga',
  'indique',
  'instale',
  'lea',
  'liste',
  'mantenga',
  'migre',
  'mueva',
  'obtenga',
  'pase',
  'permita',
  'pida',
  'ponga',
  'pregunte',
  'pulse',
  'quite',
  'reconstruya',
  'reintente',
  'resuelva',
  'reúna',
  'revise',
  'siga',
  'sustituya',
  'traslade',
  'use',
  'vacíe',
  'vaya',
  'verifique',
  'vincule',
  'vuelva',
];

export const USTED_ANYWHERE: readonly string[] = [
  'usted',
  'ustedes',
  'añádalos',
  'aplíquela',
  'asegúrese',
  'asócielo',
  'conéctese',
  'créelo',
  'defínalos',
  'despliéguela',
  'ejecútelo',
  'envíelas',
  'inclúyalo',
  'póngase',
  'reconstrúyala',
  'renuévelo',
  'súbala',
];

/** Contractions Spanish always makes. */
export const SPANISH_CONTRACTIONS: ReadonlyArray<{ avoid: string; use: string }> = [
  { avoid: 'a el', use: 'al' },
  { avoid: 'de el', use: 'del' },
];

/**
 * What is prose in a Spanish text: code spans, quoted strings (English error messages, values),
 * placeholders, URLs and identifiers (hosts, paths, roles, flags, UPPER_SNAKE) are taken out.
 */
export function prosePartsOf(text: string, keepUpperCase = false): string {
  const prose = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\((?:gcloud|kubectl|crictl|crane|gcrane|skopeo|docker|aws|az) [^()]*\)/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/'[^'\n]*'/g, ' ')
    .replace(/\{[a-zA-Z][a-zA-Z0-9]*\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(?:^|\s)-{1,2}[a-z][\w-]*/g, ' ')
    .replace(/\S*[/@\\_.:=$<>[\]]\S*[\p{L}\p{N}]\S*/gu, ' ')
    .replace(/\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b/g, ' ');
  return keepUpperCase ? prose : prose.replace(/\b[A-Z][A-Z0-9_-]{2,}\b/g, ' ');
}

function wholeWords(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

const CLAUSE_START = '(?:^|[.:;!?¿¡(]\\s*|\\b(?:y|o|u|e|luego|después|entonces)\\s+)';

/**
 * The checker's patterns, compiled on first use: only the test suites run the checker, and
 * compiling these Unicode-aware patterns cost the service ~10 ms of every cold start.
 */
let compiled:
  | {
      products: Array<{ name: string; pattern: RegExp }>;
      avoided: Array<{ term: GlossaryTerm; source: string; pattern: RegExp }>;
      imperative: RegExp;
      usted: RegExp;
      contraction: RegExp;
    }
  | undefined;

function patterns(): NonNullable<typeof compiled> {
  compiled ??= {
    products: SPANISH_PRODUCT_NAMES.map((name) => ({
      name,
      pattern: new RegExp(`(?<![\\p{L}])${name.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu'),
    })),
    avoided: SPANISH_GLOSSARY.flatMap((term) =>
      term.avoid.map((source) => ({ term, source, pattern: wholeWords(source) })),
    ),
    imperative: new RegExp(
      `${CLAUSE_START}(${USTED_IMPERATIVES.join('|')})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
    usted: wholeWords(USTED_ANYWHERE.join('|')),
    contraction: wholeWords(SPANISH_CONTRACTIONS.map((c) => c.avoid).join('|')),
  };
  return compiled;
}

/** Every way `text`, a Spanish text, departs from the glossary; empty when it follows it. */
export function glossaryViolations(text: string): string[] {
  const { products, avoided, imperative, usted, contraction } = patterns();
  const problems: string[] = [];
  for (const { name, pattern } of products) {
    for (const match of text.matchAll(pattern)) {
      if (match[0].replace(/\s+/g, ' ') !== name) {
        problems.push(`"${match[0]}" is written "${name}"`);
      }
    }
  }
  let prose = prosePartsOf(text);
  // Names with capitals in them ("VPC Service Controls") are looked for before placeholders in
  // capitals (PROJECT_ID, LOG NAME) are taken out.
  let named = prosePartsOf(text, true);
  for (const { pattern } of products) {
    prose = prose.replace(pattern, ' ');
    named = named.replace(pattern, ' ');
  }
  for (const { term, pattern, source } of avoided) {
    const match = pattern.exec(/\s/.test(source) && /[A-Z]/.test(source) ? named : prose);
    if (match)
      problems.push(`"${match[0]}": the glossary says "${term.spanish}" for "${term.english}"`);
  }
  const imperativeForm = imperative.exec(prose);
  if (imperativeForm) problems.push(`"${imperativeForm[1]}": usted form, write the tú form`);
  const ustedForm = usted.exec(prose);
  if (ustedForm) problems.push(`"${ustedForm[0]}": usted form, write the tú form`);
  const contracted = contraction.exec(text);
  if (contracted) problems.push(`"${contracted[0]}" is contracted in Spanish`);
  return problems;
}
