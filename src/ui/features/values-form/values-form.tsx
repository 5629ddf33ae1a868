import { useEffect, useRef, type ReactNode } from 'react';
import { formatValuesPath, type ValuesPath } from '@/core/diagnostics/index.ts';
import { useStudioSlice } from '@/ui/state/studio-context.tsx';
import { ContainerCard } from './container-card.tsx';
import { itemName } from './item-name.ts';
import { MapField } from './map-field.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { ScalarField } from './scalar-field.tsx';

const spec: ValuesPath = ['workload', 'template', 'spec'];

function Section({ title, children, open = true }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details open={open} className="border-b border-slate-200 px-3 py-2 dark:border-slate-700">
      <summary className="cursor-pointer select-none py-1 text-sm font-semibold">{title}</summary>
      <div className="pt-1">{children}</div>
    </details>
  );
}

const fields = (paths: ValuesPath[]) => paths.map((p) => <ScalarField key={formatValuesPath(p)} path={p} />);

/** The values form: every documented value, each control an edit of the one YAML document. */
export function ValuesForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const reveal = useStudioSlice((s) => s.reveal);

  useEffect(() => {
    if (!reveal || !formRef.current) return;
    // Focus the field of the path, or of its nearest ancestor that has a control.
    for (let length = reveal.path.length; length > 0; length--) {
      const dotted = formatValuesPath(reveal.path.slice(0, length));
      const control = formRef.current.querySelector<HTMLElement>(`[data-path="${CSS.escape(dotted)}"]`);
      if (control) {
        control.closest('details')?.setAttribute('open', '');
        control.scrollIntoView({ block: 'center' });
        control.focus({ preventScroll: true });
        return;
      }
    }
  }, [reveal]);

  return (
    <form ref={formRef} aria-label="Values form" data-values-form className="min-h-0 overflow-y-auto bg-white dark:bg-slate-950" onSubmit={(e) => e.preventDefault()}>
      <Section title="Actor">{fields([['name'], ['namespace'], ['transport']])}</Section>
      <Section title="Scaling (KEDA)">
        {fields([['scaling', 'enabled'], ['scaling', 'minReplicas'], ['scaling', 'maxReplicas'], ['scaling', 'queueLength'], ['scaling', 'pollingInterval'], ['scaling', 'cooldownPeriod']])}
      </Section>
      <Section title="Advanced scaling" open={false}>
        {fields([
          ['scaling', 'advanced', 'formula'],
          ['scaling', 'advanced', 'target'],
          ['scaling', 'advanced', 'activationTarget'],
          ['scaling', 'advanced', 'metricType'],
          ['scaling', 'advanced', 'restoreToOriginalReplicaCount'],
        ])}
      </Section>
      <Section title="Workload">
        {fields([['workload', 'kind'], ['workload', 'replicas'], ['workload', 'pythonExecutable']])}
        <ObjectListField
          path={[...spec, 'containers']}
          title="Containers"
          itemNoun="container"
          newItem={{ name: 'asya-runtime', image: 'python:3.13-slim' }}
          itemLabel={(item, i) => itemName(item, `container ${i + 1}`)}
          renderItem={(path) => <ContainerCard path={path} />}
        />
      </Section>
      <Section title="Pod" open={false}>
        <MapField path={['workload', 'template', 'metadata', 'labels']} title="Pod labels" />
        <MapField path={['workload', 'template', 'metadata', 'annotations']} title="Pod annotations" />
        <MapField path={[...spec, 'nodeSelector']} title="Node selector" />
        <ObjectListField
          path={[...spec, 'tolerations']}
          title="Tolerations"
          itemNoun="toleration"
          newItem={{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }}
          itemLabel={(item, i) => itemName(item, `#${i + 1}`)}
          renderItem={(path) => fields([[...path, 'key'], [...path, 'operator'], [...path, 'value'], [...path, 'effect']])}
        />
        <ObjectListField
          path={[...spec, 'volumes']}
          title="Volumes"
          itemNoun="volume"
          newItem={{ name: 'data', emptyDir: {} }}
          itemLabel={(item, i) => itemName(item, `#${i + 1}`)}
          renderItem={(path) => (
            <>
              <ScalarField path={[...path, 'name']} compact />
              <ScalarField path={[...path, 'persistentVolumeClaim', 'claimName']} compact />
              <ScalarField path={[...path, 'configMap', 'name']} compact />
              <ScalarField path={[...path, 'secret', 'secretName']} compact />
            </>
          )}
        />
      </Section>
      <Section title="Volume claim templates (StatefulSet)" open={false}>
        <ObjectListField
          path={['workload', 'volumeClaimTemplates']}
          title="Volume claim templates"
          itemNoun="claim template"
          newItem={{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } }}
          itemLabel={(item, i) => itemName(item, `#${i + 1}`)}
          renderItem={(path) => (
            <>
              <ScalarField path={[...path, 'metadata', 'name']} compact />
              <ScalarField path={[...path, 'spec', 'storageClassName']} compact />
              <ScalarField path={[...path, 'spec', 'resources', 'requests', 'storage']} compact />
            </>
          )}
        />
      </Section>
      <Section title="Timeouts" open={false}>
        {fields([['timeout', 'processing'], ['timeout', 'gracefulShutdown']])}
      </Section>
      <Section title="Labels and annotations" open={false}>
        <MapField path={['labels']} />
        <MapField path={['annotations']} />
      </Section>
      <Section title="Test-only credentials" open={false}>
        {fields([['awsAccessKeyId'], ['awsSecretAccessKey']])}
      </Section>
    </form>
  );
}
