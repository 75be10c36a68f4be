import type { Answers, AnswerValue, Question } from '../../assessment/schema';
import { fieldBlocks } from '../../assessment/field-blocks';
import { KNOWERS, knownBy } from '../../assessment/known-by';
import { stepOfQuestion } from '../../assessment/question-bank';
import { GridField } from './grid-field';
import { QuestionField } from './question-field';

type QuestionFieldsProps = {
  questions: readonly Question[];
  answers: Answers;
  errorFor: ReadonlyMap<string, string>;
  onChange: (questionId: string, value: AnswerValue | undefined) => void;
  /** False for the colleague the questions were sent to: they are the one who knows. */
  showWhoKnows?: boolean;
};

function knowerPhrase(question: Question | undefined): string {
  const step = question ? stepOfQuestion(question.id) : undefined;
  return question && step ? KNOWERS[knownBy(question, step)].phrase : '';
}

/** The fields of a list of questions, those of one grid together: a step's, or those sent to a colleague. */
export function QuestionFields({ questions, answers, errorFor, onChange, showWhoKnows = true }: QuestionFieldsProps) {
  const knower = (question: Question | undefined) => (showWhoKnows ? knowerPhrase(question) : '');
  return fieldBlocks(questions).map((block) =>
    block.kind === 'grid' ? (
      <GridField key={block.grid} grid={block.grid} rows={block.rows} answers={answers} errorFor={errorFor} knower={knower(block.rows[0])} onChange={onChange} />
    ) : (
      <QuestionField
        key={block.question.id}
        question={block.question}
        value={answers[block.question.id]}
        error={errorFor.get(block.question.id)}
        knower={knower(block.question)}
        onChange={(value) => onChange(block.question.id, value)}
      />
    ),
  );
}
