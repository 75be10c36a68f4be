import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { RELOADED_AT_KEY, RELOAD_GUARD_MS, reloadOnPreloadError } from '../../src/app/reload-for-update';
import { START_TEXT } from '../../src/features/start/start-text';
import { renderApp } from '../helpers/render-app';

const reloadPage = vi.hoisted(() => vi.fn());
vi.mock('../../src/app/reload-page', () => ({ reloadPage }));

/** What the review page (loaded lazily by the app's routes) fails with in the test at hand. */
const pageFailure = vi.hoisted(() => ({ error: new Error('no failure set') as unknown }));
vi.mock('../../src/features/review/review-page', () => ({
  ReviewPage: () => {
    throw pageFailure.error;
  },
}));

/** When the test's page was loaded, and the clock a few seconds after it. */
const LOADED_AT = performance.timeOrigin;
const NOW = Math.round(LOADED_AT) + 5_000;

beforeEach(() => {
  reloadPage.mockClear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  // The pages' failures are logged by React; they are what these tests cause.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The error of a lazily loaded page whose chunk failed to load, as Chromium reports it (its file is gone). */
function missingChunk() {
  return new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/review-page-old.js');
}

/** The app at the review page (a lazily loaded one), which fails with this error. */
function renderFailingPage(error: unknown) {
  pageFailure.error = error;
  return renderApp('/review');
}

test('a page whose code is gone reloads the page once to the new version, and says so', async () => {
  renderFailingPage(missingChunk());
  expect(await screen.findByRole('status')).toHaveTextContent('Loading the latest version of this tool…');
  expect(reloadPage).toHaveBeenCalledTimes(1);
  expect(sessionStorage.getItem(RELOADED_AT_KEY)).toBe(String(NOW));
  // The page frame stays: not a blank page.
  expect(screen.getByRole('link', { name: 'Staffing Readiness home' })).toBeInTheDocument();
});

test('when the reload a moment ago did not help, a message with a reload button shows instead of another reload', async () => {
  const user = userEvent.setup();
  // The page before this one reloaded (it was loaded before this page was).
  sessionStorage.setItem(RELOADED_AT_KEY, String(Math.floor(LOADED_AT) - 1_000));
  renderFailingPage(missingChunk());
  expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
  expect(screen.getByText(/Your answers are saved in this browser and will still be there\./)).toBeInTheDocument();
  expect(reloadPage).not.toHaveBeenCalled();
  expect(document.title).toBe('This page could not be loaded – Staffing Readiness');

  await user.click(screen.getByRole('button', { name: 'Reload the page' }));
  expect(reloadPage).toHaveBeenCalledTimes(1);
});

test('a reload longer ago than the guard does not stop a new one', async () => {
  sessionStorage.setItem(RELOADED_AT_KEY, String(NOW - RELOAD_GUARD_MS - 1));
  renderFailingPage(missingChunk());
  expect(await screen.findByRole('status')).toHaveTextContent('Loading the latest version');
  expect(reloadPage).toHaveBeenCalledTimes(1);
});

test('without sessionStorage the page does not reload (it could loop) and shows the message', async () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError');
  });
  renderFailingPage(missingChunk());
  expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
  expect(reloadPage).not.toHaveBeenCalled();
});

test('a page that fails otherwise shows a message in plain words, and does not reload', async () => {
  renderFailingPage(new Error('scoring failed'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  expect(reloadPage).not.toHaveBeenCalled();
});

test("Vite's preload error reloads once, and the page's own error then waits for that reload", async () => {
  reloadOnPreloadError();
  act(() => {
    window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
  });
  expect(reloadPage).toHaveBeenCalledTimes(1);
  // The same failure reaches the page's error boundary: no second reload, no message.
  renderFailingPage(missingChunk());
  expect(await screen.findByRole('status')).toHaveTextContent('Loading the latest version');
  expect(reloadPage).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('heading', { name: 'This page could not be loaded' })).not.toBeInTheDocument();
});

test('another page opens normally after a page failed', async () => {
  const user = userEvent.setup();
  renderFailingPage(new Error('scoring failed'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Staffing Readiness home' }));
  expect(screen.getByRole('heading', { level: 1, name: START_TEXT.title })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Something went wrong on this page' })).not.toBeInTheDocument();
});
