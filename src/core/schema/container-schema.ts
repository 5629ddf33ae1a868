import { z } from 'zod';

/** A Kubernetes quantity as YAML holds it: `500m`, `1Gi`, or a bare number. */
export const quantitySchema = z.union([z.string(), z.number()]).meta({
  title: 'Quantity',
  description: 'A Kubernetes quantity: `500m` (half a CPU), `1Gi`, `256Mi`, or a plain number.',
  examples: ['500m', '1Gi'],
});

export const envVarSchema = z
  .looseObject({
    name: z.string().meta({
      title: 'Name',
      description: 'Environment variable name.',
      examples: ['ASYA_HANDLER'],
    }),
    value: z
      .string()
      .optional()
      .meta({
        title: 'Value',
        description:
          'Always a string: quote numbers and words like `yes`, or Kubernetes rejects the pod.',
        examples: ['handlers.echo'],
      }),
    valueFrom: z.looseObject({}).optional().meta({
      title: 'Value from',
      description: 'Read the value from a Secret, ConfigMap or field instead of writing it here.',
    }),
  })
  .meta({ title: 'Environment variable' });

export const resourcesSchema = z
  .looseObject({
    limits: z.record(z.string(), quantitySchema).optional().meta({
      title: 'Limits',
      description: 'The most the container may use (`cpu`, `memory`, `nvidia.com/gpu`).',
    }),
    requests: z.record(z.string(), quantitySchema).optional().meta({
      title: 'Requests',
      description: 'What the scheduler reserves for the container. Must not exceed the limits.',
    }),
  })
  .meta({ title: 'Resources', description: 'CPU, memory and GPU requests and limits.' });

export const volumeMountSchema = z
  .looseObject({
    name: z
      .string()
      .meta({ title: 'Volume name', description: 'Name of a volume or volume claim template.' }),
    mountPath: z
      .string()
      .meta({ title: 'Mount path', description: 'Where the volume appears in the container.' }),
    readOnly: z.boolean().optional().meta({ title: 'Read only' }),
    subPath: z.string().optional().meta({ title: 'Sub-path' }),
  })
  .meta({ title: 'Volume mount' });

export const portSchema = z
  .looseObject({
    containerPort: z.int().min(1).max(65535).meta({ title: 'Container port' }),
    name: z.string().optional().meta({ title: 'Port name' }),
    protocol: z.enum(['TCP', 'UDP', 'SCTP']).optional().meta({ title: 'Protocol' }),
  })
  .meta({ title: 'Port' });

export const imagePullPolicies = ['Always', 'IfNotPresent', 'Never'] as const;

export const containerSchema = z
  .looseObject({
    name: z.string().meta({
      title: 'Container name',
      description:
        'The runtime container must be named `asya-runtime`; `asya-sidecar` is reserved for the injected sidecar.',
      examples: ['asya-runtime'],
    }),
    image: z
      .string()
      .optional()
      .meta({
        title: 'Image',
        description:
          'Container image; it must have `python3` on its PATH (or set the Python executable).',
        examples: ['python:3.13-slim'],
      }),
    imagePullPolicy: z.enum(imagePullPolicies).optional().meta({
      title: 'Image pull policy',
      description:
        'When Kubernetes pulls the image. Kubernetes default: `Always` for `:latest`, else `IfNotPresent`.',
    }),
    command: z.array(z.string()).optional().meta({
      title: 'Command',
      description:
        'Do not set on `asya-runtime`: the operator injects its own command and rejects an actor that sets one.',
    }),
    args: z.array(z.string()).optional().meta({ title: 'Arguments' }),
    env: z.array(envVarSchema).optional().meta({
      title: 'Environment',
      description:
        '`ASYA_HANDLER` (`module.function`) is required; set `PYTHONPATH` so the handler can be imported.',
    }),
    resources: resourcesSchema.optional(),
    volumeMounts: z.array(volumeMountSchema).optional().meta({ title: 'Volume mounts' }),
    ports: z.array(portSchema).optional().meta({ title: 'Ports' }),
  })
  .meta({ title: 'Container' });

export type ContainerInput = z.input<typeof containerSchema>;
