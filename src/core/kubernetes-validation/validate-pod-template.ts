import { quantityNanos, canonicalQuantity } from '@/core/apiserver/quantity.ts';
import { notSupported, type FieldError, type PathStep } from './field-error.ts';
import {
  byteLength,
  isDNS1123Label,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidLabelValue,
  isValidPortName,
} from './names.ts';

/**
 * A port of the parts of Kubernetes 1.34.2's pod template validation that a pod template written
 * into Helm values can fail (kubernetes/kubernetes pkg/apis/core/validation/validation.go:
 * ValidatePodTemplateSpec → ValidateObjectMeta's labels and annotations, ValidatePodSpec →
 * validateVolumes, validateContainers, validateContainerPorts, validateEnv, ValidateVolumeMounts,
 * ValidateContainerResourceRequirements, validateProbe/validateHandler, validatePullPolicy,
 * validateRestartPolicy, checkHostPortConflicts; metav1 validation ValidateLabels; apimachinery
 * ValidateAnnotations). Input is the template after the API server's defaulting (SetDefaults_*).
 */

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map((x) => (isMap(x) ? x : {})) : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** k8s.io/apimachinery/pkg/api/validation/objectmeta.go TotalAnnotationSizeLimitB. */
const totalAnnotationSizeLimit = 256 * 1024;

function validateMetadata(metadata: Json, path: PathStep[]): FieldError[] {
  const errors: FieldError[] = [];
  const labelsPath = [...path, 'labels'];
  for (const [key, value] of Object.entries(isMap(metadata.labels) ? metadata.labels : {})) {
    for (const detail of isQualifiedName(key))
      errors.push({ type: 'Invalid', path: labelsPath, value: key, detail });
    for (const detail of isValidLabelValue(text(value)))
      errors.push({ type: 'Invalid', path: labelsPath, value, detail });
  }
  const annotations = isMap(metadata.annotations) ? metadata.annotations : {};
  const annotationsPath = [...path, 'annotations'];
  let size = 0;
  for (const [key, value] of Object.entries(annotations)) {
    // The rule is QualifiedName except that case does not matter.
    for (const detail of isQualifiedName(key.toLowerCase()))
      errors.push({ type: 'Invalid', path: annotationsPath, value: key, detail });
    size += byteLength(key) + byteLength(text(value));
  }
  if (size > totalAnnotationSizeLimit)
    errors.push({
      type: 'TooLong',
      path: annotationsPath,
      detail: `may not be more than ${totalAnnotationSizeLimit} bytes`,
    });
  return errors;
}

function validateVolumes(volumes: Json[], path: PathStep[]): FieldError[] {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  volumes.forEach((volume, i) => {
    const namePath = [...path, i, 'name'];
    const name = text(volume.name);
    if (name === '') errors.push({ type: 'Required', path: namePath });
    else
      for (const detail of isDNS1123Label(name))
        errors.push({ type: 'Invalid', path: namePath, value: name, detail });
    if (names.has(name)) errors.push({ type: 'Duplicate', path: namePath, value: name });
    else names.add(name);
    const sources = Object.keys(volume).filter((k) => k !== 'name');
    if (sources.length === 0)
      errors.push({ type: 'Required', path: [...path, i], detail: 'must specify a volume type' });
    for (const extra of sources.slice(1))
      errors.push({
        type: 'Forbidden',
        path: [...path, i, extra],
        detail: 'may not specify more than 1 volume type',
      });
  });
  return errors;
}

function validatePorts(ports: Json[], path: PathStep[]): FieldError[] {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const name = text(port.name);
    if (name !== '') {
      const messages = isValidPortName(name);
      for (const detail of messages)
        errors.push({ type: 'Invalid', path: [...path, i, 'name'], value: name, detail });
      if (messages.length === 0 && names.has(name))
        errors.push({ type: 'Duplicate', path: [...path, i, 'name'], value: name });
      names.add(name);
    }
    const containerPort = typeof port.containerPort === 'number' ? port.containerPort : 0;
    if (containerPort === 0) errors.push({ type: 'Required', path: [...path, i, 'containerPort'] });
    else if (containerPort < 1 || containerPort > 65535)
      errors.push({
        type: 'Invalid',
        path: [...path, i, 'containerPort'],
        value: containerPort,
        detail: 'must be between 1 and 65535, inclusive',
      });
    const protocol = text(port.protocol) || 'TCP';
    if (!['SCTP', 'TCP', 'UDP'].includes(protocol))
      errors.push(notSupported([...path, i, 'protocol'], protocol, ['SCTP', 'TCP', 'UDP']));
  });
  return errors;
}

