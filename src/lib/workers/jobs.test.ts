import { describe, expect, it } from 'vitest';
import { JobLanes } from './jobs';

describe('JobLanes', () => {
	it('keeps only the newest job of a lane current', () => {
		const lanes = new JobLanes();
		const first = lanes.start('prompt');
		const second = lanes.start('prompt');
		expect(lanes.isCurrent('prompt', first)).toBe(false);
		expect(lanes.isCurrent('prompt', second)).toBe(true);
	});

	it('keeps lanes apart', () => {
		const lanes = new JobLanes();
		const prompt = lanes.start('prompt');
		lanes.start('dataset');
		expect(lanes.isCurrent('prompt', prompt)).toBe(true);
	});

	it('makes every job stale on clear', () => {
		const lanes = new JobLanes();
		const job = lanes.start('prompt');
		lanes.clear();
		expect(lanes.isCurrent('prompt', job)).toBe(false);
	});
});
