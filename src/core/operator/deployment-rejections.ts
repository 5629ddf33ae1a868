import type { ValuesPath } from '@/core/diagnostics/index.ts';
import {
  deploymentValidationSources,
  fieldErrorText,
  validateDeployment,
  type FieldError,
} from '@/core/kubernetes-validation/index.ts';
import { asMap, type ActorView } from './actor-spec.ts';

/** A reason the API server refuses the Deployment the operator sends (asya-operator.md §5.5). */
export interface DeploymentRejection {
  /** The API server's text for this one error: `spec.template…: Not found: "data"`. */
  message: string;
  path: ValuesPath;
  fix: string;
  source: string;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The operator puts the user's list items first and appends its own (containers, volumes, mounts,
 * env; §4.7), so an index past the user's list is one of the operator's items: the value at fault
 * is then the user's item with the same name (or mount path).
 */
function userIndex(user: unknown[], deployed: unknown, index: number, next: unknown): number {
  if (index < user.length) return index;
  const item = asMap(deployed);
  const field = next === 'mountPath' ? 'mountPath' : 'name';
  return user.findIndex((u) => isMap(u) && u[field] !== undefined && u[field] === item[field]);
}

/** The label or annotation key a metadata error is about, when the user wrote it. */
function metadataKey(
  error: FieldError,
  user: Record<string, unknown>,
  selector: Record<string, unknown>,
): string | undefined {
  if (error.detail?.startsWith('`selector`'))
    return Object.keys(selector).find((k) => k in user && user[k] !== selector[k]);
  if (typeof error.value === 'string' && Object.hasOwn(user, error.value)) return error.value;
  return Object.keys(user).find((k) => user[k] === error.value);
}

/** The values path that produced the Deployment field an error is about. */
function valuesPath(
  error: FieldError,
  deployment: Record<string, unknown>,
  actor: ActorView,
): ValuesPath {
  const steps = error.path.map((s) => (typeof s === 'object' ? s.key : s));
  if (steps[0] !== 'spec' || steps[1] !== 'template') return ['name'];
  const selector = asMap(asMap(asMap(deployment.spec).selector).matchLabels);
  const out: (string | number)[] = ['workload', 'template'];
  let user: unknown = asMap(actor.workload).template;
  let deployed: unknown = asMap(deployment.spec).template;
  for (let i = 2; i < steps.length; i++) {
    const step = steps[i] ?? '';
    if (step === 'labels' || step === 'annotations') {
      const map = asMap(asMap(user)[step]);
      const key = metadataKey(error, map, step === 'labels' ? selector : {});
      // An operator label the user did not write comes from the actor's name.
      if (key === undefined && step === 'labels' && !error.detail?.startsWith('`selector`'))
        return ['name'];
      return [...out, step, ...(key === undefined ? [] : [key])];
    }
    let next: string | number = step;
    if (typeof step === 'number') {
      if (!Array.isArray(user)) break;
      next = userIndex(
        user,
        Array.isArray(deployed) ? deployed[step] : undefined,
        step,
        steps[i + 1],
      );
      if (next < 0) break;
    } else if (!isMap(user) || !(step in user)) break;
    out.push(next);
    user = (user as Record<string | number, unknown>)[next];
    deployed =
      isMap(deployed) || Array.isArray(deployed)
        ? (deployed as Record<string | number, unknown>)[step]
        : undefined;
  }
  return out;
}

/** What to change, by the field the error is at. */
function fixFor(error: FieldError): string {
  const steps = error.path.map((s) => (typeof s === 'object' ? s.key : s));
  const has = (step: string) => steps.includes(step);
  const last = steps[steps.length - 1];
  if (has('volumeMounts') && error.type === 'NotFound')
    return 'Define a volume with this name in workload.template.spec.volumes, or mount a volume that exists.';
  if (has('volumeMounts'))
    return 'Mount at another path: the operator mounts /var/run/asya, /tmp and /opt/asya/asya_runtime.py into asya-runtime.';
  if (has('volumes'))
    return 'Give each volume its own DNS-label name: the operator adds socket-dir, tmp and asya-runtime.';
  if (has('labels') || has('matchLabels'))
    return 'Use a valid label (keys: optional DNS prefix and a name of at most 63 characters; values: at most 63 alphanumerics, -, _ or .), and leave app, asya.sh/asya and asya.sh/workload to the operator.';
  if (has('annotations'))
    return 'Use qualified annotation keys and keep all annotations together under 256 KiB.';
  if (has('resources'))
    return 'Keep each request at or below its limit; extended resources such as nvidia.com/gpu need a whole-number limit equal to the request.';
  if (last === 'restartPolicy')
    return 'Remove restartPolicy: a Deployment only runs pods with restartPolicy Always.';
  if (last === 'activeDeadlineSeconds')
    return 'Remove activeDeadlineSeconds: a Deployment does not allow it.';
  if (has('livenessProbe') || has('readinessProbe') || has('startupProbe'))
    return 'Give the probe exactly one handler (exec, httpGet, tcpSocket or grpc), or remove it to get the operator default.';
  if (has('ports'))
    return 'Port names are IANA service names (at most 15 lower-case letters, digits and single hyphens, with a letter), unique in the container; host ports unique in the pod.';
  if (has('env'))
    return 'Environment variable names are printable ASCII without "=" (Kubernetes 1.29 allowed only letters, digits, _, - and ., not starting with a digit).';
  if (last === 'imagePullPolicy') return 'Use Always, IfNotPresent or Never.';
  if (last === 'name')
    return 'Container names are unique DNS labels (lower-case letters, digits and -, at most 63).';
  return 'Correct the value so that Kubernetes accepts the Deployment.';
}

const appsOnly = new Set(['restartPolicy', 'activeDeadlineSeconds']);

/** Kubernetes' validation of the Deployment the operator submits, each error placed in the values. */
export function deploymentRejections(
  deployment: Record<string, unknown>,
  actor: ActorView,
): DeploymentRejection[] {
  return validateDeployment(deployment).map((error) => {
    const last = error.path[error.path.length - 1];
    const apps =
      error.type === 'NotSupported'
        ? error.detail === 'supported values: "Always"'
        : (typeof last === 'string' && appsOnly.has(last)) ||
          error.detail?.startsWith('`selector`');
    return {
      message: fieldErrorText(error),
      path: valuesPath(error, deployment, actor),
      fix: fixFor(error),
      source: apps ? deploymentValidationSources.apps : deploymentValidationSources.core,
    };
  });
}
