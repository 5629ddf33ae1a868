/**
 * The asya-actor chart's test and pre-install hooks (deploy/helm-charts/asya-actor/templates/tests/
 * in deliveryhero/asya). `helm template` and `helm install` render them with the AsyncActor, so an
 * expression in a hook that fails stops the whole release, although the hooks create nothing the
 * studio shows. Each hook is walked in the order its template evaluates the values.
 */
import { goTruthy } from './go-values.ts';
import { goAnd, goEqString, goField, goRange, type TemplatePlace } from './go-template-eval.ts';

const tests = (name: string): TemplatePlace => ({
  file: `asya-actor/templates/tests/${name}.yaml`,
});

/** `if and .Values.default.scaling .Values.default.scaling.enabled` (three hooks share it). */
function scalingCheck(place: TemplatePlace, values: unknown): void {
  goAnd(
    () => goField(place, values, ['default', 'scaling']),
    () => goField(place, values, ['default', 'scaling', 'enabled']),
  );
}

function notMultiActor(place: TemplatePlace, values: unknown): () => boolean {
  return () => !goTruthy(goField(place, values, ['actors']));
}

function statusHook(values: unknown): void {
  const place = tests('test-asyncactor-status');
  const on = goAnd(
    () => goField(place, values, ['default', 'healthChecks', 'status', 'enabled']),
    notMultiActor(place, values),
  );
  if (on) scalingCheck(place, values);
}

function crewHook(values: unknown): void {
  const place = tests('test-crew-health');
  if (goAnd(() => goField(place, values, ['default', 'healthChecks', 'crew', 'enabled'])))
    goRange(place, values, ['default', 'healthChecks', 'crew', 'requiredActors']);
}

function deploymentHook(values: unknown): void {
  const place = tests('test-deployment-readiness');
  const on = goAnd(
    () => goField(place, values, ['default', 'healthChecks', 'deployment', 'enabled']),
    notMultiActor(place, values),
  );
  if (!on) return;
  goField(place, values, ['default', 'workload', 'kind']);
  goField(place, values, ['default', 'healthChecks', 'deployment', 'timeoutSeconds']);
  goField(place, values, ['infrastructure', 'operatorNamespace']);
  scalingCheck(place, values);
}

function preInstallHook(values: unknown): void {
  const place = tests('test-pre-install-validation');
  if (!goAnd(() => goField(place, values, ['default', 'healthChecks', 'preInstall', 'enabled'])))
    return;
  scalingCheck(place, values);
  goField(place, values, ['infrastructure', 'operatorNamespace']);
}

function queueHook(values: unknown): void {
  const place = tests('test-queue-health');
  const on = goAnd(
    () => goField(place, values, ['default', 'healthChecks', 'queue', 'enabled']),
    notMultiActor(place, values),
  );
  if (!on) return;
  const transport = ['transport'];
  const rabbitmq = goEqString(place, values, transport, 'rabbitmq');
  if (!rabbitmq) goEqString(place, values, transport, 'sqs');
  if (goEqString(place, values, transport, 'sqs')) {
    goField(place, values, ['infrastructure', 'sqs', 'region']);
    goField(place, values, ['infrastructure', 'sqs', 'secretName']);
    goField(place, values, ['infrastructure', 'sqs', 'endpoint']);
  }
  goField(place, values, ['default', 'healthChecks', 'queue', 'timeoutSeconds']);
  if (rabbitmq) {
    goField(place, values, ['infrastructure', 'rabbitmq', 'podName']);
    goField(place, values, ['infrastructure', 'operatorNamespace']);
  } else if (goEqString(place, values, transport, 'sqs')) {
    goField(place, values, ['infrastructure', 'operatorNamespace']);
  }
}

/**
 * Evaluates every hook's expressions on the coalesced values; throws `ChartTemplateError` with
 * Helm's message at the first one that fails.
 */
export function checkAsyaActorHooks(values: unknown): void {
  statusHook(values);
  crewHook(values);
  deploymentHook(values);
  preInstallHook(values);
  queueHook(values);
}
