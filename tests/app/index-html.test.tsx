import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { START_TEXT } from '../../src/features/start/start-text';
import { renderApp } from '../helpers/render-app';

test('the start page opens at /index.html, under its own address', async () => {
  const { router } = renderApp('/index.html');
  expect(await screen.findByRole('heading', { level: 1, name: START_TEXT.title })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Page not found' })).not.toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/');
  // Replaced, not added: Back does not return to /index.html.
  expect(router.state.historyAction).toBe('REPLACE');
});
