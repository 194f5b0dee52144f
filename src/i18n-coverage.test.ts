/**
 * Guards that interface text goes through messages (messages/<area>/<locale>.json), so that French is never
 * missing a sentence: markup text and labelling attributes in components, and English sentences in the code.
 * Text that is not interface text (a format name, a log line, a value from a sourced catalog) is marked on its line
 * with an `i18n-exempt` comment saying why.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Words the same in every language: names of the product, of formats and of units. */
const SAME_IN_EVERY_LANGUAGE = new Set([
	'Tunesheet',
	'CSV',
	'TSV',
	'XLSX',
	'JSON',
	'JSONL',
	'PNG',
	'Markdown',
	'USD',
	'OpenAI',
	'IndexedDB'
]);

/** Attributes people read or hear. */
const LABELLING_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'title',
	'placeholder',
	'alt',
	'label'
]);

/** Files that hold data quoted from sources (model names, notes on prices), not interface text. */
const DATA_FILES = [/\/builtin-data\.ts$/, /\/builtin-targets\.ts$/];

function tracked(pattern: string): string[] {
	return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', pattern], {
		encoding: 'utf8'
	})
		.split('\n')
		.filter(Boolean)
		.filter((file) => !file.endsWith('.test.ts') && !file.includes('/testing/'))
		.filter((file) => !DATA_FILES.some((data) => data.test(file)));
}

function hasWords(text: string): boolean {
	const words = text.match(/\p{L}{2,}/gu) ?? [];
	return words.some((word) => !SAME_IN_EVERY_LANGUAGE.has(word));
}

function lineOf(source: string, offset: number): number {
	return source.slice(0, offset).split('\n').length;
}

function exempt(source: string, line: number): boolean {
	const lines = source.split('\n');
	return /i18n-exempt/.test(lines[line - 1] ?? '') || /i18n-exempt/.test(lines[line - 2] ?? '');
}

interface Found {
	line: number;
	text: string;
}

/** Markup text and static labelling attributes with words in them. */
function markupText(source: string): Found[] {
	const found: Found[] = [];
	const visit = (node: unknown): void => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach(visit);
		const n = node as {
			type?: string;
			data?: string;
			start: number;
			name?: string;
			value?: unknown;
		};
		if (n.type === 'Text' && hasWords(n.data ?? ''))
			found.push({ line: lineOf(source, n.start), text: n.data!.trim() });
		if (n.type === 'Attribute') {
			// Only labelling attributes hold interface text (not class names, types or ids).
			if (LABELLING_ATTRIBUTES.has(n.name ?? '') && Array.isArray(n.value))
				for (const part of n.value as { type: string; data?: string; start: number }[])
					if (part.type === 'Text' && hasWords(part.data ?? ''))
						found.push({ line: lineOf(source, part.start), text: `${n.name}="${part.data}"` });
			return;
		}
		for (const [key, child] of Object.entries(n))
			if (key !== 'parent' && key !== 'expression' && key !== 'metadata') visit(child);
	};
	visit(parse(source, { modern: true }).fragment);
	return found.filter((hit) => !exempt(source, hit.line));
}

/**
 * String and template literals that read as an English sentence or phrase: three words or more, or two words
 * around an interpolation.
 */
function codeText(source: string, offset = 0, whole = source): Found[] {
	const file = ts.createSourceFile('code.ts', source, ts.ScriptTarget.Latest, true);
	const found: Found[] = [];
	const words = (text: string) =>
		(text.match(/\p{L}{2,}/gu) ?? []).filter((w) => !SAME_IN_EVERY_LANGUAGE.has(w));
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
		let text: string | null = null;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			if (words(node.text).length >= 3 && /\s/.test(node.text)) text = node.text;
		} else if (ts.isTemplateExpression(node)) {
			const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(
				' '
			);
			if (words(parts).length >= 2 && /\p{L}\s+\p{L}/u.test(parts)) text = parts;
		}
		if (text !== null) {
			const line = lineOf(whole, offset + node.getStart(file));
			if (!exempt(whole, line)) found.push({ line, text: text.slice(0, 80) });
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

function scriptsOf(source: string): { offset: number; code: string }[] {
	return [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => ({
		offset: match.index! + match[0].indexOf(match[1]!),
		code: match[1]!
	}));
}

function report(hits: Record<string, Found[]>): string[] {
	return Object.entries(hits).flatMap(([file, found]) =>
		found.map((hit) => `${file}:${hit.line} ${JSON.stringify(hit.text)}`)
	);
}

describe('interface text goes through messages', () => {
	it('in component markup', () => {
		const hits: Record<string, Found[]> = {};
		for (const file of tracked('src/**/*.svelte')) {
			const found = markupText(readFileSync(file, 'utf8'));
			if (found.length) hits[file] = found;
		}
		expect(report(hits)).toEqual([]);
	});

	it('in code: components, state, routes and the core', () => {
		const hits: Record<string, Found[]> = {};
		for (const file of [...tracked('src/lib/**/*.ts'), ...tracked('src/routes/**/*.ts')]) {
			const found = codeText(readFileSync(file, 'utf8'));
			if (found.length) hits[file] = found;
		}
		for (const file of tracked('src/**/*.svelte')) {
			const source = readFileSync(file, 'utf8');
			const found = scriptsOf(source).flatMap(({ offset, code }) => codeText(code, offset, source));
			if (found.length) hits[file] = found;
		}
		expect(report(hits)).toEqual([]);
	});

	it('finds text left in markup and code (the guard itself)', () => {
		const markup = markupText(
			'<p>Save the project</p><button aria-label="Close it">{m.x()}</button>'
		);
		expect(markup.map((hit) => hit.text)).toEqual(['Save the project', 'aria-label="Close it"']);
		expect(markupText('<p>{m.save()} CSV</p>')).toEqual([]);
		const code = codeText(
			"const a = 'Choose a file first';\nconst b = `Line ${n} is too long`;\nconst c = 'a-b';"
		);
		expect(code.map((hit) => hit.line)).toEqual([1, 2]);
		expect(codeText("// i18n-exempt: a log line\nconsole.log('Analysed in total');")).toEqual([]);
	});
});
