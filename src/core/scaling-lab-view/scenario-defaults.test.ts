import { describe, expect, it } from 'vitest';
import {
  arrivalKinds,
  arrivalsOfKind,
  defaultScenario,
  editedScenario,
  readScenario,
  stepsToText,
} from './scenario-defaults.ts';

describe('scenario defaults', () => {
  it('the default scenario is valid', () => {
    expect(readScenario(defaultScenario).ok).toBe(true);
  });

  it('every arrival kind has valid defaults that keep the current rate', () => {
    for (const { kind } of arrivalKinds) {
      const arrivals = arrivalsOfKind(kind, { kind: 'constant', ratePerSecond: 3 });
      expect(arrivals.kind).toBe(kind);
      expect(readScenario({ ...defaultScenario, arrivals }).ok).toBe(true);
    }
    expect(arrivalsOfKind('sine', { kind: 'constant', ratePerSecond: 3 })).toMatchObject({
      meanPerSecond: 3,
    });
  });

  it('names the field of each problem', () => {
    const read = readScenario({
      ...defaultScenario,
      durationSeconds: 0,
      arrivals: { kind: 'constant', ratePerSecond: -1 },
    });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map((p) => p.path).sort()).toEqual([
        'arrivals.ratePerSecond',
        'durationSeconds',
      ]);
  });

  it('writes steps in the CSV format', () => {
    expect(
      stepsToText([
        { atSeconds: 0, ratePerSecond: 1 },
        { atSeconds: 60, ratePerSecond: 2.5 },
      ]),
    ).toBe('0,1\n60,2.5');
  });

  it('reads a workspace’s saved scenario for the editor, half-typed fields and all', () => {
    const halfTyped = { ...defaultScenario, durationSeconds: -1 };
    expect(editedScenario(halfTyped)).toBe(halfTyped);
    for (const odd of [undefined, null, 7, 'x', [], {}, { arrivals: { kind: 'poisson' } }])
      expect(editedScenario(odd)).toBe(defaultScenario);
  });
});
