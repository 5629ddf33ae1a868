import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import type { RuleContext } from './rule.ts';
import { asList, asMap, valueAt } from './values-access.ts';

export const POD_SPEC: ValuesPath = ['workload', 'template', 'spec'];

/** A container as the user wrote it, with its path in the values. */
export interface ContainerAt {
  container: Record<string, unknown>;
  path: ValuesPath;
}

/**
 * Whether the workload the operator gets is the user's. asya-actor replaces an empty `workload`
 * by its default (a valid sample `asya-runtime`), so there is nothing of the user's to check.
 */
export function userWorkloadApplies(context: RuleContext): boolean {
  const workload = asMap(valueAt(context.values, ['workload']));
  if (context.profile === 'asya-actor')
    return workload !== undefined && Object.keys(workload).length > 0;
  return true;
}

function containersAt(context: RuleContext, key: 'containers' | 'initContainers'): ContainerAt[] {
  const list = asList(valueAt(context.values, [...POD_SPEC, key]));
  const found: ContainerAt[] = [];
  list.forEach((item, index) => {
    const container = asMap(item);
    if (container !== undefined) found.push({ container, path: [...POD_SPEC, key, index] });
  });
  return found;
}

export function containers(context: RuleContext): ContainerAt[] {
  return userWorkloadApplies(context) ? containersAt(context, 'containers') : [];
}

export function initContainers(context: RuleContext): ContainerAt[] {
  return userWorkloadApplies(context) ? containersAt(context, 'initContainers') : [];
}

export function runtimeContainers(context: RuleContext): ContainerAt[] {
  return containers(context).filter(({ container }) => container.name === 'asya-runtime');
}
