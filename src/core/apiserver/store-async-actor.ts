import {
  applySchema,
  type CrdViolation,
  type ObjectPath,
  type SchemaFindings,
} from './apply-crd-schema.ts';
import { asyncActorSpecSchema } from './crd-schema.ts';
import { dropGoZeroValues, goZeroValuePaths } from './drop-go-zero-values.ts';
import { canonicalResources } from './canonicalise-quantities.ts';
import { decodePodTemplate, type DecodeError, type DroppedField } from './decode-pod-template.ts';
import { validateMetadata } from './validate-metadata.ts';
import { isRecord } from '@/core/shared/is-record.ts';

export interface StoreOptions {
  releaseName: string;
  releaseNamespace: string;
  /** False for a bare manifest applied with kubectl: no Helm ownership annotations. Default true. */
  viaHelm?: boolean;
}

/** The API-server stage: the stored AsyncActor, or the rejection that stops `helm install`. */
export interface StoreResult {
  stored?: Record<string, unknown>;
  /** Fields dropped as unknown (Helm shows them as API-server warnings). */
  pruned: ObjectPath[];
  violations: CrdViolation[];
  /** Zero values the operator's finalizer write leaves out, so their CRD defaults return (§2.3). */
  zeroValuesDropped: ObjectPath[];
  /** Pod-template fields Kubernetes 1.29's Go types lack: the operator's first write drops them (§2.3). */
  podFieldsDropped: DroppedField[];
  /**
   * Values the operator's Go types cannot decode: the operator cannot read the actor at all, so
   * `stored` is the object as the API server keeps it, never written back by the operator (§2.3).
   */
  decodeErrors: DecodeError[];
  /** The API server's error text when it refuses the object. */
  rejection?: string;
}

/**
 * The operator's first update (adding its finalizer) writes Go structs back: empty sidecar, timeout
 * and scaling objects appear, zero `omitempty` values vanish, and all of them get their CRD defaults
 * again; quantities become canonical (§2.3, §4.2).
 */
function afterFinalizerUpdate(
  spec: Record<string, unknown>,
  zeroPaths: string[][],
): Record<string, unknown> {
  const materialised = {
    sidecar: {},
    timeout: {},
    scaling: {},
    ...dropGoZeroValues(spec, zeroPaths),
  };
  const findings: SchemaFindings = { pruned: [], violations: [] };
  const result = applySchema(materialised, asyncActorSpecSchema, ['spec'], findings) as Record<
    string,
    unknown
  >;
  const sidecar = result.sidecar as Record<string, unknown>;
  if ('resources' in sidecar) sidecar.resources = canonicalResources(sidecar.resources);
  const workload = result.workload as Record<string, unknown>;
  return {
    transport: result.transport,
    sidecar,
    timeout: result.timeout,
    scaling: result.scaling,
    workload,
  };
}

function storedMetadata(
  metadata: Record<string, unknown>,
  opts: StoreOptions,
  operatorWrote: boolean,
): Record<string, unknown> {
  const helm =
    opts.viaHelm === false
      ? {}
      : {
          'meta.helm.sh/release-name': opts.releaseName,
          'meta.helm.sh/release-namespace': opts.releaseNamespace,
        };
  const annotations = { ...(isRecord(metadata.annotations) ? metadata.annotations : {}), ...helm };
  const namespace =
    typeof metadata.namespace === 'string' ? metadata.namespace : opts.releaseNamespace;
  return {
    name: metadata.name,
    namespace,
    ...(isRecord(metadata.labels) ? { labels: metadata.labels } : {}),
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    // The finalizer write changes the spec, so the generation moves from 1 to 2 (§4.2).
    ...(operatorWrote ? { finalizers: ['asya.sh/finalizer'] } : {}),
    generation: operatorWrote ? 2 : 1,
    uid: `<cluster: uid of AsyncActor ${namespace}/${String(metadata.name)}>`,
  };
}

/** Rendered AsyncActor → what `helm install` stores and the operator reads (asya-operator.md §2, §4.2). */
export function storeAsyncActor(
  rendered: Record<string, unknown>,
  opts: StoreOptions,
): StoreResult {
  const metadata = isRecord(rendered.metadata) ? rendered.metadata : {};
  const findings: SchemaFindings = { pruned: [], violations: validateMetadata(metadata) };
  const spec = applySchema(rendered.spec ?? null, asyncActorSpecSchema, ['spec'], findings);
  if (findings.violations.length > 0 || !isRecord(spec)) {
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    const rejection = `AsyncActor.asya.sh "${name}" is invalid: ${findings.violations.map((v) => v.message).join(', ')}`;
    return {
      ...findings,
      zeroValuesDropped: [],
      podFieldsDropped: [],
      decodeErrors: [],
      rejection,
    };
  }
  const header = { apiVersion: 'asya.sh/v1alpha1', kind: 'AsyncActor' };
  const workload = spec.workload as Record<string, unknown>;
  const decoded = decodePodTemplate(workload.template, ['spec', 'workload', 'template']);
  if (decoded.errors.length > 0) {
    const stored = { ...header, metadata: storedMetadata(metadata, opts, false), spec };
    return {
      ...findings,
      zeroValuesDropped: [],
      podFieldsDropped: [],
      decodeErrors: decoded.errors,
      stored,
    };
  }
  const zeroPaths = goZeroValuePaths(spec);
  const written = { ...spec, workload: { ...workload, template: decoded.template } };
  const stored = {
    ...header,
    metadata: storedMetadata(metadata, opts, true),
    spec: afterFinalizerUpdate(written, zeroPaths),
  };
  return {
    ...findings,
    zeroValuesDropped: zeroPaths.map((p) => ['spec', ...p]),
    podFieldsDropped: decoded.dropped,
    decodeErrors: [],
    stored,
  };
}
