import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { usdFormatter } from '../lib/core/cost/format';
import { sheetCsv } from '../lib/core/export/csv-sheet';
import { toCsv } from '../lib/core/export/csv';
import { sheetMarkdown } from '../lib/core/export/markdown';
import {
	projectionTable,
	sheetTable,
	type ProjectionTable,
	type SheetTable
} from '../lib/core/export/sheet-table';
import { BUILTIN_CATALOG } from '../lib/core/pricing/builtin';
import { effectiveCatalog } from '../lib/core/pricing/export';
import type { CatalogEntry } from '../lib/core/pricing/types';
import { MAX_BACKUP_TEXT_LENGTH, readBackup } from '../lib/core/project/backup';
import { datasetLinks } from '../lib/core/project/from-state';
import type { BackupFile, ProjectRecord } from '../lib/core/project/types';
import { inputRowOf } from '../lib/core/scenario/rows';
import { computeSheet } from '../lib/core/scenario/sheet';
import type { LinkFigures } from '../lib/core/scenario/types';
import { EXIT, UsageError } from './analyze';

export const ESTIMATE_FORMATS = ['table', 'csv', 'md', 'json'] as const;
export type EstimateFormat = (typeof ESTIMATE_FORMATS)[number];

export const ESTIMATE_USAGE = `Usage: tunesheet estimate <project.json> [options]

Prices every project in a Tunesheet project or backup file (as the Projects page downloads it) with the
built-in catalog and the file's own price overrides. Cells linked to a dataset read the project's latest
dataset figures; cells linked to the sample prompt have no figure here (counting it needs the app). Exits 1
when a scenario's inputs cannot be computed.

Options:
  --format F                      ${ESTIMATE_FORMATS.join(' | ')} (default table)`;

/** A file that cannot be estimated: main prints the message as one line and exits 2. */
export class ProjectFileError extends Error {}

/** A scenario whose results are blank, and why; or one whose figures rest on something missing. */
export interface ScenarioNotes {
	scenario: string;
	/** Inputs the cost model refuses ('Months: Must be at least 1'); the scenario's results stay blank. */
	problems: string[];
	/** A model gone from the catalog, a link with no figure: the results stand, on defaults. */
	warnings: string[];
}

export interface ProjectEstimate {
	name: string;
	table: SheetTable;
	projection: ProjectionTable;
	/** Only scenarios with something to say. */
	notes: ScenarioNotes[];
}

function isFormat(value: string): value is EstimateFormat {
	return (ESTIMATE_FORMATS as readonly string[]).includes(value);
}

function parseOptions(args: string[]): { path: string; format: EstimateFormat } {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { format: { type: 'string', default: 'table' } }
	});
	const [path, ...extra] = positionals;
	if (!path) throw new UsageError('Name the project file to estimate.');
	if (extra.length > 0) throw new UsageError(`One file at a time (got also: ${extra.join(' ')}).`);
	if (!isFormat(values.format)) {
		throw new ProjectFileError(
			`Unknown format: ${values.format} (use ${ESTIMATE_FORMATS.join(', ')}).`
		);
	}
	return { path, format: values.format };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsesAsJson(text: string): { ok: true; data: unknown } | { ok: false } {
	try {
		return { ok: true, data: JSON.parse(text) };
	} catch {
		return { ok: false };
	}
}

/**
 * What else a file that is not a project file may be, when that can be told: the two other files people keep
 * around Tunesheet are price catalogs and datasets (JSON Lines, or a JSON array of examples).
 */
