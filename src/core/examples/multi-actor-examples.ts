import { multiActorExampleTitles, type MultiActorExampleId } from './multi-actor-example-titles.ts';
import type { ReadmeExample } from './readme-example.ts';

const texts: Record<MultiActorExampleId, string> = {
  // shared/seed/asya-test-actor-chart-README.md, "Using in Helmfile", verbatim after the header.
  'readme-helmfile': `# From the chart README: Using in Helmfile
releases:
  - name: actor-echo
    chart: ./testing/e2e/charts/asya-test-actor
    namespace: asya
    values:
      - name: echo-actor
        # Actor name automatically used as queue name
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

  - name: actor-nlp
    chart: ./testing/e2e/charts/asya-test-actor
    namespace: asya
    values:
      - name: nlp-actor
        # Actor name automatically used as queue name
        transport: rabbitmq
        workload:
          template:
            spec:
              containers:
              - name: asya-runtime
                image: my-registry.io/nlp-model:v1.0
                env:
                  - name: ASYA_HANDLER
                    value: "handlers.nlp"
`,
  // deliveryhero/asya:deploy/helm-charts/asya-actor/values.yaml, MODE 2: its commented example,
  // uncommented, with a root transport (the chart's default "" would leave actor-one without one).
  'shipped-chart-actors': `# From the shipped asya-actor chart's values.yaml: MODE 2, Multi-Actor Deployment
namespace: default
transport: rabbitmq

actors:
- name: actor-one
  workload:
    template:
      spec:
        containers:
        - name: asya-runtime
          image: my-image:latest
          env:
          - name: ASYA_HANDLER
            value: module.handler_one

- name: actor-two
  transport: sqs  # Override transport for this actor
  scaling:
    maxReplicas: 20  # Override default scaling
  workload:
    template:
      spec:
        containers:
        - name: asya-runtime
          image: my-image:latest
          env:
          - name: ASYA_HANDLER
            value: module.handler_two
`,
};

/** The documents with several actors, in menu order. */
export const multiActorExamples: readonly ReadmeExample[] = multiActorExampleTitles.map(
  ({ id, title }) => ({ id, title, text: texts[id] }),
);
