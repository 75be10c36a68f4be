type WhyWeAskProps = { summary: string; who: string; text: string; source: string };

/**
 * A native disclosure with the reason for a question and where that reason comes from; who
 * usually knows the answer shows beside it, closed, so the manager knows whom to ask.
 */
export function WhyWeAsk({ summary, who, text, source }: WhyWeAskProps) {
  return (
    <details className="app-why">
      <summary>
        <span className="app-why__summary">{summary}</span>
        {who ? (
          <>
            {'\u00a0'}
            <span className="app-why__who">{who}</span>
          </>
        ) : null}
      </summary>
      <p>
        {text} <cite>{source}</cite>
      </p>
    </details>
  );
}