function otherKindOfFile(path: string, text: string): string | null {
	const whole = parsesAsJson(text.startsWith('\uFEFF') ? text.slice(1) : text);
	const dataset = `${path} looks like a fine-tuning dataset, not a Tunesheet project file: use 'tunesheet analyze' for datasets.`;
	if (whole.ok) {
		if (isObject(whole.data) && Object.hasOwn(whole.data, 'type')) {
			return whole.data.type === 'tunesheet-catalog'
				? `${path} is a Tunesheet price catalog, not a project file: download the project from the Projects page.`
				: null;
		}
		const first = Array.isArray(whole.data) ? whole.data[0] : whole.data;
		return isObject(first) && (Object.hasOwn(first, 'messages') || Object.hasOwn(first, 'prompt'))
			? dataset
			: null;
	}
	const firstLine = text.split('\n', 1)[0] ?? '';
	const line = parsesAsJson(firstLine);
	return line.ok && isObject(line.data) ? dataset : null;
}

/** Reads and checks the file whole; a file with any bad record is refused, as a restore would refuse it. */
export function readProjectFile(path: string): BackupFile {
	let size: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile()) throw new ProjectFileError(`${path} is not a file.`);
		size = stat.size;
	} catch (error) {
		if (error instanceof ProjectFileError) throw error;
		throw new ProjectFileError(`${path}: no such file.`);
	}
	if (size === 0) throw new ProjectFileError(`${path} is empty.`);
	// Checked before reading: UTF-8 takes at least a byte a character, so a larger file is surely too long.
	if (size > MAX_BACKUP_TEXT_LENGTH) {
		const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
		throw new ProjectFileError(
			`${path} is too large to be a Tunesheet project file (about ${megabytes(size)} MB; at most ${megabytes(MAX_BACKUP_TEXT_LENGTH)} MB).`
		);
	}
	const text = readFileSync(path, 'utf8');
	const read = readBackup(text);
	if (read.ok) {
		if (read.file.projects.length === 0) throw new ProjectFileError(`${path} holds no project.`);
		return read.file;
	}
	if (read.problems.length > 0) {
		throw new ProjectFileError(
			`${path} has records Tunesheet cannot read: ${read.problems.join('; ')}`
		);
	}
	const other = otherKindOfFile(path, text);
	if (other) throw new ProjectFileError(other);
	// readBackup speaks of 'This file' and 'backup'; here the file has a name, and people call it a project file.
	throw new ProjectFileError(
		read.error
			.replace(/^This file/, path)
			.replace('is not a Tunesheet backup', 'is not a Tunesheet project file')
	);
}

/**
 * One project's sheet as the page would show it on opening, without the prompt panel's counts (they need the
 * tokenizer): prompt links read nothing, dataset links read the project's latest dataset figures.
 */
export function estimateProject(
	project: ProjectRecord,
	catalog: readonly CatalogEntry[]
): ProjectEstimate {
	const dataset = project.datasets.at(-1);
	const links: LinkFigures = { prompt: [], dataset: dataset ? [datasetLinks(dataset)] : [] };
	const columns = computeSheet(project.scenarios, project.baselineId, catalog, links, usdFormatter);
	const notes = columns
		.map((column) => ({
			scenario: column.scenario.name,
			problems: column.problems.map(
				(problem) => `${inputRowOf(problem.field)?.label ?? problem.field}: ${problem.message}`
			),
			warnings: column.resolved.warnings
		}))
		.filter((note) => note.problems.length > 0 || note.warnings.length > 0);
	return {
		name: project.name,
		table: sheetTable(columns, project.baselineId, catalog, usdFormatter),
		projection: projectionTable(columns),
		notes
	};
}

/** Columns padded to their widest cell: labels left-aligned, figures right-aligned, two spaces between. */
export function sheetText(table: SheetTable): string {
	const INDENT = '  ';
	const header = table.columns.map((name, i) =>
		i === table.baselineColumn ? `${name} (baseline)` : name
	);
	const rows = table.sections.flatMap((section) =>
		section.rows.map((row) => [INDENT + row.label, ...row.cells.map((cell) => cell.text)])
	);
	const labelWidth = Math.max(0, ...rows.map((row) => row[0]!.length));
	const widths = header.map((name, i) =>
		Math.max(name.length, ...rows.map((row) => row[i + 1]!.length))
	);
	const line = (label: string, cells: readonly string[]) =>
		[label.padEnd(labelWidth), ...cells.map((cell, i) => cell.padStart(widths[i]!))]
			.join('  ')
			.trimEnd();

	const lines = [line('', header)];
	for (const section of table.sections) {
		lines.push(section.title);
		for (const row of section.rows) {
			lines.push(
				line(
					INDENT + row.label,
					row.cells.map((cell) => cell.text)
				)
			);
		}
	}
	return lines.join('\n');
}

