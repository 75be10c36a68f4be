import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { expect, test } from 'vitest';
import { preloadableLazy } from '../../src/app/preloadable-lazy';

function makePage(name: string) {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  const page = preloadableLazy(
    () => arrived.then(() => ({ Page: () => <h1>{name}</h1> })),
    (module) => module.Page,
  );
  return { ...page, release };
}

function Shown({ page }: { page: ReturnType<typeof makePage> }) {
  return (
    <Suspense fallback={<p>Loading</p>}>
      <page.Component />
    </Suspense>
  );
}

test('before its code is in, the page shows its fallback, then itself', async () => {
  const page = makePage('Your organization');
  render(<Shown page={page} />);
  expect(screen.getByText('Loading')).toBeInTheDocument();
  expect(screen.queryByRole('heading')).toBeNull();
  await act(async () => page.release());
  expect(await screen.findByRole('heading', { name: 'Your organization' })).toBeInTheDocument();
  expect(screen.queryByText('Loading')).toBeNull();
});

test('once preloaded, the page renders in the first commit, with no fallback', async () => {
  const page = makePage('Your project');
  page.release();
  await page.preload();
  render(<Shown page={page} />);
  expect(screen.getByRole('heading', { name: 'Your project' })).toBeInTheDocument();
  expect(screen.queryByText('Loading')).toBeNull();
});

test('a failed preload leaves the page to load when it is shown', async () => {
  let calls = 0;
  const page = preloadableLazy(
    () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ Page: () => <h1>Back online</h1> });
    },
    (module) => module.Page,
  );
  await expect(page.preload()).rejects.toThrow('offline');
  render(
    <Suspense fallback={<p>Loading</p>}>
      <page.Component />
    </Suspense>,
  );
  expect(await screen.findByRole('heading', { name: 'Back online' })).toBeInTheDocument();
});
