import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { DEFAULT_LANGUAGE, translate, type Language, type Message } from '../i18n';
import { AppError } from '../problems';
import { FINDING_SEVERITY, type ValueType } from './finding-messages';
import {
  manifestLimitError,
  resolveManifestLimits,
  type ManifestLimit,
  type ManifestLimits,
} from './limits';
import type {
  ContainerType,
  ImagePullPolicy,
  ManifestFinding,
  ManifestFindingCode,
  ManifestImage,
  ManifestImages,
  ManifestObject,
  ManifestPullSecret,
  NodeOs,
} from './types';
import {
  CONTAINER_TYPES,
  DEFAULT_SERVICE_ACCOUNT,
  IMAGE_PULL_POLICIES,
  NODE_OS_VALUES,
  OS_NODE_LABELS,
  WORKLOAD_POD_SPEC_PATHS,
} from './workload-kinds';
import { YamlSource, type SourcePosition } from './yaml-source';

export interface ExtractImagesOptions {
  /** Language of finding messages; machine fields never change with it. Default `en`. */
  language?: Language;
  /** Bounds of the work, over MANIFEST_LIMITS (server configuration sets the first five). */
  limits?: Partial<ManifestLimits>;
}

/**
 * Finds every container image in a Kubernetes manifest (YAML or JSON; multi-document; `List` and
 * `*List` kinds), with its object path, source position and the pod facts that decide the pull.
 *
 * Throws `INVALID_MANIFEST` (path `['manifest']`, extensions `line`, `column`, `documentIndex`
 * and for List items `itemIndex`) when the text is not YAML, a document is not an object, an
 * object has no `kind`, or a limit of `limits` is exceeded (extensions `limit`, `maximum`, and
 * where it was crossed). Work is linear in the text: see YamlSource and token-bounds.ts.
 * Problems inside a workload (wrong types, missing images) are findings, not errors, so one call
 * reports all of them. A manifest without workloads is valid: `hasWorkloads` is false.
 */
export function extractImagesFromManifest(
  text: string,
  options: ExtractImagesOptions = {},
): ManifestImages {
  const limits = resolveManifestLimits(options.limits);
  const source = new YamlSource(text, limits);
  return new ManifestReader(source, options.language ?? DEFAULT_LANGUAGE, limits).run();
}

/** A Kubernetes object found in the stream, before it is read. */
interface ObjectEntry {
  map: YAMLMap;
  kind: string;
  apiVersion: string | null;
  name: string | null;
  namespace: string | null;
  /** `Deployment/web`; the generateName stands in for a missing name; the bare kind if neither. */
  label: string;
  documentIndex: number;
  itemIndex: number | null;
}

/** The node types a field read can expect, and what a successful read yields. */
interface ExpectedValue {
  list: YAMLSeq;
  object: YAMLMap;
  string: string;
}
type Expected = keyof ExpectedValue;

/** A typed field read: `node` is what is there (null: absent), `value` is null unless it has the type. */
interface Read<T> {
  node: Node | null;
  value: T | null;
}

class ManifestReader {
  private readonly images: ManifestImage[] = [];
  private readonly findings: ManifestFinding[] = [];
  private readonly objects: ManifestObject[] = [];
  /** ServiceAccount pull secrets by `namespace NUL name`; an unset namespace only matches an unset one. */
  private readonly serviceAccounts = new Map<string, string[]>();

  /** Image pull secret names reported so far, over all images. */
  private pullSecretReferences = 0;

  constructor(
    private readonly yaml: YamlSource,
    private readonly language: Language,
    private readonly limits: ManifestLimits,
  ) {}

