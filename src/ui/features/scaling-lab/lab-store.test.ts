import { describe, expect, it } from 'vitest';
import { burstPreset, scenarioSchema } from '@/core/autoscaling/index.ts';
import { defaultScenario } from '@/core/scaling-lab-view/index.ts';
import { getScenario, setScenario, subscribeScenario, updateLab } from './lab-store.ts';

describe('the scenario API for the workspace', () => {
  it('starts with the default scenario, which the schema accepts', () => {
    expect(getScenario()).toEqual(defaultScenario);
    expect(scenarioSchema.safeParse(getScenario()).success).toBe(true);
  });

  it('sets, gets and notifies on scenario changes only', () => {
    const seen: unknown[] = [];
    const stop = subscribeScenario((s) => seen.push(s));
    updateLab({ playgroundFormula: '1' });
    expect(seen).toEqual([]);
    setScenario(burstPreset.scenario);
    setScenario(burstPreset.scenario);
    expect(getScenario()).toBe(burstPreset.scenario);
    expect(seen).toEqual([burstPreset.scenario]);
    stop();
    setScenario(defaultScenario);
    expect(seen).toHaveLength(1);
  });

  it('round-trips through JSON, as a saved workspace would', () => {
    setScenario(JSON.parse(JSON.stringify(burstPreset.scenario)) as typeof burstPreset.scenario);
    expect(scenarioSchema.parse(getScenario())).toEqual(burstPreset.scenario);
  });
});
