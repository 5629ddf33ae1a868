import { Component, type ReactNode } from 'react';
import { LoadFailure } from './load-failure.tsx';
import { onRetry, retryFailed } from './retry-failed.ts';

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
 * Retry (`retryFailed`) renders the region again, and imports again any `lazyPart` whose chunk failed.
 */
export class PartBoundary extends Component<PartBoundaryProps, { error?: Error }> {
  override state: { error?: Error } = {};
  private stopListening?: () => void;

  // Any Retry on the page renders this region again: its chunk may be the one that failed.
  override componentDidMount() {
    this.stopListening = onRetry(() => this.setState({ error: undefined }));
  }

  override componentWillUnmount() {
    this.stopListening?.();
  }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <LoadFailure
        message={`${this.props.name} could not be shown: ${error.message}.`}
        className={this.props.className}
        onRetry={retryFailed}
      />
    );
  }
}