  run(): ManifestImages {
    const entries = this.collectObjects();
    for (const entry of entries) {
      if (entry.kind === 'ServiceAccount' && entry.name !== null) {
        const { names } = this.readPullSecrets(entry, entry.map, '');
        this.serviceAccounts.set(serviceAccountKey(entry.namespace, entry.name), names);
      }
    }
    for (const entry of entries) {
      const podSpecPath = WORKLOAD_POD_SPEC_PATHS.get(entry.kind);
      this.objects.push({
        kind: entry.kind,
        apiVersion: entry.apiVersion,
        name: entry.name,
        namespace: entry.namespace,
        documentIndex: entry.documentIndex,
        itemIndex: entry.itemIndex,
        ...this.yaml.positionOf(entry.map),
        workload: podSpecPath !== undefined,
      });
      if (podSpecPath !== undefined) this.readWorkload(entry, podSpecPath);
    }
    const skippedObjects = this.objects.filter((object) => !object.workload).length;
    return {
      images: this.images,
      objects: this.objects,
      skippedObjects,
      hasWorkloads: skippedObjects < this.objects.length,
      findings: this.findings,
    };
  }

  private tooMany(limit: ManifestLimit): AppError {
    return manifestLimitError(limit, this.limits[limit]);
  }

  // ---- objects ---------------------------------------------------------------------------

  private collectObjects(): ObjectEntry[] {
    const entries: ObjectEntry[] = [];
    const add = (entry: ObjectEntry): void => {
      if (entries.length >= this.limits.objects) throw this.tooMany('objects');
      entries.push(entry);
    };
    for (const document of this.yaml.documents) {
      const root = this.yaml.resolve(document.root);
      if (root === null) continue; // an empty document, as kubectl skips it
      const at = { documentIndex: document.index, itemIndex: null };
      if (!isMap(root)) {
        throw this.structureError(root, at, {
          id: 'manifest.structure.notObject',
          params: { type: typeText(root) },
        });
      }
      const kind = this.kindOf(root, at);
      const items = this.yaml.get(root, 'items');
      const isList = kind === 'List' || (kind.endsWith('List') && isSeq(items));
      if (!isList) {
        add(this.entryOf(root, kind, at));
        continue;
      }
      if (items === null) continue; // `items: []` or no items: an empty List
      if (!isSeq(items))
        throw this.structureError(items, at, {
          id: 'manifest.structure.itemsNotList',
          params: { type: typeText(items) },
        });
      // Typed lists (`DeploymentList`) omit each item's kind: it is the list's kind minus `List`.
      const itemKind = kind === 'List' ? null : kind.slice(0, -'List'.length);
      items.items.forEach((item, itemIndex) => {
        const node = this.yaml.resolve(item);
        const itemAt = { documentIndex: document.index, itemIndex };
        if (!isMap(node)) {
          throw this.structureError(node ?? items, itemAt, {
            id: 'manifest.structure.notObject',
            params: { type: typeText(node) },
          });
        }
        const ownKind = nonEmpty(this.yaml.stringOf(this.yaml.get(node, 'kind')));
        add(this.entryOf(node, ownKind ?? itemKind ?? this.kindOf(node, itemAt), itemAt));
      });
    }
    return entries;
  }

  private kindOf(map: YAMLMap, at: Location): string {
    const kind = this.yaml.stringOf(this.yaml.get(map, 'kind'));
    if (kind === null || kind.trim() === '') {
      throw this.structureError(map, at, { id: 'manifest.structure.noKind' });
    }
    return kind;
  }

  private entryOf(map: YAMLMap, kind: string, at: Location): ObjectEntry {
    const metadata = this.yaml.asMap(this.yaml.get(map, 'metadata'));
    const field = (key: string): string | null => {
      const value = metadata === null ? null : this.yaml.stringOf(this.yaml.get(metadata, key));
      return value === null || value === '' ? null : value;
    };
    const name = field('name');
    const shownName = name ?? field('generateName');
    return {
      map,
      kind,
      apiVersion: this.yaml.stringOf(this.yaml.get(map, 'apiVersion')),
      name,
      namespace: field('namespace'),
      label: shownName === null ? kind : `${kind}/${shownName}`,
      ...at,
    };
  }

