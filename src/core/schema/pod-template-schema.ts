import { z } from 'zod';
import { containerSchema } from './container-schema.ts';

export const tolerationSchema = z
  .looseObject({
    key: z.string().optional().meta({ title: 'Taint key' }),
    operator: z.enum(['Exists', 'Equal']).optional().meta({ title: 'Operator' }),
    value: z.string().optional().meta({ title: 'Taint value' }),
    effect: z
      .enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute'])
      .optional()
      .meta({ title: 'Effect' }),
    tolerationSeconds: z.int().optional().meta({ title: 'Toleration seconds' }),
  })
  .meta({ title: 'Toleration' });

export const volumeSchema = z
  .looseObject({
    name: z.string().meta({ title: 'Volume name' }),
    // The sources the form offers; every other source passes through the loose object unchanged.
    persistentVolumeClaim: z
      .looseObject({
        claimName: z.string().meta({
          title: 'PersistentVolumeClaim name',
          description:
            'An existing claim in the actor namespace; the pod stays Pending until it exists.',
        }),
      })
      .optional()
      .meta({ title: 'PersistentVolumeClaim' }),
    configMap: z
      .looseObject({
        name: z
          .string()
          .optional()
          .meta({ title: 'ConfigMap name', description: 'A ConfigMap in the actor namespace.' }),
      })
      .optional()
      .meta({ title: 'ConfigMap' }),
    secret: z
      .looseObject({
        secretName: z
          .string()
          .optional()
          .meta({ title: 'Secret name', description: 'A Secret in the actor namespace.' }),
      })
      .optional()
      .meta({ title: 'Secret' }),
  })
  .meta({
    title: 'Volume',
    description:
      'A pod volume (`emptyDir`, `configMap`, `secret`, `persistentVolumeClaim`, …). `socket-dir`, `tmp` and `asya-runtime` are taken by the operator.',
  });

export const podSpecSchema = z
  .looseObject({
    containers: z.array(containerSchema).optional().meta({
      title: 'Containers',
      description:
        'Exactly one container must be named `asya-runtime`; the operator adds the sidecar itself.',
    }),
    initContainers: z.array(containerSchema).optional().meta({ title: 'Init containers' }),
    nodeSelector: z
      .record(z.string(), z.string())
      .optional()
      .meta({
        title: 'Node selector',
        description: 'Node labels the pod must run on.',
        examples: [{ 'nvidia.com/gpu.present': 'true' }],
      }),
    tolerations: z.array(tolerationSchema).optional().meta({ title: 'Tolerations' }),
    volumes: z.array(volumeSchema).optional().meta({ title: 'Volumes' }),
    serviceAccountName: z.string().optional().meta({ title: 'Service account' }),
  })
  .meta({
    title: 'Pod spec',
    description: 'A Kubernetes pod spec; fields beyond those listed pass through.',
  });

export const podTemplateSchema = z
  .looseObject({
    metadata: z
      .looseObject({
        labels: z.record(z.string(), z.string()).optional().meta({ title: 'Pod labels' }),
        annotations: z.record(z.string(), z.string()).optional().meta({ title: 'Pod annotations' }),
      })
      .optional()
      .meta({ title: 'Pod metadata' }),
    spec: podSpecSchema.optional(),
  })
  .meta({
    title: 'Pod template',
    description: 'The pod the operator builds, before it injects the sidecar.',
  });
