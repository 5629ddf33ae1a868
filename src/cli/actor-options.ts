import { chartProfileIds } from '@/core/chart/index.ts';
import type { OptionSpec } from './parse-cli-options.ts';

/**
 * The options every command that reads an actor takes, in one table: a new one (say, which
 * actor of a multi-actor file) is added here once and each command lists it in its help.
 */
export const actorOptions = {
  operator: {},
  profile: { values: chartProfileIds },
  release: {},
  actor: {},
} satisfies OptionSpec;

export const actorOptionsHelp = `  --operator <file>     asya-operator chart values (transports, gatewayURL, sidecar.image, controller);
                        default: the RabbitMQ-with-password-Secret preset
  --profile <id>        ${chartProfileIds.join(' | ')} (default asya-test-actor)
  --release <name>      Helm release name (default: the actor name)
  --actor <name>        only this actor of a document with several (an \`actors:\` list or a helmfile)`;