  private structureError(node: Node, at: Location, problem: Message): AppError {
    const position: SourcePosition = this.yaml.positionOf(node);
    const params = { ...position, documentIndex: at.documentIndex, problem };
    return new AppError(
      'INVALID_MANIFEST',
      at.itemIndex === null
        ? { id: 'manifest.structure.document', params }
        : { id: 'manifest.structure.item', params: { ...params, itemIndex: at.itemIndex } },
      {
        path: ['manifest'],
        extensions: {
          ...position,
          documentIndex: at.documentIndex,
          ...(at.itemIndex === null ? {} : { itemIndex: at.itemIndex }),
        },
      },
    );
  }

  // ---- workloads -------------------------------------------------------------------------

  private readWorkload(entry: ObjectEntry, podSpecPath: readonly string[]): void {
    let node = entry.map;
    let path = '';
    for (const key of podSpecPath) {
      const next = this.read(entry, node, key, path, 'object');
      path = joinPath(path, key);
      if (next.value === null) {
        if (next.node === null) this.addFinding('POD_SPEC_MISSING', entry, path, node);
        return;
      }
      node = next.value;
    }
    this.readPodSpec(entry, node, path);
  }

  private readPodSpec(entry: ObjectEntry, spec: YAMLMap, specPath: string): void {
    const podSecrets = this.readPullSecrets(entry, spec, specPath);
    const serviceAccountName =
      nonEmpty(this.read(entry, spec, 'serviceAccountName', specPath, 'string').value) ??
      nonEmpty(this.read(entry, spec, 'serviceAccount', specPath, 'string').value) ??
      DEFAULT_SERVICE_ACCOUNT;
    const accountSecrets = this.serviceAccounts.get(
      serviceAccountKey(entry.namespace, serviceAccountName),
    );
    // The ServiceAccount admission controller copies its secrets only onto Pods that list none.
    const imagePullSecrets = deepFreeze<ManifestPullSecret>(
      podSecrets.entries > 0
        ? podSecrets.names.map((name) => ({ name, source: 'pod' as const }))
        : (accountSecrets ?? []).map((name) => ({ name, source: 'serviceAccount' as const })),
    );
    const nodeSelector = Object.freeze(this.readNodeSelector(entry, spec, specPath));
    const os = this.readOs(entry, spec, specPath, nodeSelector);

    for (const containerType of CONTAINER_TYPES) {
      const listPath = joinPath(specPath, containerType);
      const list = this.read(entry, spec, containerType, specPath, 'list');
      const containers = list.value;
      if (containerType === 'containers' && list.node === null) {
        this.addFinding('NO_CONTAINERS', entry, listPath, spec);
      } else if (containerType === 'containers' && containers?.items.length === 0) {
        this.addFinding('NO_CONTAINERS', entry, listPath, containers);
      }
      if (containers === null) continue;
      if (containerType === 'ephemeralContainers' && containers.items.length > 0) {
        this.addFinding('EPHEMERAL_CONTAINERS_NOT_ALLOWED', entry, listPath, containers);
      }
      containers.items.forEach((item, containerIndex) => {
        const container = this.yaml.resolve(item);
        const fieldPath = `${listPath}[${containerIndex}]`;
        if (!isMap(container)) {
          this.wrongType(entry, fieldPath, container ?? containers, 'object', container);
          return;
        }
        this.readContainer(entry, container, fieldPath, containerType, containerIndex, {
          os,
          nodeSelector,
          serviceAccountName,
          serviceAccountInManifest: accountSecrets !== undefined,
          imagePullSecrets,
        });
      });
    }
  }

