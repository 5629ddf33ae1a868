/**
 * The AsyncActor CRD's structural schema, the parts the API server acts on
 * (deliveryhero/asya:src/asya-operator/config/crd/asya.sh_asyncactors.yaml; asya-operator.md §2.1).
 */
export type SchemaNode =
  | {
      type: 'object';
      properties?: Record<string, SchemaNode>;
      required?: readonly string[];
      preserveUnknown?: boolean;
      additional?: SchemaNode;
    }
  | { type: 'array'; items: SchemaNode }
  | {
      type: 'string';
      enum?: readonly string[];
      minLength?: number;
      default?: string;
      pattern?: RegExp;
    }
  | { type: 'integer'; minimum?: number; default?: number }
  | { type: 'boolean'; default?: boolean }
  | { type: 'quantity' }
  | { type: 'any' };

const str: SchemaNode = { type: 'string' };
const int = (extra: { minimum?: number; default?: number } = {}): SchemaNode => ({
  type: 'integer',
  ...extra,
});
const quantityMap: SchemaNode = { type: 'object', additional: { type: 'quantity' } };

const resources: SchemaNode = {
  type: 'object',
  properties: {
    limits: quantityMap,
    requests: quantityMap,
    claims: { type: 'array', items: { type: 'any' } },
  },
};

const envVar: SchemaNode = {
  type: 'object',
  required: ['name'],
  properties: { name: str, value: str, valueFrom: { type: 'object', preserveUnknown: true } },
};

export const asyncActorSpecSchema: SchemaNode = {
  type: 'object',
  required: ['transport', 'workload'],
  properties: {
    transport: { type: 'string', minLength: 1 },
    sidecar: {
      type: 'object',
      properties: {
        image: str,
        imagePullPolicy: {
          type: 'string',
          enum: ['Always', 'IfNotPresent', 'Never'],
          default: 'IfNotPresent',
        },
        resources,
        env: { type: 'array', items: envVar },
      },
    },
    timeout: {
      type: 'object',
      properties: { processing: int({ default: 300 }), gracefulShutdown: int({ default: 30 }) },
    },
    scaling: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean', default: false },
        minReplicas: int({ minimum: 0, default: 0 }),
        maxReplicas: int({ minimum: 1, default: 50 }),
        pollingInterval: int({ default: 10 }),
        cooldownPeriod: int({ default: 60 }),
        queueLength: int({ minimum: 1, default: 5 }),
        advanced: {
          type: 'object',
          properties: {
            formula: str,
            target: str,
            activationTarget: str,
            metricType: { type: 'string', enum: ['AverageValue', 'Value', 'Utilization'] },
            restoreToOriginalReplicaCount: { type: 'boolean' },
          },
        },
      },
    },
    workload: {
      type: 'object',
      required: ['template'],
      properties: {
        kind: { type: 'string', enum: ['Deployment', 'StatefulSet'], default: 'Deployment' },
        replicas: int({ minimum: 0, default: 1 }),
        pythonExecutable: { type: 'string', default: 'python3' },
        template: {
          type: 'object',
          properties: {
            // Schemaless and preserve-unknown: no `type`, so any JSON value is stored here; the
            // operator's Go types decide later (decode-pod-template.ts).
            metadata: { type: 'any' },
            spec: { type: 'any' },
          },
        },
      },
    },
  },
};
