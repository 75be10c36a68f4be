import { z } from 'zod/mini';

// zod compiles object parsers with `new Function` when it may; the Content-Security-Policy
// (no 'unsafe-eval') forbids that, and even zod's probe for it is reported as a violation.
// Imported by `after-zod.ts`, in the zod chunk, which is evaluated before the domain chunk
// creates any schema (README.md here).
z.config({ jitless: true });
