/**
 * One of the chart README's examples as a values file: the README's YAML and comments verbatim,
 * after a one-line header naming where it comes from. Source: the chart README, copied to
 * conformance/upstream/seed/asya-test-actor-chart-README.md.
 */
export interface ReadmeExample {
  id: string;
  title: string;
  text: string;
}
