import { effectiveDefault } from '../chart/chart-profile.ts';
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

/**
 * A scaling value as the chart renders it: the user's, else the profile's default. asya-actor
 * replaces its whole default block by a user block, so missing keys then fall to CRD defaults.
 */
export function scalingValue(context: RuleContext, key: string): unknown {
  const scaling = asMap(valueAt(context.values, ['scaling']));
  const own = scaling?.[key];
  if (own !== undefined && own !== null) return own;
  if (
    context.profile === 'asya-actor' &&
    scaling !== undefined &&
    Object.keys(scaling).length > 0
  ) {
    // CRD defaults (asya-operator.md §2.1) fill what a replacing user block leaves out.
    return { minReplicas: 0, maxReplicas: 50, enabled: false }[key];
  }
  return effectiveDefault(context.profile, ['scaling', key]);
}
