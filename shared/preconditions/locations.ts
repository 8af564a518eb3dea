/**
 * Continents of Google Cloud locations, by the first word of the region name (`europe-west4`,
 * `us-central1`) or the multi-region itself (`us`, `europe`, `asia`). Cross-continent pulls are
 * slower and pay inter-continental egress. A new region prefix is a one-line addition.
 */
export type Continent =
  'north-america' | 'south-america' | 'europe' | 'asia' | 'middle-east' | 'oceania' | 'africa';

export const LOCATION_CONTINENTS: Readonly<Record<string, Continent>> = {
  us: 'north-america',
  northamerica: 'north-america',
  southamerica: 'south-america',
  europe: 'europe',
  asia: 'asia',
  me: 'middle-east',
  australia: 'oceania',
  africa: 'africa',
};

/** Multi-region Artifact Registry locations (they span a continent). */
export const MULTI_REGIONS: readonly string[] = ['us', 'europe', 'asia'];

const ZONE = /^([a-z]+-[a-z]+[0-9]+)-[a-z]$/;

/** `us-central1-a` → `us-central1`; regions and multi-regions unchanged. */
export function regionOf(location: string): string {
  return ZONE.exec(location)?.[1] ?? location;
}

export function continentOf(location: string): Continent | null {
  const prefix = location.split('-')[0] ?? '';
  return Object.hasOwn(LOCATION_CONTINENTS, prefix) ? (LOCATION_CONTINENTS[prefix] ?? null) : null;
}
