import type { ReadmeExample } from './readme-example.ts';
import { readmeExampleTitles, type defaultExampleId } from './readme-example-titles.ts';

// The starter is first in the menu; `satisfies` keeps that true.
const { id, title } = readmeExampleTitles[0] satisfies { id: typeof defaultExampleId };

/** The example the studio starts with, text included: the only example text the first load carries. */
export const defaultExample: ReadmeExample = {
  id,
  title,
  text: `# From the chart README: Example 1: Simple Python Actor
name: echo-actor
namespace: asya
# Actor name automatically used as queue name

# Transport reference (configured at operator installation)
transport: rabbitmq

workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: python:3.13-slim
        env:
          - name: ASYA_HANDLER
            value: "handlers.echo"
`,
};
