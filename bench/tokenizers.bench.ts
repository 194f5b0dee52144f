// Tokenizer benchmark: every candidate engine counts the contents of one chat dataset, one thread, in the same run,
// interleaved slice by slice so that machine noise falls on all of them alike. Prints MB/s, the ratio against
// tiktoken (OpenAI's own encoder, compiled to WASM: the reference), and how many contents each counts differently.
//
//   npm run bench                         50 MB corpus built from installed packages, o200k_base
//   npm run bench -- --mb 10 --encoding cl100k_base
//   npm run bench -- --file my-dataset.jsonl
import { Tiktoken as JsTiktoken } from 'js-tiktoken/lite';
import { get_encoding } from 'tiktoken';
import { parseArgs } from 'node:util';
import { BytePairCounter } from '../src/lib/core/tokenize/bpe';
import { isEncodingName, type EncodingName } from '../src/lib/core/tokenize/encodings';
import { loadEncoder, SPLIT_PATTERNS } from '../src/lib/core/tokenize/registry';
import { ensureCorpus, readContents } from './corpus';

interface Engine {
	name: string;
	load(encoding: EncodingName): Promise<(text: string) => number>;
	dispose?(): void;
}

const ORDINARY: string[] = [];

function engines(): Engine[] {
	let tiktoken: ReturnType<typeof get_encoding> | null = null;
	return [
		{
			name: 'tiktoken (WASM, reference)',
			async load(encoding) {
				tiktoken = get_encoding(encoding);
				const encoder = tiktoken;
				return (text) => encoder.encode(text, ORDINARY, ORDINARY).length;
			},
			dispose: () => tiktoken?.free()
		},
		{
			name: 'js-tiktoken',
			async load(encoding) {
				const ranks = (await import(`js-tiktoken/ranks/${encoding}`)).default;
				const encoder = new JsTiktoken(ranks);
				return (text) => encoder.encode(text, ORDINARY, ORDINARY).length;
			}
		},
		{
			name: 'gpt-tokenizer countTokens',
			async load(encoding) {
				const { countTokens } = await import(`gpt-tokenizer/encoding/${encoding}`);
				const options = { disallowedSpecial: new Set<string>() };
				return (text) => countTokens(text, options);
			}
		},
		{
			name: 'Tunesheet BPE (gpt-tokenizer ranks)',
			async load(encoding) {
				const ranks = (await import(`gpt-tokenizer/bpeRanks/${encoding}`)).default;
				const counter = new BytePairCounter(ranks, SPLIT_PATTERNS[encoding]);
				return (text) => counter.count(text);
			}
		},
		{
			name: 'Tunesheet encoder as shipped (+ memo)',
			async load(encoding) {
				const encoder = await loadEncoder(encoding);
				return (text) => encoder.count(text);
			}
		}
	];
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			mb: { type: 'string', default: '50' },
			file: { type: 'string' },
			encoding: { type: 'string', default: 'o200k_base' },
			slices: { type: 'string', default: '10' }
		}
	});
	const encoding = values.encoding;
	if (!isEncodingName(encoding)) throw new Error(`Unknown encoding: ${encoding}`);
	const megabytes = Number(values.mb);
	const path =
		values.file ?? (await ensureCorpus(`bench/data/chat-${megabytes}mb.jsonl`, megabytes));
	const contents = readContents(path);
	const bytes = contents.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
	console.log(
		`${path}: ${contents.length.toLocaleString('en-US')} contents, ${(bytes / 1e6).toFixed(1)} MB of text; encoding ${encoding}; node ${process.version}`
	);

	const list = engines();
	const counters: ((text: string) => number)[] = [];
	const loadMs: number[] = [];
	for (const engine of list) {
		const started = performance.now();
		counters.push(await engine.load(encoding));
		loadMs.push(performance.now() - started);
	}
	const counts = list.map(() => new Int32Array(contents.length));
	const elapsed = list.map(() => 0);
	const slices = Number(values.slices);
	const sliceSize = Math.ceil(contents.length / slices);
	for (let slice = 0; slice < slices; slice++) {
		const from = slice * sliceSize;
		const to = Math.min(contents.length, from + sliceSize);
		// Rotate the order every slice so no engine always runs first or last.
		for (let k = 0; k < list.length; k++) {
			const e = (slice + k) % list.length;
			const count = counters[e]!;
			const out = counts[e]!;
			const started = performance.now();
			for (let i = from; i < to; i++) out[i] = count(contents[i]!);
			elapsed[e]! += performance.now() - started;
		}
	}

	const reference = counts[0]!;
	const baselineSpeed = bytes / elapsed[0]!;
	console.log('');
	console.log(
		'engine                                   load ms    MB/s   × tiktoken   contents counted differently'
	);
	list.forEach((engine, e) => {
		let mismatches = 0;
		for (let i = 0; i < contents.length; i++) if (counts[e]![i] !== reference[i]) mismatches++;
		const speed = bytes / elapsed[e]!;
		console.log(
			`${engine.name.padEnd(40)} ${loadMs[e]!.toFixed(0).padStart(7)} ${(speed / 1000).toFixed(2).padStart(7)} ${(speed / baselineSpeed).toFixed(2).padStart(11)}   ${mismatches}`
		);
		engine.dispose?.();
	});
	const total = reference.reduce((sum, n) => sum + n, 0);
	console.log(`\nreference total: ${total.toLocaleString('en-US')} tokens`);
}

await main();
