import { z } from 'zod/mini';

// zod compiles object parsers with `new Function` when it may; the Content-Security-Policy
// (no 'unsafe-eval') forbids that, and even zod's probe for it is reported as a violation.
// This module is imported first by src/main.tsx, so it runs before any schema is created.
z.config({ jitless: true });
