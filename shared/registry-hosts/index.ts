/**
 * Registry hosts: which registry a host is, and who may receive credentials for it. Two rules
 * that must never be confused live here, each once:
 * - the hosts GKE nodes send their node credentials to (a fixed fact of GKE), and
 * - the hosts this service may send its own Google credentials to (server configuration).
 */
export {
  isNodeCredentialHost,
  matchesHostPattern,
  NODE_CREDENTIAL_HOST_PATTERNS,
} from './node-credential-hosts';
