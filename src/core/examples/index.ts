export { readmeExamples, defaultExampleId } from './readme-examples.ts';
export { readmeExampleTitles } from './readme-example-titles.ts';
export type { ReadmeExampleId } from './readme-example-titles.ts';
export { defaultExample } from './default-example.ts';
export { loadReadmeExample } from './load-readme-example.ts';
export type { ReadmeExample } from './readme-example.ts';
export { multiActorExampleTitles } from './multi-actor-example-titles.ts';
export type { MultiActorExampleId } from './multi-actor-example-titles.ts';
