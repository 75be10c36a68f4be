import { DONT_KNOW, type AnswerValue, type Question } from '../../assessment/schema';
import { GRIDS, type GridId } from '../../assessment/grids';
import { findSource } from '../../assessment/sources';
import type { ChoiceOption } from '../../ui/choice-group';
import { ChoiceGrid } from '../../ui/choice-grid';
import { GridGroup } from '../../ui/grid-group';
import { WhyWeAsk } from '../../ui/why-we-ask';
import { QuestionField } from './question-field';
import { WIZARD_TEXT } from './wizard-text';

type GridFieldProps = {
  grid: GridId;
  rows: Question[];
  answers: Readonly<Record<string, AnswerValue>>;
  errorFor: ReadonlyMap<string, string>;
  knower: string;
  onChange: (questionId: string, value: AnswerValue | undefined) => void;
};

/** A grid of the bank (grids.ts): its rows are questions of one scale, answered side by side. */
export function GridField({ grid, rows, answers, errorFor, knower, onChange }: GridFieldProps) {
  const def = GRIDS[grid];
  const source = findSource(def.source);
  const why = <WhyWeAsk summary={WIZARD_TEXT.whySummary} who={knower ? WIZARD_TEXT.knownBy(knower) : ''} text={def.why} source={source ? `${WIZARD_TEXT.sourcePrefix} ${source.publisher}.` : ''} />;
  const id = `grid-${grid}`;
  const first = rows[0];
  if (first?.kind === 'single') {
    const columns: ChoiceOption[] = first.options.map(({ value, label, hint }) => ({ value, label, hint }));
    if (first.allowDontKnow) columns.push({ value: DONT_KNOW, label: WIZARD_TEXT.dontKnow });
    return (
      <ChoiceGrid
        id={id}
        legend={def.label}
        hint={def.hint}
        extra={why}
        columns={columns}
        rows={rows.map((question) => {
          const value = answers[question.id];
          return {
            id: `q-${question.id}`,
            label: question.grid?.row ?? question.label,
            name: question.label,
            hint: question.hint,
            selected: typeof value === 'string' ? value : undefined,
            error: errorFor.get(question.id),
          };
        })}
        onChoose={(rowId, value) => {
          const question = rows.find((row) => `q-${row.id}` === rowId);
          if (question) onChange(question.id, value);
        }}
      />
    );
  }
  return (
    <GridGroup id={id} legend={def.label} hint={def.hint} extra={why} className="app-grid--numbers">
      {rows.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={answers[question.id]}
          error={errorFor.get(question.id)}
          knower={knower}
          row={question.grid?.row}
          onChange={(value) => onChange(question.id, value)}
        />
      ))}
    </GridGroup>
  );
}
