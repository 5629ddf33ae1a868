import type { DragEvent } from 'react';

/** Handlers that accept a values file dropped anywhere on the element. */
export function useFileDrop(onFile: (file: File) => void) {
  return {
    onDragOver(event: DragEvent) {
      if (event.dataTransfer.types.includes('Files')) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }
    },
    onDrop(event: DragEvent) {
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      onFile(file);
    },
  };
}
