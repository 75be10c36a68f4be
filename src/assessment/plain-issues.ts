import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
};

/** What a value is, in words ("a number too large to read" for the Infinity of a huge number). */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a number too large to read';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length} characters` : `the text "${value}"`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 3).map((item) => (typeof item === 'string' ? `"${item.slice(0, 40)}"` : describeFound(item)));
    return value.length === 0 ? 'an empty list' : `the list ${shown.join(', ')}${value.length > 3 ? ` and ${value.length - 3} more` : ''}`;
  }
  if (typeof value === 'object') return 'a group of fields';
  return `a value of type ${typeof value}`;
}

function limit(issue: Issue & { code: 'too_big' | 'too_small' }): string {
  const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  const big = issue.code === 'too_big';
  if (issue.origin === 'string') return big ? `longer than ${bound} characters` : bound <= 1 ? 'empty' : `shorter than ${bound} characters`;
  if (issue.origin === 'array') return big ? `more than ${bound} choices` : 'an empty list';
  return big ? `more than ${bound}` : `less than ${bound}`;
}

/** One zod issue in plain words, without where it is ("longer than 120 characters"). */
export function plainIssue(issue: Issue, input?: unknown): string {
  // A message we wrote ourselves is kept; zod/mini's default is the bare "Invalid input".
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}, but is ${describeFound(issue.input ?? input)}`;
    case 'too_big':
    case 'too_small':
      return `is ${limit(issue)}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union': {
      // The branch of the value's own type says what is wrong with it (too long, too many).
      const specific = issue.errors.flat().find((inner) => inner.code !== 'invalid_type');
      return specific ? plainIssue(specific, input) : `is not text, a list of choices or a number (found ${describeFound(issue.input ?? input)})`;
    }
    case 'invalid_key':
      return 'has a field name that is too long';
    default:
      return `is not valid (found ${describeFound(input)})`;
  }
}

/** Where an issue is, as the user would name it: `answers.rural` becomes `answer "rural"`. */
export function plainPath(path: readonly PropertyKey[]): string {
  const [first, second, ...rest] = path.map(String);
  if (first === undefined) return '';
  if (first === 'answers' && second !== undefined) return `answer "${second}"${rest.length > 0 ? ` (choice ${Number(rest[0]) + 1})` : ''}`;
  if (first === 'actionPlan' && second !== undefined) return `action plan entry "${second}"${rest.length > 0 ? ` ${rest.join(' ')}` : ''}`;
  return [first, second, ...rest].filter((part) => part !== undefined).join(' ');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * Every issue of an error as "where what" lines, at most `max` of them. `input` is the value
 * that was checked, to say what was found (zod/mini does not keep it in its issues).
 */
export function plainIssues(error: z.core.$ZodError, prefix: readonly PropertyKey[] = [], max = 5, input?: unknown): string[] {
  return error.issues.slice(0, max).map((issue) => {
    const where = plainPath([...prefix, ...issue.path]);
    const what = plainIssue(issue, valueAt(input, issue.path));
    return where ? `${where} ${what}` : what;
  });
}
