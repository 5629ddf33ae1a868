import { describe, expect, it } from 'vitest';
import { asyaActorItems, asyaActorReleaseError } from './asya-actor-release.ts';
import { renderChart } from './index.ts';

describe('asyaActorItems: what `range $actors` visits', () => {
  it('visits a list in order and a map’s values in Go’s sorted key order (bytes, not UTF-16 units)', () => {
    expect(asyaActorItems(['b', 'a'])).toEqual([
      [0, 'b'],
      [1, 'a'],
    ]);
    expect(asyaActorItems({ orders: 1, audit: 2, Zeta: 3 })).toEqual([
      ['Zeta', 3],
      ['audit', 2],
      ['orders', 1],
    ]);
    // U+FFFF is one UTF-16 unit above the surrogates of U+1F600, but comes first in UTF-8 bytes.
    expect(asyaActorItems({ '\u{1F600}': 'emoji', '\uFFFF': 'bmp' }).map(([, v]) => v)).toEqual([
      'bmp',
      'emoji',
    ]);
    expect(asyaActorItems('text')).toEqual([]);
  });
});

describe('asyaActorReleaseError: what the chart evaluates once per release', () => {
  const release = (values: Record<string, unknown>) =>
    asyaActorReleaseError({ transport: 'rabbitmq', ...values });

  it('renders a list of maps, an empty item and a map of items', () => {
    expect(release({ actors: [{ name: 'a' }, null] })).toBeUndefined();
    expect(release({ actors: { x: { name: 'a' } } })).toBeUndefined();
  });

  it('fails where range cannot iterate, or an item is no map', () => {
    expect(release({ actors: 'abc' })?.message).toContain("range can't iterate over abc");
    const item = release({ actors: [{ name: 'a' }, 3] });
    expect(item?.message).toContain(
      "at <$actor.namespace>: can't evaluate field namespace in type float64",
    );
    expect(item?.path).toEqual(['actors', 1]);
  });

  it('runs the hooks on the root values: the root infrastructure, not an item’s', () => {
    const root = release({ infrastructure: '', actors: [{ name: 'a', infrastructure: {} }] });
    expect(root?.message).toContain(
      "at <.Values.infrastructure.operatorNamespace>: can't evaluate field operatorNamespace",
    );
    expect(release({ actors: [{ name: 'a', infrastructure: '' }] })).toBeUndefined();
  });

  it('skips the hooks that run only in single-actor mode, as the chart does', () => {
    // test-queue-health.yaml compares `.Values.transport` only when there is no `actors` list.
    expect(release({ transport: 5, actors: [{ name: 'a' }] })).toBeUndefined();
    expect(renderChart({ name: 'a', transport: 5 }, { profile: 'asya-actor' }).error).toContain(
      'incompatible types for comparison',
    );
  });

  it('truncates the root name for the shared labels: a name that is no string fails', () => {
    expect(release({ name: 5, actors: [{ name: 'a' }] })?.message).toContain(
      'wrong type for value; expected string; got float64',
    );
    expect(release({ name: false, actors: [{ name: 'a' }] })).toBeUndefined();
  });
});
