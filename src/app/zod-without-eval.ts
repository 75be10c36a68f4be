import { z } from 'zod/mini';

// zod compiles object parsers with `new Function` when it may; the Content-Security-Policy
// (no 'unsafe-eval') forbids that, and even zod's probe for it is reported as a violation.
// The load steps import it right after zod itself (load-steps/after-zod.ts), before any module
// that creates a schema.
z.config({ jitless: true });
