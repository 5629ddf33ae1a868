import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { asMap, type ActorView } from './actor-spec.ts';
import { operatorSource } from './operator-types.ts';

const containersPath = ['workload', 'template', 'spec', 'containers'];

function failure(message: string, path: ValuesPath, fix: string): Diagnostic {
  return {
    ruleId: 'operator/validation-error',
    severity: 'error',
    stage: 'operator',
    message: `The operator refuses the actor and creates nothing: ${message}`,
    fix,
    path,
    source: operatorSource,
  };
}

/** `validateAsyncActorSpec` (asya-operator.md §5.2): the first failing rule wins; text is the operator's. */
export function validateActorSpec(
  actor: ActorView,
): { error: string; diagnostic: Diagnostic } | undefined {
  const sidecarIndex = actor.containers.findIndex((c) => c.name === 'asya-sidecar');
  if (sidecarIndex >= 0) {
    const error =
      "container name 'asya-sidecar' is reserved for the injected sidecar and cannot be defined in the AsyncActor spec";
    return {
      error,
      diagnostic: failure(
        error,
        [...containersPath, sidecarIndex, 'name'],
        'Rename the container; the operator adds asya-sidecar itself.',
      ),
    };
  }
  const init = Array.isArray(actor.podSpec.initContainers)
    ? actor.podSpec.initContainers.map(asMap)
    : [];
  const initIndex = init.findIndex((c) => c.name === 'asya-sidecar');
  if (initIndex >= 0) {
    const error =
      "init container name 'asya-sidecar' is reserved for operator use and cannot be defined in the AsyncActor spec";
    return {
      error,
      diagnostic: failure(
        error,
        ['workload', 'template', 'spec', 'initContainers', initIndex, 'name'],
        'Rename the init container.',
      ),
    };
  }
  let runtimeCount = 0;
  for (const [index, container] of actor.containers.entries()) {
    if (container.name !== 'asya-runtime') continue;
    runtimeCount += 1;
    if (
      Array.isArray(container.command)
        ? container.command.length > 0
        : container.command !== undefined
    ) {
      const error =
        "container 'asya-runtime' cannot override command (command is managed by operator)";
      return {
        error,
        diagnostic: failure(
          error,
          [...containersPath, index, 'command'],
          'Remove `command`; set `workload.pythonExecutable` to choose the interpreter, or use `args`.',
        ),
      };
    }
  }
  if (runtimeCount !== 1) {
    const error = `workload must contain exactly one container named 'asya-runtime', but found ${runtimeCount}`;
    const fix =
      runtimeCount === 0
        ? 'Name the container that runs your handler `asya-runtime` (and give it an image).'
        : 'Keep one container named `asya-runtime`.';
    return { error, diagnostic: failure(error, containersPath, fix) };
  }
  return undefined;
}
