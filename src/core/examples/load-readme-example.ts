import { defaultExample } from './default-example.ts';
import type { ReadmeExample } from './readme-example.ts';

/**
 * One example, text included, or undefined for an unknown id. Every text but the default one loads
 * when first asked for, so the studio's first load carries only the titles and the starter.
 */
export async function loadReadmeExample(id: string): Promise<ReadmeExample | undefined> {
  if (id === defaultExample.id) return defaultExample;
  const [{ readmeExamples }, { multiActorExamples }] = await Promise.all([
    import('./readme-examples.ts'),
    import('./multi-actor-examples.ts'),
  ]);
  return [...readmeExamples, ...multiActorExamples].find((example) => example.id === id);
}
