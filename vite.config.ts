import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// ES-module workers, so a worker can load each encoding's ranks as its own chunk on first use.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
