import { Component, type ReactNode } from 'react';
import { Button } from './button.tsx';
import { cn } from './cn.ts';
import { retryFailedParts } from './lazy-part.tsx';

interface PartBoundaryProps {
  /** What the region is, for the message: "The preview", "The editor". */
  name: string;
  /** Where the message goes, for regions that have no place of their own (dialogs). */
  className?: string;
  children: ReactNode;
}

/**
 * Catches a failed chunk or a render error inside one lazily loaded region, so only that region
 * shows a message while the rest of the studio (and the text, kept in the store) goes on working.
 * Retry renders the region again, and imports again any `lazyPart` whose chunk failed.
 */
export class PartBoundary extends Component<PartBoundaryProps, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        role="alert"
        className={cn(
          'm-3 flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
          this.props.className,
        )}
      >
        <span className="flex-1">
          {this.props.name} could not be shown: {error.message}. Your text is kept.
        </span>
        <Button
          onClick={() => {
            retryFailedParts();
            this.setState({ error: undefined });
          }}
        >
          Retry
        </Button>
      </div>
    );
  }
}
