import { describe, expect, it } from 'vitest';
import { describeStrippedSecret, stripSecrets } from './strip-secrets.ts';
import { decodeShareLink, encodeShareLink } from './share-link.ts';
import type { SharedWorkspace } from './share-link.ts';

const valuesText = `# SQS actor (test credentials below)
name: sqs-actor
awsAccessKeyId: AKIAEXAMPLE      # for helm tests only
awsSecretAccessKey: "wJalr/EXAMPLE" # quoted
workload:
  template:
    spec:
      containers:
        - name: asya-runtime
          env:
            - name: ASYA_HANDLER
              value: handlers.echo   # kept
            - name: HF_TOKEN
              value: hf_ünïcødé
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: db, key: password}
`;

const operatorSettingsText = `# operator
transports:
  rabbitmq:
    type: rabbitmq
    config:
      username: guest
      password: hunter2 # inline, should be a Secret
      passwordSecretRef:
        name: rabbitmq-secret
        key: password
  sqs:
    config:
      credentials:
        secretAccessKey: abc
        accessKeyIdSecretRef: {name: sqs-secret, key: access-key-id}
`;

const workspace: SharedWorkspace = {
  name: 'sqs',
  valuesText,
  profile: 'asya-test-actor',
  operatorSettingsText,
};

describe('stripSecrets', () => {
  it('blanks secret values in both texts and keeps comments, order and references', () => {
    const { workspace: stripped, strippedPaths } = stripSecrets(workspace);
    expect(stripped.valuesText).toBe(
      valuesText
        .replace('AKIAEXAMPLE', '""')
        .replace('"wJalr/EXAMPLE"', '""')
        .replace('hf_ünïcødé', '""'),
    );
    expect(stripped.operatorSettingsText).toBe(
      operatorSettingsText
        .replace('hunter2', '""')
        .replace('secretAccessKey: abc', 'secretAccessKey: ""'),
    );
    expect(strippedPaths.map(describeStrippedSecret)).toEqual([
      'values: awsAccessKeyId',
      'values: awsSecretAccessKey',
      'values: workload.template.spec.containers.0.env.1.value',
      'operator settings: transports.rabbitmq.config.password',
      'operator settings: transports.sqs.config.credentials.secretAccessKey',
    ]);
  });

  it('returns the same workspace when there is nothing to strip', () => {
    const clean = {
      ...workspace,
      valuesText: 'name: a\nawsAccessKeyId: ""\n',
      operatorSettingsText: '',
    };
    expect(stripSecrets(clean)).toEqual({ workspace: clean, strippedPaths: [] });
  });

  it('strips line by line while the text does not parse', () => {
    const broken = {
      ...workspace,
      valuesText: 'awsSecretAccessKey: s3cr3t # x\nlist: [\n',
      operatorSettingsText: '',
    };
    const { workspace: stripped, strippedPaths } = stripSecrets(broken);
    expect(stripped.valuesText).toBe('awsSecretAccessKey: "" # x\nlist: [\n');
    expect(strippedPaths.map(describeStrippedSecret)).toEqual([
      'values line 1: awsSecretAccessKey',
    ]);
  });
});

describe('stripSecrets on unusual YAML', () => {
  it.each([
    [
      'an anchored secret once, its aliases with it',
      'base: &b {password: x}\nuse: *b\n',
      'base: &b {password: ""}\nuse: *b\n',
      ['values: base.password'],
    ],
    [
      'a merged secret at its source, without adding keys',
      'base: &b\n  password: x\nuse:\n  <<: *b\n',
      'base: &b\n  password: ""\nuse:\n  <<: *b\n',
      ['values: base.password'],
    ],
    [
      'a tagged binary secret',
      'password: !!binary aGVsbG8= # c\n',
      'password: "" # c\n',
      ['values line 1: password'],
    ],
    [
      'a secret in a second document',
      'a: 1\n---\ntoken: x\n',
      'a: 1\n---\ntoken: ""\n',
      ['values line 3: token'],
    ],
    [
      'a block scalar in broken text',
      'key: [\nprivateKey: |\n  abc\n  def\nb: 1\n',
      'key: [\nprivateKey: ""\nb: 1\n',
      ['values line 2: privateKey'],
    ],
  ])('blanks %s', (_case, valuesText, expected, described) => {
    const { workspace: stripped, strippedPaths } = stripSecrets({
      valuesText,
      operatorSettingsText: '',
    });
    expect(stripped.valuesText).toBe(expected);
    expect(strippedPaths.map(describeStrippedSecret)).toEqual(described);
  });
});

describe('share links and secrets', () => {
  it('leaves secrets out by default and the decoded link says which', () => {
    const link = encodeShareLink(workspace, { includeSecrets: false });
    const decoded = decodeShareLink(link.fragment);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(JSON.stringify(decoded.workspace)).not.toMatch(/AKIAEXAMPLE|wJalr|hf_|hunter2|"abc"/);
    expect(decoded.workspace.valuesText).toContain('# for helm tests only');
    expect(decoded.strippedSecrets).toEqual(link.strippedSecrets);
    expect(link.strippedSecrets).toHaveLength(5);
  });

  it('keeps secrets when the user ticks the box', () => {
    const link = encodeShareLink(workspace, { includeSecrets: true });
    const decoded = decodeShareLink(link.fragment);
    expect(decoded).toMatchObject({
      ok: true,
      strippedSecrets: [],
      workspace: { valuesText, operatorSettingsText },
    });
    expect(link.strippedSecrets).toEqual([]);
  });
});
