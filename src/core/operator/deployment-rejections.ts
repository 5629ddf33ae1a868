import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { asMap, type ActorView } from './actor-spec.ts';
import { podLabels } from './pod-template.ts';

/** A reason the API server refuses the Deployment the operator sends (asya-operator.md §5.5). */
export interface DeploymentRejection {
  message: string;
  path: ValuesPath;
}

const podSpecPath = ['workload', 'template', 'spec'];
const reservedVolumes = ['socket-dir', 'tmp', 'asya-runtime'];
const reservedMounts = ['/var/run/asya', '/tmp', '/opt/asya/asya_runtime.py'];
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map(asMap) : [];

function volumeClashes(actor: ActorView): DeploymentRejection[] {
  return list(actor.podSpec.volumes).flatMap((volume, i) =>
    typeof volume.name === 'string' && reservedVolumes.includes(volume.name)
      ? [
          {
            message: `spec.template.spec.volumes[${i}].name: Duplicate value: "${volume.name}" (the operator adds a volume with this name)`,
            path: [...podSpecPath, 'volumes', i, 'name'],
          },
        ]
      : [],
  );
}

function mountClashes(actor: ActorView): DeploymentRejection[] {
  const index = actor.containers.findIndex((c) => c.name === 'asya-runtime');
  const runtime = actor.containers[index];
  return list(runtime?.volumeMounts).flatMap((mount, i) =>
    typeof mount.mountPath === 'string' && reservedMounts.includes(mount.mountPath)
      ? [
          {
            message: `spec.template.spec.containers[${index}].volumeMounts.mountPath: Invalid value: "${mount.mountPath}": must be unique (the operator mounts there)`,
            path: [...podSpecPath, 'containers', index, 'volumeMounts', i, 'mountPath'],
          },
        ]
      : [],
  );
}

function labelClashes(actor: ActorView): DeploymentRejection[] {
  const user = asMap(actor.podMetadata.labels);
  return Object.entries(podLabels(actor))
    .filter(([key, value]) => key in user && user[key] !== value)
    .map(([key]) => ({
      message: `spec.template.metadata.labels: Invalid value: ${JSON.stringify(user[key])}: \`selector\` does not match template \`labels\` (label ${key})`,
      path: ['workload', 'template', 'metadata', 'labels', key],
    }));
}

function duplicateContainers(actor: ActorView): DeploymentRejection[] {
  const seen = new Set<unknown>();
  return actor.containers.flatMap((container, i) => {
    if (seen.has(container.name))
      return [
        {
          message: `spec.template.spec.containers[${i}].name: Duplicate value: ${JSON.stringify(container.name)}`,
          path: [...podSpecPath, 'containers', i, 'name'],
        },
      ];
    seen.add(container.name);
    return [];
  });
}

function missingImages(actor: ActorView): DeploymentRejection[] {
  return actor.containers.flatMap((container, i) =>
    typeof container.image === 'string' && container.image !== ''
      ? []
      : [
          {
            message: `spec.template.spec.containers[${i}].image: Required value`,
            path: [...podSpecPath, 'containers', i, 'image'],
          },
        ],
  );
}

function nameTooLong(actor: ActorView): DeploymentRejection[] {
  if (actor.name.length <= 63) return [];
  return [
    {
      message: `spec.selector.matchLabels: Invalid value: "${actor.name}": must be no more than 63 characters (actor name used as a label value)`,
      path: ['name'],
    },
  ];
}

export function deploymentRejections(actor: ActorView): DeploymentRejection[] {
  return [
    ...volumeClashes(actor),
    ...mountClashes(actor),
    ...labelClashes(actor),
    ...duplicateContainers(actor),
    ...missingImages(actor),
    ...nameTooLong(actor),
  ];
}
