import type { GridId } from './grids';
import type { Question } from './schema';

/** What a step shows, in order: a question on its own, or the rows of a grid together. */
export type FieldBlock<Q extends Question> = { kind: 'question'; question: Q } | { kind: 'grid'; grid: GridId; rows: Q[] };

/** Groups a step's visible questions: the rows of one grid that follow each other make one block. */
export function fieldBlocks<Q extends Question>(questions: readonly Q[]): FieldBlock<Q>[] {
  const blocks: FieldBlock<Q>[] = [];
  for (const question of questions) {
    const last = blocks.at(-1);
    const grid = question.grid?.id;
    if (grid && last?.kind === 'grid' && last.grid === grid) last.rows.push(question);
    else blocks.push(grid ? { kind: 'grid', grid, rows: [question] } : { kind: 'question', question });
  }
  return blocks;
}
