// Compiles messages/<area>/<locale>.json into src/lib/core/i18n/paraglide (settings in project.inlang/), for the
// tools that do not go through Vite: svelte-check, ESLint's type information and the command line.
import { compile } from '@inlang/paraglide-js';
import config from '../project.inlang/paraglide.config.js';

await compile({ project: './project.inlang', outdir: './src/lib/core/i18n/paraglide', ...config });
