import { config } from 'zod/v4/core';

// The Content-Security-Policy has no 'unsafe-eval'. Unless told not to, zod 4 probes `new Function` when it builds
// its first object schema (to compile fast parsers), and a strict policy reports that probe as a violation even
// though zod catches the error. Imported first, before any module that defines a schema, on the page and in workers.
config({ jitless: true });
