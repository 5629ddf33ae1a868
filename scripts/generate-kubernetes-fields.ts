/**
 * Generates the field set of Kubernetes 1.29's pod template types (PodSpec, ObjectMeta and every
 * type they reach) from the published `kubernetes-types@1.29.0` package, which is generated from
 * the Kubernetes 1.29 OpenAPI document. The operator decodes `workload.template` into these types
 * (k8s.io/api v0.29.2), so a field missing here is dropped by its first write.
 *
 *   npx tsx scripts/generate-kubernetes-fields.ts > src/core/apiserver/kubernetes-1.29-pod-fields.json
 *
 * `kubernetes-fields.test.ts` regenerates and compares, so the committed file cannot drift.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** A field's type: a scalar, a named type of the set, a list (`T[]`) or a string-keyed map (`{T}`). */
export type FieldType = string;

export interface KubernetesFields {
  source: string;
  roots: { podSpec: string; objectMeta: string };
  types: Record<string, Record<string, FieldType>>;
}

const scalars: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.StringKeyword]: 'string',
  [ts.SyntaxKind.NumberKeyword]: 'integer',
  [ts.SyntaxKind.BooleanKeyword]: 'boolean',
};

/** Aliases with custom JSON decoding in Go (resource.Quantity, metav1.Time, intstr.IntOrString). */
const namedScalars: Record<string, string> = {
  Quantity: 'quantity',
  Time: 'time',
  MicroTime: 'time',
  RawExtension: 'any',
  FieldsV1: 'any',
};

function typeOf(node: ts.TypeNode, named: Set<string>): FieldType {
  const scalar = scalars[node.kind];
  if (scalar) return scalar;
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.map((t) => typeOf(t, named)).sort();
    if (parts.join('|') === 'integer|string') return 'int-or-string';
    throw new Error(`unexpected union ${parts.join('|')}`);
  }
  if (ts.isArrayTypeNode(node)) return `${typeOf(node.elementType, named)}[]`;
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (!index) throw new Error('type literal without an index signature');
    return `{${typeOf(index.type, named)}}`;
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    const argument = node.typeArguments?.[0];
    if (name === 'Array' && argument) return `${typeOf(argument, named)}[]`;
    const special = namedScalars[name];
    if (special) return special;
    named.add(name);
    return name;
  }
  throw new Error(`unexpected type node ${ts.SyntaxKind[node.kind]}`);
}

function interfacesIn(file: string): Map<string, ts.InterfaceDeclaration> {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const found = new Map<string, ts.InterfaceDeclaration>();
  for (const statement of source.statements)
    if (ts.isInterfaceDeclaration(statement)) found.set(statement.name.text, statement);
  return found;
}

export function generateKubernetesFields(): KubernetesFields {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('kubernetes-types/package.json'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const declarations = new Map([
    ...interfacesIn(join(root, 'core/v1.d.ts')),
    ...interfacesIn(join(root, 'meta/v1.d.ts')),
  ]);
  const types: KubernetesFields['types'] = {};
  const pending = ['PodSpec', 'ObjectMeta'];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (types[name]) continue;
    const declaration = declarations.get(name);
    if (!declaration) throw new Error(`no declaration for ${name}`);
    const fields: Record<string, FieldType> = {};
    const named = new Set<string>();
    for (const member of declaration.members)
      if (ts.isPropertySignature(member) && member.type)
        fields[member.name.getText()] = typeOf(member.type, named);
    types[name] = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
    pending.push(...named);
  }
  const sorted = Object.fromEntries(Object.entries(types).sort(([a], [b]) => a.localeCompare(b)));
  return {
    source: `kubernetes-types@${pkg.version}`,
    roots: { podSpec: 'PodSpec', objectMeta: 'ObjectMeta' },
    types: sorted,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '')))
  process.stdout.write(`${JSON.stringify(generateKubernetesFields(), null, 1)}\n`);
