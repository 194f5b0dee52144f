// First, so that zod is configured before any schema is built.
import '$lib/zod-jitless';
import { startInterfaceLocale } from '$lib/state/locale.svelte';

// Before anything renders, so the first frame is in the chosen language.
startInterfaceLocale();
