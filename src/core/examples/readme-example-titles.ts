import type { ReadmeExample } from './readme-example.ts';

/**
 * The chart README's examples by id and title, in menu order: what the studio's menus need up
 * front. The texts load on demand (`loadReadmeExample`); the full list is `readmeExamples`.
 */
export const readmeExampleTitles = [
  { id: 'simple-python-actor', title: 'Example 1: Simple Python Actor' },
  { id: 'custom-image-and-resources', title: 'Example 2: Actor with Custom Image and Resources' },
  { id: 'gpu-scale-to-zero', title: 'Example 3: GPU Actor with Scale-to-Zero' },
  { id: 'advanced-scaling-formula', title: 'Example 4: Advanced Scaling with Custom Formula' },
  { id: 'statefulset-persistent-storage', title: 'Example 5: StatefulSet with Persistent Storage' },
  { id: 'sqs-transport', title: 'Example 6: SQS Transport' },
  { id: 'basic-installation', title: 'Basic Installation (--set flags as a values file)' },
  { id: 'my-values', title: 'Installation with Values File (my-values.yaml)' },
] as const satisfies readonly Omit<ReadmeExample, 'text'>[];

export type ReadmeExampleId = (typeof readmeExampleTitles)[number]['id'];

/** The example the studio starts with: Example 1, the echo actor. */
export const defaultExampleId = 'simple-python-actor' satisfies ReadmeExampleId;
