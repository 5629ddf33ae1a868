export { readmeExamples, defaultExampleId } from './readme-examples.ts';
export type { ReadmeExample } from './readme-examples.ts';
