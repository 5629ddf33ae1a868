/**
 * Links to the upstream files that the studio's predictions follow, at pinned commits and tags, so a
 * user can open exactly the code a rule models. Every `source` a user sees is built here.
 */
export const upstreamRefs = {
  /** deliveryhero/asya: chart, CRD, operator (k8s.io/api v0.29.2). */
  asya: { repo: 'deliveryhero/asya', ref: '23d62b0e28f2163d22c61ffc17cc40ca05c6a103' },
  /** The Kubernetes release whose Go types the operator is built with (k8s.io/api v0.29.2). */
  kubernetesTypes: { repo: 'kubernetes/kubernetes', ref: 'v1.29.2' },
  /**
   * Kubernetes' own validation of the objects the operator submits (pkg/apis/core/validation,
   * pkg/apis/apps/validation), as a current cluster runs it.
   */
  kubernetes: { repo: 'kubernetes/kubernetes', ref: 'v1.34.2' },
  /** The name, label and error-message rules that validation uses (Kubernetes 1.34.2). */
  apimachinery: { repo: 'kubernetes/apimachinery', ref: 'v0.34.2' },
  /** KEDA as the studio models it. */
  keda: { repo: 'kedacore/keda', ref: 'v2.20.0' },
  /** Helm, as the chart is rendered (v3.17.3, the binary the differential test runs). */
  helm: { repo: 'helm/helm', ref: 'v3.17.3' },
  /** sigs.k8s.io/yaml as Helm v3.17.3 uses it, with the go-yaml v2 it vendors (goyaml.v2/). */
  sigsYaml: { repo: 'kubernetes-sigs/yaml', ref: 'v1.4.0' },
} as const;

export type UpstreamProject = keyof typeof upstreamRefs;

/** `https://github.com/<repo>/blob/<ref>/<path>[#L<line>[-L<end>]]`. */
export function upstreamLink(
  project: UpstreamProject,
  path: string,
  lines?: number | readonly [number, number],
): string {
  const { repo, ref } = upstreamRefs[project];
  const anchor =
    lines === undefined
      ? ''
      : typeof lines === 'number'
        ? `#L${lines}`
        : `#L${lines[0]}-L${lines[1]}`;
  return `https://github.com/${repo}/blob/${ref}/${path}${anchor}`;
}
