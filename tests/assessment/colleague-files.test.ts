import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ANSWERS_FORMAT,
  REQUEST_FORMAT,
  answersFileFor,
  askableQuestions,
  requestFor,
  serializeAnswers,
  serializeRequest,
  usuallyKnownBy,
  type ColleagueFile,
} from '../../src/assessment/colleague-file';
import { parseColleagueFile, readAnyFile } from '../../src/assessment/colleague-file-reader';
import { answerAgreement, answerDifferences, assessmentFromAnswers, colleagueCopy, takenAnswers } from '../../src/assessment/colleague-merge';
import { visibleQuestions, visibleSteps } from '../../src/assessment/visibility';
import { withTakenAnswers } from '../../src/assessment/taken-answers';
import { QUESTION_BANK } from '../../src/assessment/question-bank';
import type { ColleagueRequest, SavedAssessment } from '../../src/assessment/saved-assessment';
import { DONT_KNOW, type Answers } from '../../src/assessment/schema';
import { anyAnswersArb } from './arbitraries';

const WHEN = '2026-12-02T10:00:00.000Z';
const LATER = '2026-12-03T10:00:00.000Z';
const IT_QUESTIONS = ['exp-technology', 'exp-installation', 'exp-networking', 'it-routine-load', 'it-project-hours'];

function assessment(answers: Answers, extra: Partial<SavedAssessment> = {}): SavedAssessment {
  return { id: 'a-1', name: '', createdAt: WHEN, updatedAt: WHEN, answers, actionPlan: {}, ...extra };
}

/** What the colleague's computer does: read the request, make their copy, answer, send back. */
function roundTrip(manager: SavedAssessment, questionIds: string[], change: (answers: Answers) => Answers = (answers) => answers): ColleagueFile {
  const request = parseColleagueFile(serializeRequest(requestFor(manager, 'Sam Lee, IT contractor', 'Ana Ruiz, practice manager', questionIds, WHEN)));
  if (!request.ok) throw new Error(request.problems.join(' '));
  const copy = colleagueCopy(request.file, WHEN);
  const answered = { ...copy, answers: change(copy.answers) } as SavedAssessment & { request: ColleagueRequest };
  const back = parseColleagueFile(serializeAnswers(answersFileFor(answered, LATER)));
  if (!back.ok) throw new Error(back.problems.join(' '));
  return back.file;
}