  private readContainer(
    entry: ObjectEntry,
    container: YAMLMap,
    fieldPath: string,
    containerType: ContainerType,
    containerIndex: number,
    pod: Pick<
      ManifestImage,
      'os' | 'nodeSelector' | 'serviceAccountName' | 'serviceAccountInManifest' | 'imagePullSecrets'
    >,
  ): void {
    const name = nonEmpty(this.read(entry, container, 'name', fieldPath, 'string').value);
    const policy = this.read(entry, container, 'imagePullPolicy', fieldPath, 'string');
    let imagePullPolicy: ImagePullPolicy | null = null;
    if (policy.value !== null) {
      imagePullPolicy = IMAGE_PULL_POLICIES.find((known) => known === policy.value) ?? null;
      if (imagePullPolicy === null) {
        this.addFinding(
          'INVALID_IMAGE_PULL_POLICY',
          entry,
          joinPath(fieldPath, 'imagePullPolicy'),
          policy.node,
          {
            value: policy.value,
          },
        );
      }
    }
    const image = this.read(entry, container, 'image', fieldPath, 'string');
    if (image.node !== null && image.value === null) return; // wrong type, already a finding
    if (image.value === null || image.value.trim() === '') {
      this.addFinding('CONTAINER_WITHOUT_IMAGE', entry, fieldPath, image.node ?? container);
      return;
    }
    if (this.images.length >= this.limits.images) throw this.tooMany('images');
    this.pullSecretReferences += pod.imagePullSecrets.length;
    if (this.pullSecretReferences > this.limits.pullSecretReferences)
      throw this.tooMany('pullSecretReferences');
    this.images.push({
      image: image.value,
      objectPath: `${entry.label} ${fieldPath}`,
      fieldPath,
      kind: entry.kind,
      name: entry.name,
      namespace: entry.namespace,
      documentIndex: entry.documentIndex,
      itemIndex: entry.itemIndex,
      container: name,
      containerType,
      containerIndex,
      ...this.yaml.positionOf(image.node as Node),
      imagePullPolicy,
      os: pod.os,
      // Shared by every container of the pod (frozen): copying them per image would multiply a
      // large selector by the number of containers.
      nodeSelector: pod.nodeSelector,
      serviceAccountName: pod.serviceAccountName,
      serviceAccountInManifest: pod.serviceAccountInManifest,
      imagePullSecrets: pod.imagePullSecrets,
    });
  }

  /** `imagePullSecrets` of a pod spec or a ServiceAccount: distinct names, and how many entries. */
  private readPullSecrets(
    entry: ObjectEntry,
    owner: YAMLMap,
    ownerPath: string,
  ): { names: string[]; entries: number } {
    const list = this.read(entry, owner, 'imagePullSecrets', ownerPath, 'list').value;
    if (list === null) return { names: [], entries: 0 };
    const names: string[] = [];
    list.items.forEach((item, index) => {
      const path = `${joinPath(ownerPath, 'imagePullSecrets')}[${index}]`;
      const reference = this.yaml.resolve(item);
      if (!isMap(reference)) {
        this.wrongType(entry, path, reference ?? list, 'object', reference);
        return;
      }
      const name = this.read(entry, reference, 'name', path, 'string');
      if (name.node !== null && name.value === null) return;
      if (name.value === null || name.value === '') {
        this.addFinding('IMAGE_PULL_SECRET_WITHOUT_NAME', entry, path, reference);
      } else if (!names.includes(name.value)) {
        names.push(name.value);
      }
    });
    return { names, entries: list.items.length };
  }

  private readNodeSelector(
    entry: ObjectEntry,
    spec: YAMLMap,
    specPath: string,
  ): Record<string, string> {
    const selector: Record<string, string> = {};
    const map = this.read(entry, spec, 'nodeSelector', specPath, 'object').value;
    if (map === null) return selector;
    const selectorPath = joinPath(specPath, 'nodeSelector');
    for (const [key, node] of this.yaml.entriesOf(map)) {
      const value = this.readNode(
        entry,
        this.yaml.resolve(node),
        key,
        selectorPath,
        'string',
      ).value;
      if (value !== null)
        Object.defineProperty(selector, key, { value, enumerable: true, writable: true });
    }
    return selector;
  }

