import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { upstreamLink } from '@/core/diagnostics/index.ts';

/** The shipped chart's loop over `actors` and what each item inherits from the root. */
const chartTemplate = upstreamLink(
  'asya',
  'deploy/helm-charts/asya-actor/templates/asyncactor.yaml',
  [1, 15],
);

/** A problem of the document's structure: stage `chart`, since Helm (or helmfile) meets it first. */
function structureProblem(
  ruleId: string,
  severity: Diagnostic['severity'],
  path: ValuesPath,
  message: string,
  fix: string,
  source?: string,
): Diagnostic {
  return {
    ruleId,
    severity,
    stage: 'chart',
    message,
    fix,
    path,
    ...(source ? { source } : {}),
  };
}

export function actorWithoutName(path: ValuesPath): Diagnostic {
  return structureProblem(
    'release/actor-without-name',
    'error',
    path,
    'This actor has no `name`: the chart prints `name:` empty and the API server refuses the AsyncActor (metadata.name: Required value), so the whole release fails.',
    'Give the actor a `name`.',
    chartTemplate,
  );
}

export function actorNotAMap(path: ValuesPath, what: string): Diagnostic {
  return structureProblem(
    'release/actor-not-a-map',
    'error',
    path,
    `This ${what} is not a map: the chart template cannot read \`.name\` from it and \`helm template\` stops with an error.`,
    'Write the item as `key: value` pairs (name, transport, workload, …).',
    chartTemplate,
  );
}

export function actorsNotAList(path: ValuesPath): Diagnostic {
  return structureProblem(
    'release/actors-not-a-list',
    'error',
    path,
    "`actors` is neither a list nor a map: the chart's `range` cannot iterate over it, so `helm template` stops with an error and nothing is created.",
    'Write `actors:` as a list of maps, one per actor, or remove it for single-actor mode.',
    chartTemplate,
  );
}

export function actorsAMap(path: ValuesPath): Diagnostic {
  return structureProblem(
    'release/actors-a-map',
    'warning',
    path,
    '`actors` is a map, not a list: the chart ranges over its values in key order and ignores the keys, so each value renders as one actor.',
    'Write `actors:` as a list (`- name: …`), in the order you mean.',
    chartTemplate,
  );
}

export function valuesFileNotAvailable(path: ValuesPath, file: string): Diagnostic {
  return structureProblem(
    'release/values-file-not-available',
    'warning',
    path,
    `helmfile reads the values file \`${file}\`, which the studio does not have: the preview leaves its values out.`,
    'Paste the file content here as an inline map under `values:` to see its effect.',
  );
}

export function otherChart(path: ValuesPath, chart: string): Diagnostic {
  return structureProblem(
    'release/chart-assumed-asya-actor',
    'info',
    path,
    `The chart \`${chart}\` is not the README's asya-test-actor; the studio renders this release with the shipped asya-actor chart.`,
    'Point `chart` at a path ending in `asya-test-actor` for the README profile.',
  );
}

export function releaseNotAMap(path: ValuesPath): Diagnostic {
  return structureProblem(
    'release/release-not-a-map',
    'error',
    path,
    'This helmfile release is not a map: helmfile cannot read its name, chart and values.',
    'Write the release as a map with `name`, `chart`, `namespace` and `values`.',
  );
}

export function releaseNamespaceIgnored(
  path: ValuesPath,
  releaseNamespace: string,
  actorNamespace: string,
): Diagnostic {
  return structureProblem(
    'release/namespace-from-values',
    'info',
    path,
    `helmfile installs this release into \`${releaseNamespace}\`, but the chart takes the AsyncActor's namespace from the values: it lands in \`${actorNamespace}\`.`,
    `Set \`namespace: ${releaseNamespace}\` in the release's values.`,
    upstreamLink('asya', 'testing/e2e/charts/asya-test-actors/README.md', [505, 520]),
  );
}
