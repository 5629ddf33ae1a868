/* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex --
   a focusable separator is an interactive widget in WAI-ARIA (the window splitter pattern); the rules only know the static one. */
import type { KeyboardEvent, PointerEvent } from 'react';

/**
 * A draggable, keyboard-operable divider between two panels (WAI-ARIA window splitter). `side`
 * says which neighbour it sizes: dragging toward that panel shrinks it.
 */
export function Splitter(props: {
  label: string;
  width: number;
  min: number;
  max: number;
  side: 'left' | 'right';
  onWidth: (width: number) => void;
}) {
  const clamp = (w: number) => Math.min(props.max, Math.max(props.min, Math.round(w)));
  const sign = props.side === 'left' ? 1 : -1;
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const startX = event.clientX;
    const startWidth = props.width;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) =>
      props.onWidth(clamp(startWidth + sign * (e.clientX - startX)));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 64 : 16;
    if (event.key === 'ArrowLeft') props.onWidth(clamp(props.width - sign * step));
    else if (event.key === 'ArrowRight') props.onWidth(clamp(props.width + sign * step));
    else if (event.key === 'Home') props.onWidth(props.min);
    else if (event.key === 'End') props.onWidth(props.max);
    else return;
    event.preventDefault();
  };
  return (
    <div
      role="separator"
      aria-label={props.label}
      aria-orientation="vertical"
      aria-valuenow={props.width}
      aria-valuemin={props.min}
      aria-valuemax={props.max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      className="w-1.5 cursor-col-resize bg-slate-200 hover:bg-indigo-300 focus-visible:bg-indigo-500 focus-visible:outline-none dark:bg-slate-700"
    />
  );
}
