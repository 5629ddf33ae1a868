import { z } from 'zod';
import { optionalValue } from './optional-value.ts';

/** `timeout`: read by the asya-actor chart only. */
export const timeoutSchema = z
  .object({
    processing: optionalValue(z.int()).meta({
      title: 'Processing timeout (s)',
      description:
        'Seconds one message may take. CRD default 300. Only asya-actor renders `timeout`; asya-test-actor ignores it.',
      examples: [300],
    }),
    gracefulShutdown: optionalValue(z.int()).meta({
      title: 'Graceful shutdown (s)',
      description:
        'Seconds a pod gets to finish on shutdown. CRD default 30. Only asya-actor renders `timeout`.',
      examples: [30],
    }),
  })
  .meta({ title: 'Timeouts' });
