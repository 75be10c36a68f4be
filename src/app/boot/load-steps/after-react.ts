// Step 1 of loading the app (see README.md here): React DOM, then a new task.
import 'react-dom/client';
import { nextTask } from '../../../ui/next-task';

await nextTask();
