// Step 4 of loading the app (see README.md here): the question bank, which is parsed and
// cross-checked as it loads; then a new task.
import './after-zod';
import '../../../assessment/question-bank';
import { nextTask } from '../../../ui/next-task';

await nextTask();
