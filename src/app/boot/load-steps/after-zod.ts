// Step 3 of loading the app (see README.md here): zod, configured before any schema is made;
// then a new task.
import './after-router';
import './zod-without-eval';
import { nextTask } from '../../../ui/next-task';

await nextTask();
