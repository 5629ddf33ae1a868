export { validateKubernetesObjects } from './validate-kubernetes-objects.ts';
