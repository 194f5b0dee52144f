// First, so that zod is configured before any schema is built.
import '$lib/zod-jitless';
