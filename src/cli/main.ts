import { DatasetUnreadableError } from '../lib/core/dataset/analyze-file';
import { isLocale, locales, useLocale } from '../lib/core/i18n/locale';
import { ANALYZE_USAGE, analyzeCommand, EXIT, UsageError } from './analyze';
import { ESTIMATE_USAGE, estimateCommand, ProjectFileError } from './estimate';

const USAGE = `Usage: tunesheet [--lang en|fr] <command> [options]

Commands:
  analyze <file>           validate a fine-tuning dataset and count its tokens exactly
  estimate <project.json>  price the scenarios of a Tunesheet project file

  --lang en|fr             the language of reports, issues, explanations and exports (default en)

${ANALYZE_USAGE}

${ESTIMATE_USAGE}`;

/** Runs the command line; returns the exit code. Errors are one line, never a stack trace. */
export async function main(args: string[]): Promise<number> {
	try {
		const [command, ...rest] = withLanguage(args);
		if (command === 'analyze') return await analyzeCommand(rest, (text) => console.log(text));
		if (command === 'estimate') {
			return estimateCommand(rest, (text) => process.stdout.write(text));
		}
		if (command === undefined || command === '--help' || command === 'help') {
			console.log(USAGE);
			return command === undefined ? EXIT.unusable : EXIT.ok;
		}
		throw new UsageError(`Unknown command: ${command}.`);
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`tunesheet: ${error.message}\n\n${USAGE}`);
			return EXIT.unusable;
		}
		if (error instanceof ProjectFileError) {
			console.error(`tunesheet: ${error.message}`);
			return EXIT.unusable;
		}
		if (error instanceof DatasetUnreadableError) {
			console.error(`tunesheet: nothing to analyse: ${error.message}`);
			return EXIT.unusable;
		}
		console.error(`tunesheet: ${error instanceof Error ? error.message : String(error)}`);
		return EXIT.unusable;
	}
}

/** Takes `--lang <locale>` (anywhere) out of the arguments and writes in that language from here on. */
function withLanguage(args: string[]): string[] {
	const at = args.indexOf('--lang');
	if (at === -1) return args;
	const locale = args[at + 1];
	if (!locale || !isLocale(locale)) {
		throw new UsageError(`--lang takes one of ${locales.join(', ')}, not ${locale ?? 'nothing'}.`);
	}
	useLocale(locale);
	return [...args.slice(0, at), ...args.slice(at + 2)];
}
