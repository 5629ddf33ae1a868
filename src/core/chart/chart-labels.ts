import { chartAppVersion, chartVersion } from './chart-profile.ts';
import { goString, goTruthy } from './go-values.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/** `trunc 63 | trimSuffix "-"` as the charts' name helpers do. */
export function truncateName(name: string): string {
  return name.slice(0, 63).replace(/-$/, '');
}

/** The five standard labels both charts print (asya-operator.md §1.3, readme-profile.md R3). */
export function standardLabels(
  chartName: string,
  appName: string,
  releaseName: string,
): Record<string, string> {
  return {
    'helm.sh/chart': `${chartName}-${chartVersion}`,
    'app.kubernetes.io/name': truncateName(appName),
    'app.kubernetes.io/instance': releaseName,
    'app.kubernetes.io/version': chartAppVersion,
    'app.kubernetes.io/managed-by': 'Helm',
  };
}

/** User entries stringified, nulls skipped, reserved keys dropped, sorted by key (R3/R4, D7/D8). */
export function userStringMap(
  value: unknown,
  reserved: readonly string[] = [],
): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isRecord(value)) return result;
  for (const key of Object.keys(value).sort()) {
    const entry = value[key];
    if (entry === null || entry === undefined || reserved.includes(key)) continue;
    result[key] = goString(entry);
  }
  return result;
}

/** The asya-test-actor chart's name helper: `nameOverride` when truthy, else the chart name (D6). */
export function testActorAppName(nameOverride: unknown): string {
  return goTruthy(nameOverride) ? goString(nameOverride) : 'asya-test-actor';
}
