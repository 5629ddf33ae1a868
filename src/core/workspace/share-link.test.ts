import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareLink, encodeShareLink, maxShareUrlLength } from './share-link.ts';
import type { SharedWorkspace } from './share-link.ts';

/** The message of a refused result, or `undefined` when it succeeded. */
function messageOf(result: { ok: true } | { ok: false; message: string }): string | undefined {
  return result.ok ? undefined : result.message;
}

const workspace: SharedWorkspace = {
  name: 'echo-actor ✓',
  valuesText: [
    '# Echo actor — ünïcødé, emoji 🚀, CJK 漢字',
    'name: echo-actor   # trailing comment',
    'namespace: asya',
    'scaling:',
    '  advanced:',
    "    formula: 'ceil(queueLength / 5)'",
    '',
    '\t# odd whitespace\r',
    'end: "\\u00e9" ',
  ].join('\n'),
  profile: 'asya-actor',
  operatorSettingsText: '# operator\ngatewayURL: http://gw:8080\n',
  scenario: { pattern: 'step', points: [1, 2.5, null] },
  ui: { panels: { preview: true, simulator: false }, activeTab: 'form' },
};

/** Written by the first release of share links. It must decode for as long as the studio exists. */
const v1Fixture =
  '#v1.N4IgdghgtgpiBcIYGMAWB7AtBZAXdATiADQgBuEANgK4wDOAKjAB64IgDEABAKJrpcc+Al0AoBFwA-YAPfIAHwBMAl10DI5AB0wkWPC4oM2PIU0QA7nQDKKAjFwBBZMnp0A0jACeu9SG9cu3ShgAM1wudGpcTRIQAAcCdCCAS0D2CDp3CExcelxDYWj0GJgCCGErXFxEsABzRhY2RGrSmFMIdwBVACUAGV1UCpj4AHoh6tN4AA4ABmmo0jonSAJE9ARQGNLsgjB2OmyY6JLshABGACYAX1JqRLWQIUSyGAYIACN2OJgyRJaQK5A9ssYkUFFZkDZcHQEABtchUWh0XRmSzWWwOJx0VweEAAXQuQA';

describe('share links', () => {
  it('round-trips a workspace byte for byte, comments and unicode included', () => {
    const link = encodeShareLink(workspace, { includeSecrets: true });
    expect(link.fragment).toMatch(/^#v1\.[A-Za-z0-9+$-]+$/);
    expect(decodeShareLink(link.fragment)).toEqual({
      ok: true,
      version: 1,
      strippedSecrets: [],
      workspace,
    });
    expect(decodeShareLink(link.fragment.slice(1))).toMatchObject({ ok: true });
  });

  it('round-trips any text exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary-ascii' }),
        (valuesText, operatorSettingsText) => {
          const shared = { ...workspace, valuesText, operatorSettingsText };
          const decoded = decodeShareLink(
            encodeShareLink(shared, { includeSecrets: true }).fragment,
          );
          expect(decoded).toEqual({ ok: true, version: 1, strippedSecrets: [], workspace: shared });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decodes the committed v1 fixture', () => {
    expect(decodeShareLink(v1Fixture)).toEqual({
      ok: true,
      version: 1,
      strippedSecrets: ['values: awsSecretAccessKey'],
      workspace: {
        name: 'echo-actor',
        valuesText:
          '# Echo actor — ünïcødé ✓\nname: echo-actor\nawsSecretAccessKey: ""  # left out\n',
        profile: 'asya-test-actor',
        operatorSettingsText: 'gatewayURL: http://gw:8080\n',
        scenario: { pattern: 'step', rate: 12 },
        ui: { activeTab: 'preview' },
      },
    });
  });

  it('explains links from a newer or unknown version', () => {
    expect(messageOf(decodeShareLink('#v7.abc'))).toMatch(/newer version.*v7.*up to v1/);
    expect(messageOf(decodeShareLink('#v0.abc'))).toMatch(/unknown format \(v0\)/);
    expect(decodeShareLink('#hello')).toEqual({
      ok: false,
      message: 'This is not an Actor Studio share link.',
    });
  });

  it('says a cut or damaged link is damaged', () => {
    const link = encodeShareLink(workspace, { includeSecrets: true });
    for (const broken of [
      link.fragment.slice(0, link.fragment.length / 2),
      '#v1.',
      '#v1',
      '#v1.%%%',
      '#v1.AAAA',
    ]) {
      expect(messageOf(decodeShareLink(broken))).toMatch(/damaged or was cut short/);
    }
  });

  it('never throws on garbled fragments', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('', '#', '#v1.', 'v1.', '#path='),
        (tail, prefix) => {
          const decoded = decodeShareLink(prefix + tail);
          if (!decoded.ok) expect(decoded.message).not.toBe('');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('flags links longer than browsers and chat tools handle well', () => {
    const short = encodeShareLink(workspace, {
      includeSecrets: true,
      baseUrl: 'https://studio.example/',
    });
    expect(short.length).toBe('https://studio.example/'.length + short.fragment.length);
    expect(short.tooLong).toBe(false);
    // Random text barely compresses, so this stays long after compression.
    const noise =
      fc.sample(fc.string({ unit: 'grapheme', minLength: 9000, maxLength: 9000 }), {
        seed: 1,
        numRuns: 1,
      })[0] ?? '';
    const long = encodeShareLink(
      { ...workspace, valuesText: `note: ${JSON.stringify(noise)}\n` },
      { includeSecrets: true },
    );
    expect(long.length).toBeGreaterThan(maxShareUrlLength);
    expect(long.tooLong).toBe(true);
  });
});
