import { defaultExample } from './default-example.ts';
import type { ReadmeExample } from './readme-example.ts';
import {
  defaultExampleId,
  readmeExampleTitles,
  type ReadmeExampleId,
} from './readme-example-titles.ts';

export { defaultExampleId } from './readme-example-titles.ts';

/** The texts of every example but the default one, which the first load carries on its own. */
const texts: Record<Exclude<ReadmeExampleId, typeof defaultExampleId>, string> = {
  'custom-image-and-resources': `# From the chart README: Example 2: Actor with Custom Image and Resources
name: nlp-actor
namespace: asya
# Actor name automatically used as queue name

transport: rabbitmq

scaling:
  enabled: true
  minReplicas: 1
  maxReplicas: 20
  queueLength: 10

workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: my-registry.io/nlp-model:v1.0
        env:
          - name: ASYA_HANDLER
            value: "nlp_handlers.process"
          - name: MODEL_PATH
            value: "/models/bert"
        resources:
          limits:
            cpu: 4000m
            memory: 8Gi
          requests:
            cpu: 2000m
            memory: 4Gi
`,
  'gpu-scale-to-zero': `# From the chart README: Example 3: GPU Actor with Scale-to-Zero
name: gpu-inference
namespace: asya
# Actor name automatically used as queue name

transport: rabbitmq

scaling:
  enabled: true
  minReplicas: 0  # Scale to zero when idle
  maxReplicas: 5
  queueLength: 1  # One message per GPU

workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: nvidia/cuda:12.0-runtime-ubuntu22.04
        env:
          - name: ASYA_HANDLER
            value: "gpu_handlers.inference"
        resources:
          limits:
            nvidia.com/gpu: 1
            memory: 16Gi
            cpu: 4000m
          requests:
            nvidia.com/gpu: 1
            memory: 8Gi
            cpu: 2000m
`,
  'advanced-scaling-formula': `# From the chart README: Example 4: Advanced Scaling with Custom Formula
name: batch-processor
namespace: asya
# Actor name automatically used as queue name

transport: rabbitmq

scaling:
  enabled: true
  minReplicas: 0
  maxReplicas: 50
  pollingInterval: 10
  cooldownPeriod: 60
  queueLength: 10  # Base threshold (used if no formula)

  advanced:
    formula: "ceil(queueLength / 10)"
    target: "10"
    activationTarget: "5"
    metricType: "AverageValue"

workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: python:3.13-slim
        env:
          - name: ASYA_HANDLER
            value: "handlers.batch_process"
        resources:
          limits:
            cpu: 2000m
            memory: 2Gi
`,
  'statefulset-persistent-storage': `# From the chart README: Example 5: StatefulSet with Persistent Storage
name: model-cache-actor
namespace: asya
# Actor name automatically used as queue name

transport: rabbitmq

scaling:
  enabled: true
  minReplicas: 1  # Keep at least 1 replica for model caching
  maxReplicas: 3
  queueLength: 10

workload:
  kind: StatefulSet
  template:
    spec:
      containers:
      - name: asya-runtime
        image: my-registry.io/llm-inference:v2
        env:
          - name: ASYA_HANDLER
            value: "handlers.inference"
          - name: MODEL_CACHE_DIR
            value: "/models"
        volumeMounts:
        - name: model-cache
          mountPath: /models
        resources:
          limits:
            cpu: 8000m
            memory: 32Gi
            nvidia.com/gpu: 1
  volumeClaimTemplates:
  - metadata:
      name: model-cache
    spec:
      accessModes: ["ReadWriteOnce"]
      storageClassName: fast-ssd
      resources:
        requests:
          storage: 100Gi
`,
  'sqs-transport': `# From the chart README: Example 6: SQS Transport
name: sqs-actor
namespace: asya
# Actor name automatically used as queue name

# Reference to SQS transport configured at operator installation
transport: sqs

workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: python:3.13-slim
        env:
          - name: ASYA_HANDLER
            value: "handlers.process"
          - name: AWS_REGION
            value: "us-east-1"
`,
  'basic-installation': `# README "Basic Installation", as the values file Helm builds from its flags:
#   helm install my-actor ./testing/e2e/charts/asya-test-actor \\
#     --set name=my-actor \\
#     --set transport=rabbitmq \\
#     --set workload.template.spec.containers[0].env[0].name=ASYA_HANDLER \\
#     --set workload.template.spec.containers[0].env[0].value="my_module.handler"
# \`--set\` with an index creates a NEW one-element list: the container gets no name and no image.
name: my-actor
transport: rabbitmq
workload:
  template:
    spec:
      containers:
      - env:
        - name: ASYA_HANDLER
          value: my_module.handler
`,
  'my-values': `# From the chart README: Installation with Values File (my-values.yaml)
name: my-actor
namespace: asya

# Actor name is automatically used as the queue name
# No need to specify queueName separately

transport: rabbitmq

scaling:
  enabled: true
  minReplicas: 0
  maxReplicas: 10
  queueLength: 5

workload:
  kind: Deployment
  template:
    spec:
      containers:
      - name: asya-runtime
        image: python:3.13-slim
        env:
          - name: ASYA_HANDLER
            value: "my_module.handler"
        resources:
          limits:
            cpu: 1000m
            memory: 1Gi
          requests:
            cpu: 100m
            memory: 256Mi
`,
};

/** The chart README's examples, in menu order, each as a values file. */
export const readmeExamples: readonly ReadmeExample[] = readmeExampleTitles.map(
  ({ id, title }) => ({
    id,
    title,
    text: id === defaultExampleId ? defaultExample.text : texts[id],
  }),
);