  /** `spec.os.name` decides (Kubernetes validates the pod against it); else the node selector. */
  private readOs(
    entry: ObjectEntry,
    spec: YAMLMap,
    specPath: string,
    nodeSelector: Record<string, string>,
  ): NodeOs | null {
    const osField = this.read(entry, spec, 'os', specPath, 'object').value;
    const declared =
      osField === null
        ? null
        : this.read(entry, osField, 'name', joinPath(specPath, 'os'), 'string').value;
    const candidates = [
      declared,
      ...OS_NODE_LABELS.map((label) =>
        Object.hasOwn(nodeSelector, label) ? nodeSelector[label] : undefined,
      ),
    ];
    for (const candidate of candidates) {
      const os = NODE_OS_VALUES.find((known) => known === candidate);
      if (os !== undefined) return os;
    }
    return null;
  }

  // ---- typed reads and findings ---------------------------------------------------------

  /** Reads `key` of `map`; a present value of another type becomes a WRONG_TYPE finding. */
  private read<E extends Expected>(
    entry: ObjectEntry,
    map: YAMLMap,
    key: string,
    parentPath: string,
    expected: E,
  ): Read<ExpectedValue[E]> {
    return this.readNode(entry, this.yaml.get(map, key), key, parentPath, expected);
  }

  /** As `read`, for a value already looked up (resolved). */
  private readNode<E extends Expected>(
    entry: ObjectEntry,
    node: Node | null,
    key: string,
    parentPath: string,
    expected: E,
  ): Read<ExpectedValue[E]> {
    if (node === null) return { node: null, value: null };
    const matches =
      expected === 'list'
        ? isSeq(node)
        : expected === 'object'
          ? isMap(node)
          : this.yaml.stringOf(node) !== null;
    if (!matches) {
      this.wrongType(entry, joinPath(parentPath, key), node, expected, node);
      return { node, value: null };
    }
    const value = expected === 'string' ? this.yaml.stringOf(node) : node;
    return { node, value: value as ExpectedValue[E] };
  }

  private wrongType(
    entry: ObjectEntry,
    path: string,
    at: Node,
    expected: Expected,
    found: Node | null,
  ): void {
    this.addFinding('WRONG_TYPE', entry, path, at, {
      expected: translate(this.language, `valueType.${expected}`),
      found: translate(this.language, `valueType.${valueTypeOf(found)}`),
    });
  }

  private addFinding(
    code: ManifestFindingCode,
    entry: ObjectEntry,
    fieldPath: string,
    at: Node | null,
    params: Record<string, string> = {},
  ): void {
    if (this.findings.length >= this.limits.findings) throw this.tooMany('findings');
    const objectPath = `${entry.label} ${fieldPath}`;
    this.findings.push({
      code,
      severity: FINDING_SEVERITY[code],
      objectPath,
      documentIndex: entry.documentIndex,
      itemIndex: entry.itemIndex,
      ...this.yaml.positionOf(at ?? entry.map),
      message: translate(this.language, `finding.${code}`, {
        ...params,
        objectPath,
        kind: entry.kind,
      }),
    });
  }
}

interface Location {
  documentIndex: number;
  itemIndex: number | null;
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

function serviceAccountKey(namespace: string | null, name: string): string {
  return `${namespace ?? ''}\u0000${name}`;
}

const PLAIN_PATH_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `spec` + `containers` → `spec.containers`; keys like `kubernetes.io/os` → `["kubernetes.io/os"]`. */
function joinPath(path: string, key: string): string {
  if (!PLAIN_PATH_KEY.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

function valueTypeOf(node: Node | null): ValueType {
  if (node === null) return 'null';
  if (isSeq(node)) return 'list';
  if (isMap(node)) return 'object';
  if (isScalar(node)) {
    const value: unknown = node.value;
    if (typeof value === 'string') return 'string';
    if (typeof value === 'number' || typeof value === 'bigint') return 'number';
    if (typeof value === 'boolean') return 'boolean';
  }
  return 'other';
}

function typeText(node: Node | null): Message {
  return { id: `valueType.${valueTypeOf(node)}` };
}

function deepFreeze<T extends object>(items: T[]): readonly T[] {
  for (const item of items) Object.freeze(item);
  return Object.freeze(items);
}
