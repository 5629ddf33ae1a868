import { loader } from '@monaco-editor/react';
import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from './yaml.worker.ts?worker';

/** The model URI the JSON Schema is bound to (monaco-react's `path` prop). */
export const valuesModelPath = 'file:///values.yaml';

import type * as MonacoNamespace from 'monaco-editor/editor/editor.api';

type MonacoApi = typeof MonacoNamespace;

type WorkerOptions = {
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
};

/**
 * monaco-yaml (through monaco-worker-manager) still calls `createWebWorker({ moduleId, label,
 * createData })`; Monaco 0.57 wants the worker itself. This adapter starts the YAML worker the
 * way Monaco 0.57 starts its own language workers: a wake-up message, then the create data.
 */
function withLegacyWorkerFactory(monaco: MonacoApi): MonacoApi {
  const createWebWorker = (options: WorkerOptions) => {
    const worker = new YamlWorker();
    worker.postMessage('ignore');
    worker.postMessage(options.createData);
    return monaco.editor.createWebWorker({
      worker: Promise.resolve(worker),
      host: options.host,
      keepIdleModels: options.keepIdleModels,
    });
  };
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } } as MonacoApi;
}

let loading: Promise<{ monaco: MonacoApi; yaml: MonacoYaml }> | undefined;

/**
 * Loads the bundled Monaco (never a CDN) with the editor features and the YAML language,
 * wires its workers, and binds the values JSON Schema for completion and hover.
 * Our own diagnostics are the only validator, so monaco-yaml's validation is off.
 */
export function loadMonaco(jsonSchema: object): Promise<{ monaco: MonacoApi; yaml: MonacoYaml }> {
  loading ??= (async () => {
    self.MonacoEnvironment = {
      getWorker: (_moduleId: string, label: string) =>
        label === 'yaml' ? new YamlWorker() : new EditorWorker(),
    };
    const [monaco] = await Promise.all([
      import('monaco-editor/editor/editor.api'),
      import('monaco-editor/features/register.all'),
      import('monaco-editor/languages/definitions/yaml/register'),
    ]);
    loader.config({ monaco });
    const yaml = configureMonacoYaml(withLegacyWorkerFactory(monaco), {
      enableSchemaRequest: false,
      validate: false,
      completion: true,
      hover: true,
      schemas: [
        {
          uri: 'inmemory://actor-studio/values.schema.json',
          fileMatch: [valuesModelPath],
          schema: jsonSchema,
        },
      ],
    });
    return { monaco, yaml };
  })();
  // A failed load (a chunk that did not arrive) is not kept, so a retry imports again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
