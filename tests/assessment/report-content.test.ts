import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MEETING_QUESTION_RULES,
  NEXT_STEP_RULES,
  SHARED_IT_QUESTION_RULES,
  countOf,
  meetingQuestionsFor,
  nextStepsFor,
  sharedItQuestionsFor,
  shortHours,
  workloadBalance,
  type AdviceItem,
  type ConditionalAdvice,
} from '../../src/assessment/report-content';
import { DONT_KNOW, type Answers } from '../../src/assessment/schema';
import { choice, choices } from '../../src/assessment/scoring/read-answers';
import { includesConsultant } from '../../src/assessment/scoring/report-queries';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { SOURCES } from '../../src/assessment/sources';
import { effectiveAnswers } from '../../src/assessment/visibility';
import { anyAnswersArb, completeAnswersArb, unvalidatedAnswersArb } from './arbitraries';
import { PROFILES, STRONG_BASE } from './profiles';

function profile(name: string): Answers {
  const found = PROFILES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no profile named ${name}`);
  return found.answers;
}

/** The advice for raw answers, as the results page gets it: scored, then read from the effective answers. */
function adviceFor(answers: Answers) {
  const report = scoreAssessment(answers);
  const effective = effectiveAnswers(answers);
  return { report, effective, steps: nextStepsFor(report, effective), questions: meetingQuestionsFor(report, effective), shared: sharedItQuestionsFor(report, effective) };
}

const ids = (items: readonly AdviceItem[]) => items.map((item) => item.id);
const texts = (items: readonly AdviceItem[]) => items.map((item) => item.text).join('\n');

const TELEHEALTH_ONLY = 'small practice adding telehealth, IT done on the side by an experienced office manager';

describe('next steps and meeting questions for named clinic profiles', () => {
  test('the telehealth-only small practice gets nothing about the exam room, even when its training leaves out the soft skills', () => {
    for (const answers of [profile(TELEHEALTH_ONLY), { ...profile(TELEHEALTH_ONLY), 'soft-training': 'no' }]) {
      const { steps, questions } = adviceFor(answers);
      expect(texts([...steps, ...questions])).not.toMatch(/exam room/i);
    }
    const { steps } = adviceFor({ ...profile(TELEHEALTH_ONLY), 'soft-training': 'no' });
    expect(ids(steps)).toContain('soft-telehealth');
    expect(ids(steps)).not.toContain('soft');
    expect(ids(steps)).not.toContain('soft-exam-room');
  });

  test('the telehealth-only practice, about even on hours, gets no step to close an hours gap', () => {
    const { report, effective, steps } = adviceFor(profile(TELEHEALTH_ONLY));
    expect(workloadBalance(report, effective).kind).toBe('even');
    expect(ids(steps)).not.toContain('close-hours');
  });

  test('"everything strong" gets only the steps nothing in its answers has done yet, and no "Don\'t know" question', () => {
    const { steps, questions } = adviceFor(profile('everything strong'));
    // Project lead protected, super-users chosen, champion, reduced schedules, gradual rollout, workflows mapped, soft skills trained, no gaps.
    expect(ids(steps)).toEqual(['reassess']);
    expect(steps[0]?.text).toBe('Assess again before go-live, and about six months after, to check that nothing has changed.');
    expect(ids(questions)).toEqual(['agree', 'hours', 'first']);
    expect(texts(questions)).not.toMatch(/Don't know/);
  });

  test('a project lead with protected time gets no project-lead step; one on top of the usual job gets the step to protect that time', () => {
    expect(ids(adviceFor(STRONG_BASE).steps)).not.toEqual(expect.arrayContaining(['lead']));
    expect(texts(adviceFor(STRONG_BASE).steps)).not.toMatch(/project lead/i);
    expect(ids(adviceFor({ ...STRONG_BASE, 'project-lead': 'on-top' }).steps)).toContain('lead-time');
    expect(ids(adviceFor({ ...STRONG_BASE, 'project-lead': 'no' }).steps)).toContain('lead');
  });

  test('super-users already chosen: no step to choose them; planned: the step counts them', () => {
    expect(texts(adviceFor(STRONG_BASE).steps)).not.toMatch(/super-user/);
    const { report, steps } = adviceFor({ ...STRONG_BASE, 'super-users': 'planned' });
    expect(report.workload.goLive.superUsers).toBe(2);
    expect(steps.find((step) => step.id === 'super-users')?.text).toMatch(/^Choose about 2 super-users now/);
    const small = adviceFor({
      ...STRONG_BASE,
      'staff-count-clerical': 1,
      'staff-count-medical-assistants': 1,
      'staff-count-nurses': 1,
      'staff-count-providers': 2,
      'super-users': 'no',
    });
    expect(small.report.workload.goLive.superUsers).toBe(1);
    expect(small.steps.find((step) => step.id === 'super-users')?.text).toMatch(/^Choose about 1 super-user now/);
  });

  test('the all "Don\'t know" profile is asked who finds out its unknown answers, counted', () => {
    const { report, questions } = adviceFor(profile('all "don\'t know"'));
    expect(report.confidence.dontKnowIds.length).toBeGreaterThan(1);
    expect(questions.find((question) => question.id === 'unknowns')?.text).toBe(`Who will find out the ${report.confidence.dontKnowIds.length} answers we marked "Don't know", and by when?`);
  });

  test('"everything weak" gets the steps an implementation consultant would list, with its own figures', () => {
    const { report, steps, questions } = adviceFor(profile('everything weak'));
    // No budget for outside support: the funding is settled before a consultant is sought.
    expect(ids(steps)).toEqual(['lead', 'close-hours', 'fund-outside-help', 'gradual-one-site', 'workflows', 'protect', 'champion', 'super-users', 'soft-exam-room', 'owners', 'reassess']);
    expect(texts(steps)).not.toMatch(/Start looking for a consultant now/);
    expect(steps.find((step) => step.id === 'fund-outside-help')?.text).toMatch(/or move the date, and only then ask for formal quotes\.$/);
    // The first page's decision asks it; the meeting questions do not ask it again.
    expect(ids(questions)).not.toContain('funding');
    const short = Math.round(report.workload.requiredHours - report.workload.availableHours);
    expect(steps.find((step) => step.id === 'close-hours')?.text).toContain(`about ${short} hours over 8 weeks`);
    expect(steps.find((step) => step.id === 'owners')?.text).toBe(`Give each of the ${report.gaps.length} gaps in this report an owner and a target date, and review them at each planning meeting.`);
    // Go-live in under 3 months with critical gaps: the date itself is a question.
    expect(questions.find((question) => question.id === 'go-live-date')?.text).toMatch(/^Go-live is under 3 months away \(planned here as 8 weeks\) with \d+ critical gaps?:/);
    expect(questions.find((question) => question.id === 'outside')?.text).toBe('Which gaps will we close with our own staff, and which with a consultant?');
  });

  test('with nobody doing IT there is no question about whose IT hours the project uses, and the hours to find are stated', () => {
    const { steps, questions, shared } = adviceFor(profile('rural single-site clinic with nobody doing IT'));
    expect(ids(questions)).not.toContain('hours');
    expect(steps.find((step) => step.id === 'close-hours')?.text).toContain('about 358 hours over 26 weeks');
    expect(steps.find((step) => step.id === 'shared-it')?.text).toMatch(/^Contact a regional extension center this month/);
    expect(ids(shared)).toEqual(['hours-short', 'skills-system', 'on-site', 'members']);
  });

  test('a consultant part of the recommendation: the step to find one, or to review the one engaged; none otherwise', () => {
    const engaged = adviceFor(profile('rural health clinic with nobody doing IT and a consultant already engaged'));
    expect(ids(engaged.steps)).toContain('consultant-current');
    expect(texts(engaged.steps)).not.toMatch(/reputable firm/);
    expect(ids(adviceFor(profile('IT with time but no interfacing experience')).steps)).toContain('consultant-find');
    expect(texts(adviceFor(STRONG_BASE).steps)).not.toMatch(/consultant/i);
  });

  test('property: while the approach is not decided, no step says to start looking for a consultant now', () => {
    fc.assert(
      fc.property(unvalidatedAnswersArb, (answers) => {
        const { report, steps } = adviceFor(answers);
        if (report.recommendation.status === 'undecided') {
          expect(ids(steps)).not.toContain('consultant-find');
          if (includesConsultant(report) && effectiveAnswers(answers)['consultant-relationship'] !== 'current') expect(ids(steps)).toContain('consultant-find-later');
        }
      }),
      { numRuns: 200 },
    );
  });

  test('the rollout step fits the setting: several sites, one site, a critical access hospital; none when a gradual rollout is planned', () => {
    const undecided = { ...STRONG_BASE, rollout: 'undecided' };
    expect(ids(adviceFor({ ...undecided, 'facility-count': 3 }).steps)).toContain('gradual');
    expect(ids(adviceFor(undecided).steps)).toContain('gradual-one-site');
    const hospital = adviceFor({ ...undecided, 'org-type': 'critical-access-hospital', 'facility-count': 1 });
    expect(ids(hospital.steps)).toContain('gradual-hospital');
    expect(hospital.questions.find((question) => question.id === 'first')?.text).toBe('Which unit or function goes first, and what must be true before the next one starts?');
    expect(texts(adviceFor(undecided).steps)).not.toMatch(/one site or one service first/);
    expect(texts(adviceFor(STRONG_BASE).steps)).not.toMatch(/gradual/);
  });

  test('open questions are asked about only when some are open', () => {
    expect(ids(adviceFor(STRONG_BASE).questions)).not.toContain('open');
    const { 'super-users': _open, ...withOneOpen } = STRONG_BASE;
    const { report, questions } = adviceFor(withOneOpen);
    expect(report.confidence.missingIds).toEqual(['super-users']);
    expect(questions.find((question) => question.id === 'open')?.text).toBe('Who will answer the question still open in this assessment, and by when?');
  });
});

describe('words and figures', () => {
  test.each([
    [1, 'super-user', 'super-users', '1 super-user'],
    [3, 'super-user', 'super-users', '3 super-users'],
    [0, 'gap', 'gaps', '0 gaps'],
    [1240.4, 'hour', 'hours', '1,240 hours'],
    [1, 'person', 'people', '1 person'],
  ])('countOf(%s, %s)', (value, one, many, expected) => {
    expect(countOf(value, one, many)).toBe(expected);
  });

  test('the workload balance is about even below 0.1 FTE, unknown when nobody knows the hours', () => {
    const telehealth = adviceFor(profile(TELEHEALTH_ONLY));
    expect(Math.abs(telehealth.report.workload.fteBalance)).toBeLessThan(0.1);
    expect(workloadBalance(telehealth.report, telehealth.effective)).toMatchObject({ kind: 'even', short: false, hours: 7 });
    const weak = adviceFor(profile('everything weak'));
    expect(workloadBalance(weak.report, weak.effective)).toMatchObject({ kind: 'shortfall', short: true, hours: 351 });
    const unknown = adviceFor(profile('all "don\'t know"'));
    expect(workloadBalance(unknown.report, unknown.effective).kind).toBe('unknown');
    expect(shortHours(unknown.report, unknown.effective)).toBe(0);
  });

  test('every rule keeps a known source and an id unique in its list', () => {
    const known = new Set(SOURCES.map((source) => source.id));
    for (const rules of [NEXT_STEP_RULES, MEETING_QUESTION_RULES, SHARED_IT_QUESTION_RULES]) {
      expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
      for (const rule of rules) expect(known.has(rule.source), rule.id).toBe(true);
    }
  });
});

const GRADUAL = new Set(['gradual-site', 'gradual-phase']);
const EHR = ['new-ehr', 'ehr-replacement'];

/** The rules whose condition holds, in their order: what the functions must return, ids only. */
function holding(rules: readonly ConditionalAdvice[], report: ReturnType<typeof scoreAssessment>, answers: Answers): string[] {
  return rules.filter((rule) => rule.when({ report, answers })).map((rule) => rule.id);
}

describe('properties, over generated answer sets', () => {
  test('every returned item is one whose condition holds, in order, with every placeholder filled', () => {
    fc.assert(
      fc.property(anyAnswersArb, (answers) => {
        const { report, effective, steps, questions, shared } = adviceFor(answers);
        expect(ids(steps)).toEqual(holding(NEXT_STEP_RULES, report, effective));
        expect(ids(questions)).toEqual(holding(MEETING_QUESTION_RULES, report, effective));
        expect(ids(shared)).toEqual(report.recommendation.sharedIt ? holding(SHARED_IT_QUESTION_RULES, report, effective) : []);
        for (const item of [...steps, ...questions, ...shared]) expect(item.text).not.toMatch(/[{}]/);
        expect(steps.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  test('no step or question asks for what the answers say is done, or lies outside the project', () => {
    fc.assert(
      fc.property(completeAnswersArb, (answers) => {
        const { report, effective, steps, questions } = adviceFor(answers);
        const stepText = texts(steps);
        const all = `${stepText}\n${texts(questions)}`;
        const scope = choices(effective, 'project-scope') as string[];
        if (choice(effective, 'project-lead') === 'protected') expect(stepText).not.toMatch(/project lead/i);
        if (choice(effective, 'super-users') === 'yes') expect(stepText).not.toMatch(/super-user/i);
        if (choice(effective, 'clinical-champion') === 'yes') expect(stepText).not.toMatch(/clinical champion/i);
        const load = choice(effective, 'clinical-load');
        if (load === 'reduced' || load === 'backfilled') expect(stepText).not.toMatch(/Reduce clinical schedules/);
        const rollout = choice(effective, 'rollout');
        if (rollout !== null && GRADUAL.has(rollout)) expect(stepText).not.toMatch(/gradual implementation/);
        if (choice(effective, 'existing-workflows') === 'yes') expect(stepText).not.toMatch(/Map how work is done/);
        if (choice(effective, 'soft-training') === 'yes') expect(stepText).not.toMatch(/"soft" skills/);
        if (!scope.some((item) => EHR.includes(item))) expect(all).not.toMatch(/exam room/i);
        if (!scope.includes('telehealth')) expect(all).not.toMatch(/video visit/i);
        if (report.confidence.dontKnowIds.length === 0) expect(all).not.toMatch(/Don't know/);
        if (report.gaps.length === 0) expect(all).not.toMatch(/\bgaps? in this report\b|Which gaps/);
        if (report.workload.status === 'surplus') expect(stepText).not.toMatch(/cannot give/);
        if (!includesConsultant(report)) expect(stepText).not.toMatch(/consultant/i);
        if (choice(effective, 'consultant-relationship') === 'current') expect(stepText).not.toMatch(/reputable firm/);
        if (choices(effective, 'it-who').includes('nobody')) expect(ids(questions)).not.toContain('hours');
        if (report.workload.sites < 2) expect(all).not.toMatch(/one site or one service first|Which site or service/);
      }),
      { numRuns: 200 },
    );
  });

  test('with a "Don\'t know" answer the meeting asks who finds it out', () => {
    fc.assert(
      fc.property(completeAnswersArb, (answers) => {
        // Mapping today's work is asked of every project but a network-only one.
        const { report, questions } = adviceFor({ ...answers, 'project-scope': ['new-ehr'], 'existing-workflows': DONT_KNOW });
        expect(report.confidence.dontKnowIds).toContain('existing-workflows');
        expect(ids(questions)).toContain('unknowns');
      }),
      { numRuns: 50 },
    );
  });
});
