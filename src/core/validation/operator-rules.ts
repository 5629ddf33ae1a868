import { upstreamLink } from '../diagnostics/upstream-source.ts';
import type { Rule, RuleFinding } from './rule.ts';
import { asList } from './values-access.ts';
import {
  POD_SPEC,
  containers,
  initContainers,
  runtimeContainers,
  userWorkloadApplies,
} from './workload-access.ts';

/** The operator's pod-template validation at the pinned commit, at the check a rule models. */
const controller = (lines: readonly [number, number]): string =>
  upstreamLink('asya', 'src/asya-operator/internal/controller/asya_controller.go', lines);

export const runtimeContainerCount: Rule = {
  id: 'operator/runtime-container-count',
  severity: 'error',
  summary: 'The pod spec has exactly one container named `asya-runtime`.',
  source: controller([406, 419]),
  check(context) {
    if (!userWorkloadApplies(context)) return [];
    const found = runtimeContainers(context);
    if (found.length === 1) return [];
    const listPath = [...POD_SPEC, 'containers'];
    const path = found.length > 1 ? (found[1]?.path ?? listPath) : listPath;
    return [
      {
        path,
        message: `The operator refuses the actor ("workload must contain exactly one container named 'asya-runtime', but found ${found.length}"), so no Deployment or ScaledObject is created.`,
        fix:
          found.length === 0
            ? 'Name your handler container `asya-runtime` (under workload.template.spec.containers).'
            : 'Keep one container named `asya-runtime` and rename or remove the others.',
      },
    ];
  },
};

export const runtimeCommand: Rule = {
  id: 'operator/runtime-command',
  severity: 'error',
  summary: 'The `asya-runtime` container sets no `command`.',
  source: controller([406, 414]),
  check(context) {
    return runtimeContainers(context)
      .filter(({ container }) => asList(container.command).length > 0)
      .map(({ path }) => ({
        path: [...path, 'command'],
        message:
          'The operator refuses the actor ("container \'asya-runtime\' cannot override command"): it injects the command that starts asya_runtime.py itself.',
        fix: 'Remove `command` from the asya-runtime container; use `workload.pythonExecutable` to choose the Python binary.',
      }));
  },
};

function reservedName(
  kind: 'container' | 'init container',
  found: ReturnType<typeof containers>,
): RuleFinding[] {
  return found
    .filter(({ container }) => container.name === 'asya-sidecar')
    .map(({ path }) => ({
      path: [...path, 'name'],
      message:
        kind === 'container'
          ? "The operator refuses the actor: the container name 'asya-sidecar' is reserved for the sidecar it injects."
          : "The operator refuses the actor: the init container name 'asya-sidecar' is reserved for operator use.",
      fix: 'Rename this container; the operator adds and configures the sidecar by itself.',
    }));
}

export const reservedSidecarName: Rule = {
  id: 'operator/reserved-sidecar-name',
  severity: 'error',
  summary: 'No container is named `asya-sidecar`.',
  source: controller([392, 397]),
  check: (context) => reservedName('container', containers(context)),
};

export const reservedSidecarInitName: Rule = {
  id: 'operator/reserved-sidecar-init-name',
  severity: 'error',
  summary: 'No init container is named `asya-sidecar`.',
  source: controller([399, 404]),
  check: (context) => reservedName('init container', initContainers(context)),
};

export const operatorRules: readonly Rule[] = [
  runtimeContainerCount,
  runtimeCommand,
  reservedSidecarName,
  reservedSidecarInitName,
];
