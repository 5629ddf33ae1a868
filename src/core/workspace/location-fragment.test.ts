import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocationFragment, pathFragment } from './location-fragment.ts';

describe('parseLocationFragment', () => {
  it('reads deep links to one value', () => {
    expect(parseLocationFragment('#path=scaling.advanced.formula')).toEqual({
      kind: 'path',
      path: ['scaling', 'advanced', 'formula'],
    });
    expect(parseLocationFragment('path=workload.template.spec.containers.0.image')).toEqual({
      kind: 'path',
      path: ['workload', 'template', 'spec', 'containers', 0, 'image'],
    });
    expect(parseLocationFragment(pathFragment(['labels', 'app name']))).toEqual({
      kind: 'path',
      path: ['labels', 'app name'],
    });
    expect(parseLocationFragment('#path=%E0%A4%A')).toEqual({ kind: 'none' });
  });

  it('tells share links from nothing, without decoding them', () => {
    expect(parseLocationFragment('#v1.N4Ig')).toEqual({ kind: 'share', fragment: 'v1.N4Ig' });
    expect(parseLocationFragment('#v9.x')).toEqual({ kind: 'share', fragment: 'v9.x' });
    for (const nothing of ['', '#', '#path=', '#main', '#version'])
      expect(parseLocationFragment(nothing)).toEqual({ kind: 'none' });
  });

  it('never throws on garbled fragments', () => {
    const garbled = fc
      .tuple(fc.constantFrom('', '#', '#v1.', 'v1.', '#path='), fc.string({ unit: 'binary' }))
      .map(([prefix, tail]) => prefix + tail);
    fc.assert(
      fc.property(garbled, (fragment) => {
        expect(['share', 'path', 'none']).toContain(parseLocationFragment(fragment).kind);
      }),
      { numRuns: 1000 },
    );
  });
});
