type LevelBarProps = {
  /** 0 to 100. */
  value: number;
  /** Each tone has its own fill pattern, so the bar reads in black and white too. */
  tone: 'good' | 'mid' | 'bad';
};

const WIDTH = 200;
const HEIGHT = 16;

/** A horizontal bar for a 0-100 score. Decorative: the score and level are given as text beside it. */
export function LevelBar({ value, tone }: LevelBarProps) {
  const width = Math.max(0, Math.min(100, value)) * (WIDTH / 100);
  const patternId = `level-pattern-${tone}`;
  return (
    <svg className={`app-level-bar app-level-bar--${tone}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={tone === 'mid' ? 'rotate(45)' : undefined}>
          <rect width="6" height="6" className="app-level-bar__fill" />
          {tone === 'mid' ? <rect width="2.5" height="6" className="app-level-bar__mark" /> : null}
          {tone === 'bad' ? <circle cx="3" cy="3" r="1.4" className="app-level-bar__mark" /> : null}
        </pattern>
      </defs>
      <rect x="0" y="0" width={WIDTH} height={HEIGHT} className="app-level-bar__track" />
      <rect x="0" y="0" width={width} height={HEIGHT} fill={`url(#${patternId})`} className="app-level-bar__value" />
    </svg>
  );
}