function validateEnv(env: Json[], path: PathStep[]): FieldError[] {
  return env.flatMap((variable, i): FieldError[] => {
    const name = text(variable.name);
    if (name === '') return [{ type: 'Required', path: [...path, i, 'name'] }];
    return isRelaxedEnvVarName(name).map((detail) => ({
      type: 'Invalid',
      path: [...path, i, 'name'],
      value: name,
      detail,
    }));
  });
}

function validateMounts(mounts: Json[], volumes: Set<string>, path: PathStep[]): FieldError[] {
  const errors: FieldError[] = [];
  const mountPaths = new Set<string>();
  mounts.forEach((mount, i) => {
    const name = text(mount.name);
    if (name === '') errors.push({ type: 'Required', path: [...path, i, 'name'] });
    if (!volumes.has(name))
      errors.push({ type: 'NotFound', path: [...path, i, 'name'], value: name });
    const mountPath = text(mount.mountPath);
    if (mountPath === '') errors.push({ type: 'Required', path: [...path, i, 'mountPath'] });
    if (mountPaths.has(mountPath))
      errors.push({
        type: 'Invalid',
        path: [...path, i, 'mountPath'],
        value: mountPath,
        detail: 'must be unique',
      });
    mountPaths.add(mountPath);
  });
  return errors;
}

/** helper.IsNativeResource / IsOvercommitAllowed: a name without a domain, or in kubernetes.io. */
function overcommitAllowed(resource: string): boolean {
  const native = !resource.includes('/') || resource.includes('kubernetes.io/');
  return native && !resource.startsWith('hugepages-');
}

function validateResources(resources: Json, path: PathStep[]): FieldError[] {
  const errors: FieldError[] = [];
  const limits = isMap(resources.limits) ? resources.limits : {};
  // SetDefaults_Container: a limit without a request makes the request equal to it.
  const requests = { ...limits, ...(isMap(resources.requests) ? resources.requests : {}) };
  const requestsPath = [...path, 'requests'];
  for (const [name, quantity] of Object.entries(requests)) {
    const request = quantityNanos(quantity);
    const shown = canonicalQuantity(quantity) ?? String(quantity);
    if (request !== undefined && request < 0n)
      errors.push({
        type: 'Invalid',
        path: [...requestsPath, { key: name }],
        value: shown,
        detail: 'must be greater than or equal to 0',
      });
    if (!overcommitAllowed(name) && request !== undefined && request % 1_000_000_000n !== 0n)
      errors.push({
        type: 'Invalid',
        path: [...requestsPath, { key: name }],
        value: shown,
        detail: 'must be an integer',
      });
    if (!(name in limits)) {
      if (!overcommitAllowed(name))
        errors.push({
          type: 'Required',
          path: [...path, 'limits'],
          detail: 'Limit must be set for non overcommitable resources',
        });
      continue;
    }
    const limit = quantityNanos(limits[name]);
    if (request === undefined || limit === undefined) continue;
    const limitText = canonicalQuantity(limits[name]) ?? '';
    if (request !== limit && !overcommitAllowed(name))
      errors.push({
        type: 'Invalid',
        path: requestsPath,
        value: shown,
        detail: `must be equal to ${name} limit of ${limitText}`,
      });
    else if (request > limit)
      errors.push({
        type: 'Invalid',
        path: requestsPath,
        value: shown,
        detail: `must be less than or equal to ${name} limit of ${limitText}`,
      });
  }
  return errors;
}

const probeHandlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'];

