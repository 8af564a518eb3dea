/**
 * Warnings about a valid reference: what will surprise the user at pull time. The text of each
 * code is in the i18n catalogue (`warning.CODE`), filled with these params.
 */
import type { ImageWarning, ImageWarningCode } from './types';

export function imageWarning(
  code: ImageWarningCode,
  params: Record<string, string> = {},
): ImageWarning {
  return { code, params };
}
