import { startTransition, useEffect, useState } from 'react';

export type AsyncState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'success'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

/**
 * Runs `load` whenever `key` changes and tracks its result. A newer key aborts the older call,
 * so a slow answer never overwrites a newer one. `key: null` means "don't load".
 */
export function useAsync<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): AsyncState<T> | { status: 'idle'; data?: undefined; error?: undefined } {
  const [state, setState] = useState<{ key: string | null; value: AsyncState<T> }>({
    key: null,
    value: { status: 'loading' },
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ key, value: { status: 'loading' } });
    // An answer's render is a transition: React renders a long list in slices and keeps the page responsive.
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) startTransition(() => setState({ key, value: { status: 'success', data } }));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) startTransition(() => setState({ key, value: { status: 'error', error } }));
      },
    );
    return () => controller.abort();
    // Only `key` says when to load again; `load` is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [key]);

  if (key === null) return { status: 'idle' };
  // Until the effect has run for a new key, report loading rather than the previous result.
  return state.key === key ? state.value : { status: 'loading' };
}
