/**
 * The GKE version table: every version-dependent fact the service knows, as data.
 * Sources: Artifact Registry "Integrate with GKE" (default pull permission minimums),
 * GKE "Using containerd" (cos_containerd default from 1.19), GKE "Docker to containerd"
 * deprecation (Docker node images unsupported from 1.24), GKE "Migrate to containerd 2"
 * (containerd 2 on Linux from 1.33, on Windows Server from 1.35).
 */
export interface DefaultPullPermissionLine {
  /** `MAJOR.MINOR` of the release line the minimum applies to. */
  line: string;
  minimumPatch: string;
}

export interface GkeVersionTable {
  defaultPullPermission: {
    /** Release lines below the first listed line never had the default permission. */
    minimumPatches: readonly DefaultPullPermissionLine[];
    /** From this `MAJOR.MINOR` on, every patch has the default permission. */
    allPatchesFrom: string;
    docs: string;
  };
  containerdDefaultFrom: string;
  dockerNodeImagesUnsupportedFrom: string;
  containerd2From: { linux: string; windows: string };
  windowsContainerdImagesFrom: string;
  docs: {
    containerdDefault: string;
    dockerNodeImages: string;
    containerd2: string;
  };
}

export const GKE_VERSION_TABLE: GkeVersionTable = {
  defaultPullPermission: {
    minimumPatches: [
      { line: '1.14', minimumPatch: '1.14.10-gke.22' },
      { line: '1.15', minimumPatch: '1.15.9-gke.8' },
    ],
    allPatchesFrom: '1.16',
    docs: 'https://cloud.google.com/artifact-registry/docs/integrate-gke',
  },
  containerdDefaultFrom: '1.19',
  dockerNodeImagesUnsupportedFrom: '1.24',
  containerd2From: { linux: '1.33', windows: '1.35' },
  windowsContainerdImagesFrom: '1.21.1-gke.2200',
  docs: {
    containerdDefault: 'https://cloud.google.com/kubernetes-engine/docs/concepts/using-containerd',
    dockerNodeImages:
      'https://cloud.google.com/kubernetes-engine/docs/deprecations/docker-containerd',
    containerd2:
      'https://cloud.google.com/kubernetes-engine/docs/deprecations/migrate-containerd-2',
  },
};
