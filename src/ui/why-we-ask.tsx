type WhyWeAskProps = { summary: string; text: string; source: string };

/** A native disclosure with the reason for a question and where that reason comes from. */
export function WhyWeAsk({ summary, text, source }: WhyWeAskProps) {
  return (
    <details className="app-why">
      <summary>{summary}</summary>
      <p>
        {text} <cite>{source}</cite>
      </p>
    </details>
  );
}
