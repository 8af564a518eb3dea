import type * as GoogleAuthModule from 'google-auth-library';

type GoogleAuthLibrary = typeof GoogleAuthModule;

let library: Promise<GoogleAuthLibrary> | undefined;

/**
 * Imports google-auth-library on first use. It is CommonJS: Node's own loader exposes its exports
 * as named bindings, a bundler's interop only as `default`, so both shapes are accepted.
 */
export function loadGoogleAuthLibrary(): Promise<GoogleAuthLibrary> {
  library ??= import('google-auth-library').then((module) => {
    const namespace = module as GoogleAuthLibrary & { default?: GoogleAuthLibrary };
    return typeof namespace.GoogleAuth === 'function'
      ? namespace
      : (namespace.default as GoogleAuthLibrary);
  });
  return library;
}
