import { DatasetUnreadableError } from '../lib/core/dataset/analyze-file';
import { ANALYZE_USAGE, analyzeCommand, EXIT, UsageError } from './analyze';
import { ESTIMATE_USAGE, estimateCommand, ProjectFileError } from './estimate';

const USAGE = `Usage: tunesheet <command> [options]

Commands:
  analyze <file>           validate a fine-tuning dataset and count its tokens exactly
  estimate <project.json>  price the scenarios of a Tunesheet project file

${ANALYZE_USAGE}

${ESTIMATE_USAGE}`;

/** Runs the command line; returns the exit code. Errors are one line, never a stack trace. */
export async function main(args: string[]): Promise<number> {
	const [command, ...rest] = args;
	try {
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
