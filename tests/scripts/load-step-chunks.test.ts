import { expect, test } from 'vitest';
import { LOAD_STEPS, loadStepProblems, type BuiltChunk } from '../../scripts/load-step-chunks';

const ROOT = '/repo';

/** A build as the chain wants it: each step's chunk holds its module and imports the one before. */
function goodBuild(): BuiltChunk[] {
  const steps = LOAD_STEPS.map((step, index) => ({
    name: step.name,
    fileName: `assets/${step.name}.js`,
    moduleIds: [`${ROOT}/src/app/boot/load-steps/${step.after}.ts`],
    imports: index > 0 ? [`assets/${LOAD_STEPS[index - 1]?.name}.js`, 'assets/rolldown-runtime.js'] : ['assets/rolldown-runtime.js'],
  }));
  steps[0]?.moduleIds.push(`${ROOT}/node_modules/react-dom/index.js`);
  steps[3]?.moduleIds.push(`${ROOT}/src/assessment/question-bank.ts`);
  steps[4]?.moduleIds.push(`${ROOT}/src/state/assessment-store.ts`);
  return [
    ...steps,
    { name: 'rolldown-runtime', fileName: 'assets/rolldown-runtime.js', moduleIds: ['\0rolldown/runtime.js'], imports: [] },
    { name: 'start-app', fileName: 'assets/start-app.js', moduleIds: [`${ROOT}/src/app/boot/start-app.tsx`, `${ROOT}/src/features/wizard/step-page.tsx`], imports: ['assets/state.js'] },
    { name: 'score-assessment', fileName: 'assets/score.js', moduleIds: [`${ROOT}/src/assessment/scoring/score-assessment.ts`], imports: ['assets/domain.js'] },
  ];
}

function chunk(build: BuiltChunk[], name: string): BuiltChunk {
  const found = build.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no chunk ${name}`);
  return found;
}

test('a build that follows the chain has no problems', () => {
  expect(loadStepProblems(goodBuild(), ROOT)).toEqual([]);
});

test('a store module outside the state chunk is named, with the chunk it is in', () => {
  const build = goodBuild();
  chunk(build, 'start-app').moduleIds.push(`${ROOT}/src/state/storage-keys.ts`);
  expect(loadStepProblems(build, ROOT)).toEqual(["src/state/storage-keys.ts belongs in the 'state' chunk, but is in 'start-app' (assets/start-app.js)"]);
});

test('a domain module the first page needs must be in the domain chunk; the scoring need not', () => {
  const build = goodBuild();
  chunk(build, 'start-app').moduleIds.push(`${ROOT}/src/assessment/visibility.ts`);
  expect(loadStepProblems(build, ROOT)).toEqual(["src/assessment/visibility.ts belongs in the 'domain' chunk, but is in 'start-app' (assets/start-app.js)"]);
});

test("a step's module moved out of its chunk, or a missing chunk, is a problem", () => {
  const build = goodBuild();
  chunk(build, 'state').moduleIds.shift();
  chunk(build, 'start-app').moduleIds.push(`${ROOT}/src/app/boot/load-steps/after-store.ts`);
  expect(loadStepProblems(build, ROOT)).toEqual([
    "src/app/boot/load-steps/after-store.ts is not in the 'state' chunk",
    "src/app/boot/load-steps/after-store.ts belongs in the 'state' chunk, but is in 'start-app' (assets/start-app.js)",
  ]);
  expect(
    loadStepProblems(
      goodBuild().filter((candidate) => candidate.name !== 'zod'),
      ROOT,
    ),
  ).toContain("no chunk named 'zod' in the build");
});

test('a step that imports a later step, or code of the app outside the chain, breaks the chain', () => {
  const build = goodBuild();
  chunk(build, 'domain').imports.push('assets/state.js');
  chunk(build, 'router').imports.push('assets/start-app.js');
  const problems = loadStepProblems(build, ROOT);
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/^the 'router' chunk imports 'start-app'/);
  expect(problems[1]).toMatch(/^the 'domain' chunk imports 'state'/);
});

test('a step that does not import the one before it is not in the chain', () => {
  const build = goodBuild();
  chunk(build, 'zod').imports = [];
  expect(loadStepProblems(build, ROOT)).toEqual(["the 'zod' chunk does not import the 'router' chunk before it"]);
});
