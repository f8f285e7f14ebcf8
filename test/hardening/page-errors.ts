/**
 * Records what an element lets escape into the host page: uncaught errors and unhandled promise
 * rejections. Mocha reports uncaught errors too, but only as a failure of whichever test is running;
 * recording them lets a test name the input that caused them.
 */
export interface PageErrors {
  readonly list: string[];
  dispose(): void;
}

export function pageErrors(): PageErrors {
  const list: string[] = [];
  const onError = (event: ErrorEvent) => {
    list.push(`error: ${event.message}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason;
    list.push(`unhandledrejection: ${reason instanceof Error ? reason.message : String(reason)}`);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    list,
    dispose() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
