import { act, screen } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { APP_TEXT } from '../../src/app/app-text';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { renderApp } from '../helpers/render-app';

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Answers in the commit of the first render, as React does for a visitor typing while the page hydrates. */
function AnswersAsThePageStarts() {
  useLayoutEffect(() => {
    useAssessmentStore.getState().createAssessment('Valley Family Clinic');
    useAssessmentStore.getState().setAnswer('org-name', 'Valley Family Clinic');
  }, []);
  return null;
}

/** The app, with answers given in the commit that renders it first. */
function WithAnswersAsThePageStarts({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <AnswersAsThePageStarts />
    </>
  );
}

test('an answer given as the page starts is announced as saved', () => {
  renderApp('/', { wrapper: WithAnswersAsThePageStarts });
  act(() => vi.advanceTimersByTime(2000));
  expect(screen.getByTestId('live-announcer')).toHaveTextContent(APP_TEXT.announceSaved);
});

test('answers are announced as saved once, after a pause in typing', () => {
  renderApp('/');
  const region = screen.getByTestId('live-announcer');
  act(() => {
    useAssessmentStore.getState().createAssessment('');
    useAssessmentStore.getState().setAnswer('org-name', 'Val');
  });
  act(() => vi.advanceTimersByTime(1000));
  act(() => useAssessmentStore.getState().setAnswer('org-name', 'Valley'));
  act(() => vi.advanceTimersByTime(1000));
  expect(region).toHaveTextContent('');
  act(() => vi.advanceTimersByTime(600));
  expect(region).toHaveTextContent(APP_TEXT.announceSaved);
});

test('a change that arrives while the window is in the background is not announced', () => {
  vi.mocked(document.hasFocus).mockReturnValue(false);
  renderApp('/');
  act(() => {
    useAssessmentStore.getState().createAssessment('');
    useAssessmentStore.getState().setAnswer('org-name', 'Valley');
  });
  act(() => vi.advanceTimersByTime(2000));
  expect(screen.getByTestId('live-announcer')).toBeEmptyDOMElement();
});
