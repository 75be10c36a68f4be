import { describe, expect, it } from 'vitest';
import { BUDGETS, GOALS, breaksBudget, describeFigure, goalMet, verdict, type Figure } from '../../scripts/bench/budgets';

const tbt = (value: number): Figure => ({ label: 'TBT', value, unit: 'ms', max: BUDGETS.tbtMs, ceiling: BUDGETS.tbtCeilingMs });
const lcp = (value: number): Figure => ({ label: 'LCP', value, unit: 's', max: BUDGETS.lcpMs });

describe('budgets that noise cannot fail', () => {
  it('a noisy figure above its goal is a warning; above its ceiling it fails', () => {
    expect(verdict(tbt(40))).toBe('ok');
    expect(verdict(tbt(120))).toBe('miss');
    expect(breaksBudget(tbt(120))).toBe(false);
    expect(describeFigure(tbt(120))).toBe('TBT: 120 ms (goal ≤ 50 ms, fails above 200 ms)  WARN (goal missed, within the ceiling)');
    expect(breaksBudget(tbt(201))).toBe(true);
    expect(describeFigure(tbt(201))).toContain('FAIL');
  });

  it('a deterministic figure fails as soon as it is outside its budget', () => {
    expect(verdict(lcp(1200))).toBe('ok');
    expect(breaksBudget(lcp(1201))).toBe(true);
    expect(describeFigure(lcp(1201))).toBe('LCP: 1.20 s (budget ≤ 1.20 s)  FAIL');
    expect(breaksBudget({ label: 'score', value: 0.97, unit: 'score', min: BUDGETS.performance })).toBe(true);
  });

  it('a figure that could not be measured fails; one without a budget never does', () => {
    expect(breaksBudget(tbt(Number.NaN))).toBe(true);
    expect(breaksBudget({ label: 'fonts', value: Number.NaN, unit: 'kb' })).toBe(false);
  });
});

describe('goals that are printed, never gated', () => {
  it('a figure with a goal only says whether it is met; its budget, if any, still gates', () => {
    const ratio: Figure = { label: 'LCP / reference', value: 1.4, unit: 'ratio', goal: GOALS.lcpToReference };
    expect(breaksBudget(ratio)).toBe(false);
    expect(goalMet(ratio)).toBe(false);
    expect(describeFigure(ratio)).toBe('LCP / reference: 1.40x (goal ≤ 1.35x, not gated)  goal missed (not gated)');
    const withBudget: Figure = { label: 'LCP', value: 850, unit: 's', max: BUDGETS.lcpMs, goal: GOALS.lcpMs };
    expect(describeFigure(withBudget)).toBe('LCP: 0.85 s (budget ≤ 1.20 s; goal ≤ 0.90 s, not gated)  ok  goal met');
    expect(breaksBudget({ ...withBudget, value: 1250 })).toBe(true);
  });
});
