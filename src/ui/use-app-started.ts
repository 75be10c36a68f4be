import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the HTML the build prerenders and while React hydrates it, true from the render just
 * after (and in any page the app renders itself). For a control that only the app can serve,
 * such as a file input: disabled until then, so nothing chosen before the app has started is lost.
 */
export function useAppStarted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
