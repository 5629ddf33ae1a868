/**
 * Runs `run` once the next frame has been painted: a task queued from the frame's animation
 * callback runs after that frame's paint, where a plain task might run before it. Returns a
 * cancel.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
