import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../guide/types';
import { guideCsv, guideMarkdown, guideRows } from './guide';

const recommendation: Recommendation = {
	approach: 'fine-tune-later',
	headline: 'Collect more examples first.',
	reasons: [
		{
			text: 'Fine-tuning pays back in month 2.',
			basis: { kind: 'sheet', figure: 'breakEvenMonth' },
			leaning: 'for'
		},
		{
			text: '143 usable examples | task specialisation needs at least 200.',
			basis: { kind: 'dataset', figure: 'examples' },
			leaning: 'against'
		}
	],
	wouldChange: ['=HYPERLINK("x") with 57 more examples']
};

describe('guide exports', () => {
	it('lists the recommendation, its reasons, what would change it and every checklist item', () => {
		const rows = guideRows({ recommendation, checklist: { 'held-out': true } });
		expect(rows.slice(0, 4)).toEqual([
			{
				section: 'Recommendation',
				item: 'Fine-tune later',
				value: 'Collect more examples first.'
			},
			{ section: 'Reason', item: 'For fine-tuning', value: 'Fine-tuning pays back in month 2.' },
			{
				section: 'Reason',
				item: 'Against fine-tuning',
				value: '143 usable examples | task specialisation needs at least 200.'
			},
			{ section: 'Would change it', item: '', value: '=HYPERLINK("x") with 57 more examples' }
		]);
		expect(rows.slice(4).map((row) => `${row.item}: ${row.value}`)).toEqual([
			'Tested on held-out data: Done',
			'Compared with the base model: Not yet',
			'Checked for regressions: Not yet',
			'Edge cases evaluated: Not yet',
			'Cost impact measured: Not yet',
			'Tested by users: Not yet'
		]);
	});

	it('writes Markdown with task-list items and escaped pipes, and formula-safe CSV', () => {
		const markdown = guideMarkdown({ recommendation, checklist: { users: true } });
		expect(markdown).toContain('**Recommendation: Fine-tune later.** Collect more examples first.');
		expect(markdown).toContain(
			'- Against fine-tuning: 143 usable examples \\| task specialisation needs at least 200.'
		);
		expect(markdown).toContain('- [ ] Tested on held-out data\n');
		expect(markdown).toContain('- [x] Tested by users\n');
		const csv = guideCsv({ recommendation, checklist: {} });
		expect(csv.split('\r\n')[0]).toBe('Decision guide');
		// A value starting with = is neutralised so a spreadsheet never runs it.
		expect(csv).toContain(`"'=HYPERLINK(""x"") with 57 more examples"`);
	});
});
