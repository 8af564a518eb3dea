/**
 * Bounds that keep one request's work small whatever the text. The HTTP layer already caps the
 * body (64 KiB); these hold for any caller, and YAML aliases can multiply a small text.
 */
export const MANIFEST_LIMITS = {
  /** YAML documents in one stream (`---` separated). */
  documents: 1000,
  /** Kubernetes objects, List items included. */
  objects: 2000,
  /** Container images reported. */
  images: 5000,
  /** Findings reported. */
  findings: 2000,
  /** Nested mappings and sequences; real objects (CRD schemas included) stay far below. */
  nestingDepth: 100,
  /**
   * The `yaml` package's `maxAliasCount`: how often an anchor may be expanded, weighted by the
   * aliases inside it. Exponential "billion laughs" documents exceed it within a few levels,
   * while a List reusing one anchor a few hundred times stays well below.
   */
  aliasCount: 1000,
} as const;

export type ManifestLimit = keyof typeof MANIFEST_LIMITS;
