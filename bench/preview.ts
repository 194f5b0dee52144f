import { spawn } from 'node:child_process';

/**
 * Serves the built site with `vite preview` and resolves once it answers (a loaded machine can take many seconds to
 * start it). The returned function stops it.
 */
export async function startPreview(port: number): Promise<() => void> {
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	const stop = () => process.kill(-server.pid!);
	const deadline = Date.now() + 120_000;
	for (;;) {
		try {
			if ((await fetch(`http://localhost:${port}/`)).ok) return stop;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			stop();
			throw new Error(`vite preview did not answer on port ${port} within 2 minutes.`);
		}
		await new Promise((done) => setTimeout(done, 250));
	}
}
