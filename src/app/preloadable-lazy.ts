import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * `React.lazy` with a `preload()`: once preloaded, the component renders at once, without a
 * fallback. React.lazy reads a thenable that calls back at once as already resolved (React reads
 * the status it sets in `then` before it suspends), so the preloaded module is handed over that
 * way; before then, the page suspends as any lazy page does.
 */
export function preloadableLazy<Module, Props extends object>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
): { Component: LazyExoticComponent<ComponentType<Props>>; preload: () => Promise<Module> } {
  let loaded: Module | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  const Component = lazy(() => {
    const ready = loaded;
    if (ready === undefined) return preload().then((module) => ({ default: pick(module) }));
    const settled: PromiseLike<{ default: ComponentType<Props> }> = {
      then: (resolve) => Promise.resolve(resolve ? resolve({ default: pick(ready) }) : undefined) as never,
    };
    return settled as Promise<{ default: ComponentType<Props> }>;
  });
  return { Component, preload };
}
