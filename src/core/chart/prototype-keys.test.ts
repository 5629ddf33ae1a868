import { describe, expect, it } from 'vitest';
import { chartProfileIds, renderChart } from './index.ts';

describe('renderChart with keys named like Object.prototype members', () => {
  it.each(chartProfileIds)(
    '%s: `constructor` and `__proto__` are ignored keys, not inherited explanations',
    (profile) => {
      const values = JSON.parse(
        '{"__proto__": {"x": 1}, "constructor": 1, "toString": 2, "name": "demo"}',
      ) as unknown;
      const messages = renderChart(values, { profile })
        .diagnostics.filter((d) => d.ruleId === 'chart/ignored-value')
        .map((d) => d.message);
      expect(messages).toHaveLength(3);
      for (const message of messages)
        expect(message).toMatch(/the chart does not read this key\.$/);
    },
  );
});
