/**
 * The documents with several actors that the examples menu offers next to the README's
 * single-actor examples; their texts load on demand (`loadReadmeExample`).
 */
export const multiActorExampleTitles = [
  { id: 'readme-helmfile', title: 'Using in Helmfile (two releases)' },
  { id: 'shipped-chart-actors', title: 'Shipped asya-actor chart: actors: list' },
] as const;

export type MultiActorExampleId = (typeof multiActorExampleTitles)[number]['id'];
