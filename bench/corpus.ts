// Builds the benchmark's chat dataset from real text: the Markdown, TypeScript and JavaScript files of the installed
// npm packages (prose, code, changelogs, a few languages), cut into chat examples. The same lock file gives the same
// files, so runs on one checkout read the same bytes.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const SOURCE_EXTENSIONS = ['.md', '.ts', '.js', '.txt'];
const MAX_FILE_BYTES = 400_000; // big generated files (rank tables, bundles) are data, not prose or code

function* textFiles(root: string): Generator<string> {
	const stack = [root];
	while (stack.length > 0) {
		const dir = stack.pop()!;
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name.localeCompare(b.name)
		)) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) stack.push(path);
			else if (SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
				const size = statSync(path).size;
				if (size > 200 && size < MAX_FILE_BYTES) yield path;
			}
		}
	}
}

const SYSTEM_PROMPTS = [
	'You are a senior engineer who explains code and documentation clearly and briefly.',
	'Tu es un assistant technique. Réponds en français, avec précision, et cite le code utile.',
	'You summarise technical text for a busy reader. Keep every number and name exact.'
];

/** Writes about `megabytes` MB of chat JSONL to `path` (skipped when it already exists) and returns the path. */
export async function ensureCorpus(path: string, megabytes: number): Promise<string> {
	if (existsSync(path)) return path;
	await mkdir(dirname(path), { recursive: true });
	const target = megabytes * 1_000_000;
	const out = createWriteStream(path);
	let written = 0;
	let example = 0;
	outer: while (written < target) {
		for (const file of textFiles('node_modules')) {
			const text = readFileSync(file, 'utf8');
			// Each file gives examples of a question (its first part) and an answer (the rest, up to 6 KB).
			for (let offset = 0; offset < text.length && written < target; offset += 8_000) {
				const chunk = text.slice(offset, offset + 8_000);
				const cut = Math.min(chunk.length, 300 + (example % 7) * 200);
				const line = JSON.stringify({
					messages: [
						{ role: 'system', content: SYSTEM_PROMPTS[example % SYSTEM_PROMPTS.length] },
						{ role: 'user', content: `Explain this part of ${file}:\n\n${chunk.slice(0, cut)}` },
						{ role: 'assistant', content: chunk.slice(cut, cut + 6_000) }
					]
				});
				out.write(line + '\n');
				written += Buffer.byteLength(line) + 1;
				example++;
			}
			if (written >= target) break outer;
		}
		if (example === 0)
			throw new Error('No text files found under node_modules: run npm install first.');
	}
	await new Promise<void>((resolve, reject) =>
		out.end((error?: Error | null) => (error ? reject(error) : resolve()))
	);
	return path;
}

/** Every string message content of a chat JSONL file, in order: what the tokenizer benchmarks count. */
export function readContents(path: string): string[] {
	const contents: string[] = [];
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		if (line.trim() === '') continue;
		const { messages } = JSON.parse(line) as { messages: { content?: unknown }[] };
		for (const message of messages) {
			if (typeof message.content === 'string') contents.push(message.content);
		}
	}
	return contents;
}
