import { z } from 'zod';
import { quantitySchema } from './container-schema.ts';
import { optionalValue } from './optional-value.ts';
import { podTemplateSchema } from './pod-template-schema.ts';

export const workloadKinds = ['Deployment', 'StatefulSet'] as const;

export const volumeClaimTemplateSchema = z
  .looseObject({
    metadata: z.looseObject({ name: z.string().meta({ title: 'Claim name' }) }).optional(),
    spec: z
      .looseObject({
        accessModes: z
          .array(z.string())
          .optional()
          .meta({ title: 'Access modes', examples: [['ReadWriteOnce']] }),
        storageClassName: z
          .string()
          .optional()
          .meta({ title: 'Storage class', examples: ['fast-ssd'] }),
        resources: z
          .looseObject({
            requests: z
              .record(z.string(), quantitySchema)
              .optional()
              .meta({ title: 'Storage requests' }),
          })
          .optional(),
      })
      .optional(),
  })
  .meta({ title: 'Volume claim template' });

/** `workload`: passed to the AsyncActor as written (`toYaml`). */
export const workloadSchema = z
  .object({
    kind: optionalValue(z.enum(workloadKinds)).meta({
      title: 'Workload kind',
      description:
        '`Deployment` (stateless, the default) or `StatefulSet` (persistent storage per pod). The current operator stops StatefulSet actors with "StatefulSet support not yet implemented".',
    }),
    replicas: optionalValue(z.int().min(0)).meta({
      title: 'Replicas',
      description: 'Number of replicas; ignored while scaling is enabled. Default 1.',
      examples: [1],
    }),
    pythonExecutable: optionalValue(z.string()).meta({
      title: 'Python executable',
      description: 'Python used to start the runtime. Default `python3`.',
      examples: ['python3', '/opt/conda/bin/python'],
    }),
    template: optionalValue(podTemplateSchema),
    volumeClaimTemplates: optionalValue(z.array(volumeClaimTemplateSchema)).meta({
      title: 'Volume claim templates',
      description:
        'Persistent volumes per StatefulSet pod, as the README shows. The AsyncActor CRD does not know this field: the API server drops it.',
    }),
  })
  .meta({
    title: 'Workload',
    description:
      'The Deployment or StatefulSet that runs your handler. asya-test-actor has no default container; asya-actor replaces its default workload (a sample `asya-runtime`) with yours as a whole.',
  });