describe('the request and answers files', () => {
  test('a request carries the chosen questions with the manager’s answers to those only', () => {
    const manager = assessment({ 'org-name': 'Valley Clinic', 'exp-technology': 'some', rural: 'yes' });
    const result = parseColleagueFile(serializeRequest(requestFor(manager, 'Sam Lee', 'Ana', ['exp-technology', 'it-project-hours'], WHEN)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toMatchObject({
      kind: 'request',
      assessmentId: 'a-1',
      organization: 'Valley Clinic',
      askedBy: 'Ana',
      colleague: 'Sam Lee',
      questionIds: ['exp-technology', 'it-project-hours'],
    });
    expect(result.file.answers).toEqual({ 'exp-technology': 'some' });
  });

  test('a half-typed number is not sent as a starting point', () => {
    const result = parseColleagueFile(serializeRequest(requestFor(assessment({ 'it-project-hours': '12a' }), 'Sam', '', ['it-project-hours'], WHEN)));
    expect(result.ok && result.file.answers).toEqual({});
  });

  test('answers to questions that were not asked are left out, and said so', () => {
    const data = JSON.parse(serializeAnswers({ ...requestFor(assessment({}), 'Sam', '', ['exp-technology'], WHEN), kind: 'answers', answers: { 'exp-technology': 'some' } }));
    data.answers.rural = 'no';
    const result = parseColleagueFile(JSON.stringify(data));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.answers).toEqual({ 'exp-technology': 'some' });
    expect(result.warnings.join(' ')).toMatch(/not asked \(rural\)/);
  });

  const valid = () => JSON.parse(serializeAnswers({ ...requestFor(assessment({}), 'Sam', '', ['exp-technology', 'it-project-hours'], WHEN), kind: 'answers', answers: { 'exp-technology': 'some' } }));
  test.each<[string, () => string, RegExp]>([
    ['a file that is not JSON', () => 'not json {', /not in JSON format/],
    ['a whole assessment', () => JSON.stringify({ format: 'staffing-readiness-assessment', schemaVersion: 2 }), /whole assessment, not a colleague/],
    ['JSON of another tool', () => JSON.stringify({ answers: {} }), /holds no questions or answers of Staffing Readiness/],
    ['a newer version', () => JSON.stringify({ ...valid(), schemaVersion: 7 }), /newer version of Staffing Readiness \(format 7/],
    ['no colleague named', () => JSON.stringify({ ...valid(), colleague: '' }), /colleague/],
    ['no questions', () => JSON.stringify({ ...valid(), questionIds: [] }), /holds no questions/],
    ['only unknown questions', () => JSON.stringify({ ...valid(), questionIds: ['nope'], answers: {} }), /None of the questions/],
    ['an answer that is not one of the options', () => JSON.stringify({ ...valid(), answers: { 'exp-technology': 'wizard' } }), /answer to question exp-technology \("[^"]+"\): Choose one answer/],
    ['a number out of range', () => JSON.stringify({ ...valid(), answers: { 'it-project-hours': -5 } }), /question it-project-hours/],
  ])('%s is refused with a message saying what and where', (_name, text, message) => {
    const result = parseColleagueFile(text());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join(' ')).toMatch(message);
  });

  test('the start page tells an assessment from a colleague file', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(readAnyFile(bytes(JSON.stringify(valid()))).kind).toBe('colleague');
    expect(readAnyFile(bytes(JSON.stringify({ format: 'staffing-readiness-assessment', schemaVersion: 2, assessment: { answers: {} } }))).kind).toBe('assessment');
    expect(readAnyFile(bytes('garbage')).kind).toBe('assessment');
  });

  test('formats are named in the files', () => {
    const request = requestFor(assessment({}), 'Sam', '', ['rural'], WHEN);
    expect(JSON.parse(serializeRequest(request)).format).toBe(REQUEST_FORMAT);
    expect(JSON.parse(serializeAnswers(request)).format).toBe(ANSWERS_FORMAT);
  });
});

describe('which questions can be handed over', () => {
  test('every question the wizard asks, in its order, but who the manager is', () => {
    const answers: Answers = { 'org-type': 'health-center', 'project-scope': ['new-ehr'] };
    const ids = askableQuestions(answers).map(({ question }) => question.id);
    const asked = visibleSteps(answers).flatMap((step) => visibleQuestions(step, answers).map((question) => question.id));
    expect(ids).not.toContain('respondent');
    expect(ids).toEqual(asked.filter((id) => id !== 'respondent'));
  });

  test('a question the answers skip cannot be handed over', () => {
    // A rural health clinic is rural by definition, and no interfaces are in scope.
    const ids = askableQuestions({ 'org-type': 'rural-health-clinic', 'project-scope': ['new-ehr'] }).map(({ question }) => question.id);
    expect(ids).not.toContain('rural');
    expect(ids).not.toContain('interface-count');
    expect(askableQuestions({ 'org-type': 'health-center', 'project-scope': ['interfaces'] }).map(({ question }) => question.id)).toContain('interface-count');
  });

  test('the IT lead is offered the IT questions, the nursing lead the staff skills', () => {
    const items = askableQuestions({ 'org-type': 'health-center', 'project-scope': ['new-ehr'], 'it-who': ['contractor'] });
    const it = usuallyKnownBy(items, 'it-lead');
    const nursing = usuallyKnownBy(items, 'nursing-lead');
    expect(it.has('exp-technology')).toBe(true);
    expect(it.has('skill-computer-clerical')).toBe(false);
    expect(nursing.has('skill-computer-clerical')).toBe(true);
    for (const id of it) expect(nursing.has(id)).toBe(false);
  });
});

describe('merging a colleague’s answers', () => {
  const manager = assessment({ respondent: 'Ana', 'exp-technology': 'none', 'exp-installation': 'experienced', 'it-project-hours': 10 });

  test('lists only the answers that differ, theirs chosen, with who gave each', () => {
    const file = roundTrip(manager, IT_QUESTIONS, (answers) => ({ ...answers, 'exp-technology': 'experienced', 'exp-networking': 'some' }));
    const differences = answerDifferences(manager, [file], 'Ana');
    expect(differences.map((item) => item.questionId)).toEqual(['exp-technology', 'exp-networking']);
    expect(differences[0]).toMatchObject({ yours: { value: 'none', by: 'Ana' }, theirs: [{ from: 0, value: 'experienced', by: 'Sam Lee, IT contractor' }], preselected: 0 });
    expect(differences[1]?.yours).toBeUndefined();
  });

  test('a "Don’t know" does not replace a known answer unless the manager chooses it', () => {
    const file = roundTrip(manager, IT_QUESTIONS, (answers) => ({ ...answers, 'exp-installation': DONT_KNOW }));
    const [difference] = answerDifferences(manager, [file]);
    expect(difference?.preselected).toBe('yours');
    expect(takenAnswers(answerDifferences(manager, [file]), {})).toEqual([]);
    expect(takenAnswers(answerDifferences(manager, [file]), { 'exp-installation': 0 })).toEqual([{ questionId: 'exp-installation', value: DONT_KNOW, by: 'Sam Lee, IT contractor' }]);
  });

  test('the later of two files is chosen where both colleagues answered', () => {
    const first = roundTrip(manager, ['exp-technology'], () => ({ 'exp-technology': 'some' }));
    const second = { ...first, colleague: 'Lee Park, office lead', answers: { 'exp-technology': 'experienced' } };
    const [difference] = answerDifferences(manager, [first, second]);
    expect(difference?.theirs.map((item) => item.by)).toEqual(['Sam Lee, IT contractor', 'Lee Park, office lead']);
    expect(difference?.preselected).toBe(1);
  });

  test('taking answers records who gave them and keeps the rest as it was', () => {
    const file = roundTrip(manager, IT_QUESTIONS, (answers) => ({ ...answers, 'exp-technology': 'experienced' }));
    const merged = withTakenAnswers(manager, takenAnswers(answerDifferences(manager, [file]), {}), LATER);
    expect(merged.answers).toEqual({ ...manager.answers, 'exp-technology': 'experienced' });
    expect(merged.answeredBy).toEqual({ 'exp-technology': 'Sam Lee, IT contractor' });
    expect(merged.changedAt).toEqual({ 'answers.exp-technology': LATER });
    expect(manager.answers['exp-technology']).toBe('none');
  });

  test('answers from another assessment open as an assessment of their own, given by the colleague', () => {
    const file = roundTrip(manager, ['exp-technology'], () => ({ 'exp-technology': 'some' }));
    const opened = assessmentFromAnswers(file, LATER, 'b-2');
    expect(opened).toMatchObject({ id: 'b-2', answers: { 'exp-technology': 'some' }, answeredBy: { 'exp-technology': 'Sam Lee, IT contractor' } });
  });

  test('counts the questions the files answer, and those answered as the assessment already is', () => {
    const file = roundTrip(manager, IT_QUESTIONS, (answers) => ({ ...answers, 'exp-technology': 'experienced', 'exp-networking': 'some' }));
    // exp-installation and it-project-hours came back as the manager had them.
    expect(answerAgreement(manager, [file])).toEqual({ answered: 4, same: 2 });
    const other = { ...file, colleague: 'Lee', answers: { 'exp-installation': 'none' } } as ColleagueFile;
    expect(answerAgreement(manager, [file, other])).toEqual({ answered: 4, same: 1 });
    expect(answerAgreement(manager, [])).toEqual({ answered: 0, same: 0 });
  });

  const assessmentArb = anyAnswersArb.map((answers) => assessment(answers));
  const idsArb = fc.subarray(
    QUESTION_BANK.questions.map((question) => question.id),
    { minLength: 1 },
  );

  test('property: sent to a colleague and merged back unchanged, the assessment is the same', () => {
    fc.assert(
      fc.property(assessmentArb, idsArb, (manager, ids) => {
        const file = roundTrip(manager, ids);
        const differences = answerDifferences(manager, [file]);
        expect(answerAgreement(manager, [file]).same).toBe(answerAgreement(manager, [file]).answered);
        // A half-typed number is not sent; the colleague then leaves it open, which offers nothing.
        expect(differences).toEqual([]);
        expect(withTakenAnswers(manager, takenAnswers(differences, {}), LATER)).toEqual(manager);
      }),
      { numRuns: 150 },
    );
  });

  test('property: any mutated answers file is merged correctly or refused, never throws, never changes the assessment given', () => {
    const mutated = fc.tuple(assessmentArb, idsArb, fc.nat(), fc.string({ maxLength: 4 }), anyAnswersArb).map(([manager, ids, at, insert, theirs]) => {
      const text = serializeAnswers({ ...requestFor(manager, 'Sam', 'Ana', ids, WHEN), kind: 'answers', answers: theirs });
      const cut = at % (text.length + 1);
      return { manager, text: text.slice(0, cut) + insert + text.slice(cut + 1) };
    });
    fc.assert(
      fc.property(mutated, ({ manager, text }) => {
        const before = structuredClone(manager);
        const result = parseColleagueFile(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem).not.toMatch(/Invalid input/);
          return;
        }
        const differences = answerDifferences(manager, [result.file]);
        // Every question a file answers either differs or is the same, never both, never neither.
        const { answered, same } = answerAgreement(manager, [result.file]);
        expect(same + differences.length).toBe(answered);
        const merged = withTakenAnswers(manager, takenAnswers(differences, {}), LATER);
        for (const difference of differences) {
          const taken = merged.answers[difference.questionId];
          expect([difference.yours?.value, ...difference.theirs.map((item) => item.value)]).toContainEqual(taken);
        }
        for (const id of Object.keys(manager.answers)) if (!differences.some((item) => item.questionId === id)) expect(merged.answers[id]).toEqual(manager.answers[id]);
        expect(manager).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