/** Problems and warnings as lines: for the text table, an indented list under each scenario; for Markdown, items. */
function notesText(notes: readonly ScenarioNotes[], style: 'text' | 'md'): string[] {
	return notes.flatMap((note) => {
		const lines = note.warnings.map((warning) => `${note.scenario}: ${warning}`);
		if (note.problems.length > 0) {
			const heading = `${note.scenario} cannot be computed:`;
			lines.unshift(
				...(style === 'md'
					? [`${heading} ${note.problems.join('; ')}`]
					: [heading, ...note.problems.map((problem) => `  ${problem}`)])
			);
		}
		return style === 'md' ? lines.map((line) => `- ${line}`) : lines;
	});
}

/** The whole output, ending in a line break (CSV's own CRLF). */
function render(estimates: readonly ProjectEstimate[], format: EstimateFormat): string {
	const several = estimates.length > 1;
	if (format === 'json') {
		return (
			JSON.stringify(
				{
					projects: estimates.map((estimate) => ({
						name: estimate.name,
						notes: estimate.notes,
						sheet: estimate.table,
						projection: estimate.projection
					}))
				},
				null,
				2
			) + '\n'
		);
	}
	if (format === 'csv') {
		// One project gives exactly the page's CSV; several are each headed by a row with the project's name.
		return estimates
			.map((estimate) => {
				const csv = sheetCsv(estimate.table, estimate.projection);
				return several ? toCsv([[estimate.name]]) + csv : csv;
			})
			.join('\r\n');
	}
	if (format === 'md') {
		return (
			estimates
				.map((estimate) =>
					[
						...(several ? [`## ${estimate.name}`, ''] : []),
						sheetMarkdown(estimate.table).trimEnd(),
						...(estimate.notes.length > 0 ? ['', ...notesText(estimate.notes, 'md')] : [])
					].join('\n')
				)
				.join('\n\n') + '\n'
		);
	}
	return (
		estimates
			.map((estimate) =>
				[
					estimate.name,
					'='.repeat(Math.max(3, estimate.name.length)),
					'',
					sheetText(estimate.table),
					...(estimate.notes.length > 0 ? ['', ...notesText(estimate.notes, 'text')] : [])
				].join('\n')
			)
			.join('\n\n') + '\n'
	);
}

/**
 * `tunesheet estimate`: prints every project of the file and returns the exit code. CSV and JSON keep stdout
 * machine-readable, so a CSV's notes go to `warn`; JSON carries them inside.
 */
export function estimateCommand(
	args: string[],
	/** Writes text as it is: it carries its own line breaks. */
	out: (text: string) => void,
	warn: (text: string) => void = (text) => console.error(text)
): number {
	const options = parseOptions(args);
	const file = readProjectFile(options.path);
	const catalog = effectiveCatalog(BUILTIN_CATALOG, file.catalogOverrides);
	const estimates = file.projects.map((project) => estimateProject(project, catalog));
	out(render(estimates, options.format));
	if (options.format === 'csv') {
		for (const estimate of estimates) {
			const lines = notesText(estimate.notes, 'text');
			if (lines.length > 0) warn([`${estimate.name}:`, ...lines].join('\n'));
		}
	}
	const unpriced = estimates.some((estimate) =>
		estimate.notes.some((note) => note.problems.length > 0)
	);
	return unpriced ? EXIT.invalid : EXIT.ok;
}
