import { LoadFailure } from '@/ui/components/load-failure.tsx';
import { retryFailed } from '@/ui/components/retry-failed.ts';
import { useStoreSlice } from '@/ui/state/create-store.ts';
import { useStudioStore } from '@/ui/state/studio-context.tsx';

/** Says which part of the studio's code did not load (the text stays editable), with a Retry. */
export function StageFailureBanner() {
  const { failedStages } = useStudioStore();
  const failed = useStoreSlice(failedStages, (s) => s);
  if (failed.length === 0) return null;
  const message = failed.some((stage) => stage === 'reader' || stage === 'value editor')
    ? 'The form could not read or change the values: its code did not load.'
    : 'The checks and the preview could not run: their code did not load.';
  return <LoadFailure message={message} onRetry={retryFailed} className="mx-3 my-1" />;
}
