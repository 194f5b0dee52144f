// Read by the Vite plugin (vite.config.ts) and by `npm run i18n`; paths are from the repository root.
import { defineConfig } from '@inlang/paraglide-js';

export default defineConfig({
	outdir: './src/lib/core/i18n/paraglide',
	// The page, each worker and the command line set the locale themselves (src/lib/core/i18n/locale.ts).
	strategy: ['globalVariable', 'baseLocale']
});