/** validateHandler: exactly one handler, the later ones Forbidden at their own field. */
function validateProbe(probe: unknown, path: PathStep[], mustSucceedOnce: boolean): FieldError[] {
  if (!isMap(probe)) return [];
  const present = probeHandlers.filter((h) => probe[h] !== undefined && probe[h] !== null);
  const errors: FieldError[] = present.slice(1).map((h) => ({
    type: 'Forbidden',
    path: [...path, h],
    detail: 'may not specify more than 1 handler type',
  }));
  if (present.length === 0)
    errors.push({ type: 'Required', path, detail: 'must specify a handler type' });
  if (mustSucceedOnce && typeof probe.successThreshold === 'number' && probe.successThreshold !== 1)
    errors.push({
      type: 'Invalid',
      path: [...path, 'successThreshold'],
      value: probe.successThreshold,
      detail: 'must be 1',
    });
  return errors;
}

const pullPolicies = ['Always', 'IfNotPresent', 'Never'];

function validateContainer(
  container: Json,
  path: PathStep[],
  volumes: Set<string>,
  isInit: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  if (text(container.image) === '') errors.push({ type: 'Required', path: [...path, 'image'] });
  // SetDefaults_Container fills an empty policy, so only a wrong word is refused.
  const policy = text(container.imagePullPolicy);
  if (policy !== '' && !pullPolicies.includes(policy))
    errors.push(notSupported([...path, 'imagePullPolicy'], policy, pullPolicies));
  errors.push(...validatePorts(list(container.ports), [...path, 'ports']));
  errors.push(...validateEnv(list(container.env), [...path, 'env']));
  errors.push(...validateMounts(list(container.volumeMounts), volumes, [...path, 'volumeMounts']));
  if (isMap(container.resources))
    errors.push(...validateResources(container.resources, [...path, 'resources']));
  if (!isInit) {
    errors.push(...validateProbe(container.livenessProbe, [...path, 'livenessProbe'], true));
    errors.push(...validateProbe(container.readinessProbe, [...path, 'readinessProbe'], false));
    errors.push(...validateProbe(container.startupProbe, [...path, 'startupProbe'], true));
  }
  return errors;
}

function validateContainers(spec: Json, path: PathStep[], volumes: Set<string>): FieldError[] {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  const hostPorts = new Set<string>();
  const groups: [string, Json[], boolean][] = [
    ['containers', list(spec.containers), false],
    ['initContainers', list(spec.initContainers), true],
  ];
  if (list(spec.containers).length === 0)
    errors.push({ type: 'Required', path: [...path, 'containers'] });
  for (const [key, containers, isInit] of groups)
    containers.forEach((container, i) => {
      const at = [...path, key, i];
      const name = text(container.name);
      if (name === '') errors.push({ type: 'Required', path: [...at, 'name'] });
      else
        for (const detail of isDNS1123Label(name))
          errors.push({ type: 'Invalid', path: [...at, 'name'], value: name, detail });
      if (names.has(name)) errors.push({ type: 'Duplicate', path: [...at, 'name'], value: name });
      else names.add(name);
      errors.push(...validateContainer(container, at, volumes, isInit));
      // checkHostPortConflicts / AccumulateUniqueHostPorts: one host port per protocol and IP.
      list(container.ports).forEach((port, p) => {
        if (typeof port.hostPort !== 'number' || port.hostPort === 0) return;
        const key = `${text(port.protocol) || 'TCP'}/${text(port.hostIP)}/${port.hostPort}`;
        if (hostPorts.has(key))
          errors.push({ type: 'Duplicate', path: [...at, 'ports', p, 'hostPort'], value: key });
        hostPorts.add(key);
      });
    });
  return errors;
}

/** ValidatePodTemplateSpec for the template at `path` (`spec.template` of a Deployment). */
export function validatePodTemplate(template: Json, path: PathStep[]): FieldError[] {
  const metadata = isMap(template.metadata) ? template.metadata : {};
  const spec = isMap(template.spec) ? template.spec : {};
  const specPath = [...path, 'spec'];
  const volumes = list(spec.volumes);
  const errors = [
    ...validateMetadata(metadata, [...path, 'metadata']),
    ...validateVolumes(volumes, [...specPath, 'volumes']),
    ...validateContainers(spec, specPath, new Set(volumes.map((v) => text(v.name)))),
  ];
  const restartPolicy = text(spec.restartPolicy) || 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restartPolicy))
    errors.push(
      notSupported([...specPath, 'restartPolicy'], restartPolicy, ['Always', 'OnFailure', 'Never']),
    );
  return errors;
}
