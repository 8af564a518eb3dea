import type { Language } from '../../shared/i18n';

/** The answer's `note`, per language; `{kinds}` lists the workload kinds images are read from. */
export const MANIFEST_NOTES = {
  en: {
    noWorkloads:
      'The manifest has no workload ({kinds}): there is no image to pull, so nothing here blocks the apply.',
  },
  es: {
    noWorkloads:
      'El manifiesto no tiene cargas de trabajo ({kinds}): no hay ninguna imagen que descargar, así que nada aquí impide aplicarlo.',
  },
} as const satisfies Record<Language, Record<string, string>>;
