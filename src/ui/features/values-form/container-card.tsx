import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { itemName } from './item-name.ts';
import { MapField } from './map-field.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { ScalarField } from './scalar-field.tsx';


/** One container of the pod template: image, env, resources, mounts, ports. */
export function ContainerCard({ path }: { path: ValuesPath }) {
  return (
    <>
      <ScalarField path={[...path, 'name']} />
      <ScalarField path={[...path, 'image']} />
      <ScalarField path={[...path, 'imagePullPolicy']} />
      <ObjectListField
        path={[...path, 'env']}
        title="Environment variables"
        itemNoun="variable"
        newItem={{ name: 'NAME', value: '' }}
        itemLabel={(item, i) => itemName(item, `#${i + 1}`)}
        renderItem={(itemPath) => (
          <>
            <ScalarField path={[...itemPath, 'name']} compact />
            <ScalarField path={[...itemPath, 'value']} compact />
          </>
        )}
      />
      <MapField path={[...path, 'resources', 'requests']} title="Resource requests" keyPlaceholder="cpu, memory, nvidia.com/gpu…" />
      <MapField path={[...path, 'resources', 'limits']} title="Resource limits" keyPlaceholder="cpu, memory, nvidia.com/gpu…" />
      <ObjectListField
        path={[...path, 'volumeMounts']}
        title="Volume mounts"
        itemNoun="mount"
        newItem={{ name: 'data', mountPath: '/data' }}
        itemLabel={(item, i) => itemName(item, `#${i + 1}`)}
        renderItem={(itemPath) => (
          <>
            <ScalarField path={[...itemPath, 'name']} compact />
            <ScalarField path={[...itemPath, 'mountPath']} compact />
            <ScalarField path={[...itemPath, 'readOnly']} compact />
          </>
        )}
      />
      <ObjectListField
        path={[...path, 'ports']}
        title="Ports"
        itemNoun="port"
        newItem={{ containerPort: 8080 }}
        itemLabel={(item, i) => itemName(item, `#${i + 1}`)}
        renderItem={(itemPath) => (
          <>
            <ScalarField path={[...itemPath, 'name']} compact />
            <ScalarField path={[...itemPath, 'containerPort']} compact />
            <ScalarField path={[...itemPath, 'protocol']} compact />
          </>
        )}
      />
    </>
  );
}
