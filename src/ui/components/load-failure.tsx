import { Button } from './button.tsx';
import { cn } from './cn.ts';

/** A region that could not be shown: why, that the text is safe, and a way to try again. */
export function LoadFailure(props: { message: string; onRetry: () => void; className?: string }) {
  return (
    <div
      role="alert"
      className={cn(
        'm-3 flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
        props.className,
      )}
    >
      <span className="flex-1">{props.message} Your text is kept.</span>
      <Button onClick={props.onRetry}>Retry</Button>
    </div>
  );
}
