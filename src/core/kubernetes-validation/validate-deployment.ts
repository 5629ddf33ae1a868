import { upstreamLink } from '@/core/diagnostics/index.ts';
import { notSupported, type FieldError, type PathStep } from './field-error.ts';
import { isQualifiedName, isValidLabelValue } from './names.ts';
import { validatePodTemplate } from './validate-pod-template.ts';

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The upstream code each part follows, at the pinned release (Kubernetes 1.34.2). */
export const deploymentValidationSources = {
  apps: upstreamLink('kubernetes', 'pkg/apis/apps/validation/validation.go'),
  core: upstreamLink('kubernetes', 'pkg/apis/core/validation/validation.go'),
};

function validateMatchLabels(labels: Json, path: PathStep[]): FieldError[] {
  return Object.entries(labels).flatMap(([key, value]): FieldError[] => [
    ...isQualifiedName(key).map((detail) => ({
      type: 'Invalid' as const,
      path,
      value: key,
      detail,
    })),
    ...isValidLabelValue(typeof value === 'string' ? value : '').map((detail) => ({
      type: 'Invalid' as const,
      path,
      value,
      detail,
    })),
  ]);
}

/**
 * ValidateDeploymentSpec's checks of the selector and the pod template
 * (pkg/apis/apps/validation/validation.go: ValidateDeploymentSpec, ValidatePodTemplateSpecForReplicaSet):
 * matchLabels are valid labels, the template's labels match them, the template is a valid pod
 * template, its restartPolicy is Always and it has no activeDeadlineSeconds.
 */
export function validateDeployment(deployment: Json): FieldError[] {
  const spec = isMap(deployment.spec) ? deployment.spec : {};
  const selector = isMap(spec.selector) ? spec.selector : {};
  const matchLabels = isMap(selector.matchLabels) ? selector.matchLabels : {};
  const template = isMap(spec.template) ? spec.template : {};
  const metadata = isMap(template.metadata) ? template.metadata : {};
  const labels = isMap(metadata.labels) ? metadata.labels : {};
  const podSpec = isMap(template.spec) ? template.spec : {};
  const errors = validateMatchLabels(matchLabels, ['spec', 'selector', 'matchLabels']);
  const templatePath = ['spec', 'template'];
  if (Object.entries(matchLabels).some(([key, value]) => labels[key] !== value))
    errors.push({
      type: 'Invalid',
      path: [...templatePath, 'metadata', 'labels'],
      value: labels,
      detail: '`selector` does not match template `labels`',
    });
  errors.push(...validatePodTemplate(template, templatePath));
  const restartPolicy =
    typeof podSpec.restartPolicy === 'string' ? podSpec.restartPolicy : 'Always';
  if (restartPolicy !== 'Always')
    errors.push(
      notSupported([...templatePath, 'spec', 'restartPolicy'], restartPolicy, ['Always']),
    );
  if (podSpec.activeDeadlineSeconds !== undefined)
    errors.push({
      type: 'Forbidden',
      path: [...templatePath, 'spec', 'activeDeadlineSeconds'],
      detail: 'activeDeadlineSeconds in ReplicaSet is not Supported',
    });
  return errors;
}
