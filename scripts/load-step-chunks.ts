import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The chunks the app's code is evaluated in, one task each, in this order: see
 * src/app/boot/load-steps/README.md and decision record 0006. Each chunk holds its `after-*`
 * module (which imports the one before and ends with a top-level await) and the modules `holds`
 * matches. The domain chunk leaves out what only the lazily loaded pages use, and reading files
 * (loaded when one is opened).
 */
export const LOAD_STEPS: { name: string; holds: RegExp; after: string }[] = [
  { name: 'react', holds: /node_modules\/(react|react-dom|scheduler)\//, after: 'after-react' },
  { name: 'router', holds: /node_modules\/(react-router|cookie|set-cookie-parser)\//, after: 'after-router' },
  { name: 'zod', holds: /node_modules\/zod\/|src\/app\/boot\/load-steps\/zod-without-eval\./, after: 'after-zod' },
  {
    name: 'domain',
    holds: /src\/assessment\/(?!scoring\/|csv\.|compare\.|report-content\.|report-texts\.|glossary\.|at-a-glance\.|read-assessment-file\.|colleague-|decode-text\.)/,
    after: 'after-domain',
  },
  { name: 'state', holds: /src\/state\//, after: 'after-store' },
];

/** Where the `after-*` modules are. */
const STEPS_DIR = 'src/app/boot/load-steps/';

/** Module ids with `/` between folders, on every system. */
function slashed(id: string): string {
  return id.replace(/\\/g, '/');
}

function belongsTo(id: string): string | undefined {
  const path = slashed(id);
  return LOAD_STEPS.find((step) => step.holds.test(path) || path.endsWith(`${STEPS_DIR}${step.after}.ts`))?.name;
}

/** The bundler's code-splitting groups that make these chunks (vite.config.ts). */
export function loadStepGroups(): { name: string; test: (id: string) => boolean; priority: number }[] {
  return LOAD_STEPS.map((step, index) => ({ name: step.name, test: (id: string) => belongsTo(id) === step.name, priority: LOAD_STEPS.length - index }));
}

/** What the check needs to know of each chunk of the build. */
export type BuiltChunk = { name: string; fileName: string; moduleIds: string[]; imports: string[] };

/**
 * What is wrong with the chain in this build, in words (empty when nothing is):
 * - every load step has its chunk, holding its `after-*` module;
 * - every module a step holds is in that step's chunk, not in another one (a file moved or
 *   renamed out of its pattern, say);
 * - a step's chunk imports (statically) only the chunks of earlier steps and chunks of no code of
 *   this repository (the bundler's runtime): otherwise a module it needs would be evaluated in a
 *   later task or in the wrong order, and the chain would not be a chain.
 */
export function loadStepProblems(chunks: BuiltChunk[], root: string): string[] {
  const problems: string[] = [];
  const show = (id: string) => slashed(relative(root, id));
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const stepChunk = new Map<string, BuiltChunk>();
  for (const step of LOAD_STEPS) {
    const chunk = chunks.find((candidate) => candidate.name === step.name);
    const after = `${STEPS_DIR}${step.after}.ts`;
    if (!chunk) {
      problems.push(`no chunk named '${step.name}' in the build`);
      continue;
    }
    stepChunk.set(step.name, chunk);
    if (!chunk.moduleIds.some((id) => slashed(id).endsWith(after))) problems.push(`${after} is not in the '${step.name}' chunk`);
  }
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds) {
      const wanted = belongsTo(id);
      if (wanted !== undefined && wanted !== chunk.name) problems.push(`${show(id)} belongs in the '${wanted}' chunk, but is in '${chunk.name}' (${chunk.fileName})`);
    }
  }
  const ownCode = (chunk: BuiltChunk) => chunk.moduleIds.some((id) => !id.startsWith('\0') && !slashed(id).includes('/node_modules/') && slashed(id).startsWith(slashed(root)));
  LOAD_STEPS.forEach((step, index) => {
    const chunk = stepChunk.get(step.name);
    if (!chunk) return;
    const earlier = new Set(LOAD_STEPS.slice(0, index).map((before) => stepChunk.get(before.name)?.fileName));
    const previous = LOAD_STEPS[index - 1];
    const previousFile = previous ? stepChunk.get(previous.name)?.fileName : undefined;
    if (previous && previousFile && !chunk.imports.includes(previousFile)) problems.push(`the '${step.name}' chunk does not import the '${previous.name}' chunk before it`);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (!imported || earlier.has(file)) continue;
      const isStep = LOAD_STEPS.some((other) => other.name === imported.name);
      if (isStep || ownCode(imported) || imported.moduleIds.some((id) => slashed(id).includes('/node_modules/'))) {
        problems.push(
          `the '${step.name}' chunk imports '${imported.name}' (${file}), which is not an earlier load step: ${imported.moduleIds.slice(0, 3).map(show).join(', ')}${imported.moduleIds.length > 3 ? ', ...' : ''}`,
        );
      }
    }
  });
  return problems;
}

/** Fails the build when the chain of load-step chunks is not what LOAD_STEPS says. */
export function checkLoadStepChunks(): Plugin {
  let root = process.cwd();
  return {
    name: 'staffing-readiness:check-load-step-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks: BuiltChunk[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.push({ name: output.name, fileName: output.fileName, moduleIds: output.moduleIds, imports: output.imports });
      }
      const problems = loadStepProblems(chunks, root);
      if (problems.length > 0) {
        this.error(`The app's load-step chunks are not as scripts/load-step-chunks.ts says (src/app/boot/load-steps/README.md):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
      }
    },
  };
}
