// Step 2 of loading the app (see README.md here): React Router, then a new task.
import './after-react';
import { nextTask } from '../../../ui/next-task';

export { BrowserRouter } from 'react-router';

await nextTask();
