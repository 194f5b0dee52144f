import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const BIN = fileURLToPath(new URL('../../../bin/tunesheet.js', import.meta.url));

/** Runs the real command line, as a user would, and returns its exit code and output. */
export async function runBin(
	...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args]);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

/**
 * Writes test files into one temporary folder per test file; `missing(name)` is a path in it that was never
 * written.
 */
export function fixtureFolder(prefix: string) {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const write = (name: string, content: string | Uint8Array): string => {
		const path = join(dir, name);
		writeFileSync(path, content);
		return path;
	};
	return Object.assign(write, { missing: (name: string) => join(dir, name) });
}
