/** The pointer (and Escape) listeners of a drag controller, added when its host connects and removed when it disconnects. */
export interface DragHandlers {
  down: (event: PointerEvent) => void;
  move: (event: PointerEvent) => void;
  up: (event: PointerEvent) => void;
  cancel: () => void;
  key: (event: KeyboardEvent) => void;
}

export function dragListeners(host: HTMLElement, handlers: DragHandlers): { connect: () => void; disconnect: () => void } {
  const pairs: Array<[string, EventListener, boolean]> = [
    ['pointerdown', handlers.down as EventListener, false],
    ['pointermove', handlers.move as EventListener, false],
    ['pointerup', handlers.up as EventListener, false],
    ['pointercancel', handlers.cancel, false],
    // Capture: Escape ends a drag before the grid or the editor sees it.
    ['keydown', handlers.key as EventListener, true],
  ];
  return {
    connect: () => pairs.forEach(([type, listener, capture]) => host.addEventListener(type, listener, { capture })),
    disconnect: () => pairs.forEach(([type, listener, capture]) => host.removeEventListener(type, listener, { capture })),
  };
}

/**
 * Captures `pointerId` on `element` so the drag goes on outside it. A pointer that is no longer
 * active (lifted between the events) cannot be captured: the drag then goes on without capture.
 */
export function capturePointer(element: Element, pointerId: number): void {
  try {
    if (element.isConnected) element.setPointerCapture?.(pointerId);
  } catch {
    // NotFoundError: no active pointer with that id.
  }
}
