// Step 5 of loading the app (see README.md here): the store, which reads the saved assessments
// as it is created; then a new task.
import './after-domain';
import { nextTask } from '../../../ui/next-task';

export { syncAcrossTabs } from '../../../state/assessment-store';

await nextTask();
