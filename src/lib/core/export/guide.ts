import { APPROACH_LABELS, CHECKLIST_TEXT } from '../guide/guidance';
import {
	CHECKLIST_ITEMS,
	type GuideRecord,
	type Reason,
	type Recommendation
} from '../guide/types';
import { toCsv, type CsvCell } from './csv';
import { markdownCell } from './markdown';

/** What the exports carry of the decision guide: the recommendation with its reasons, and the checklist. */
export interface GuideExport {
	recommendation: Recommendation;
	checklist: GuideRecord['checklist'];
}

export interface GuideRow {
	section: 'Recommendation' | 'Reason' | 'Would change it' | 'Before deploying';
	item: string;
	value: string;
}

const LEANING: Record<Reason['leaning'], string> = {
	for: 'For fine-tuning',
	against: 'Against fine-tuning',
	neutral: 'To check'
};

/** The guide as rows of three columns, in reading order. */
export function guideRows({ recommendation, checklist }: GuideExport): GuideRow[] {
	return [
		{
			section: 'Recommendation',
			item: APPROACH_LABELS[recommendation.approach],
			value: recommendation.headline
		},
		...recommendation.reasons.map((reason): GuideRow => ({
			section: 'Reason',
			item: LEANING[reason.leaning],
			value: reason.text
		})),
		...recommendation.wouldChange.map((change): GuideRow => ({
			section: 'Would change it',
			item: '',
			value: change
		})),
		...CHECKLIST_ITEMS.map((item): GuideRow => ({
			section: 'Before deploying',
			item: CHECKLIST_TEXT[item].label,
			value: checklist[item] ? 'Done' : 'Not yet'
		}))
	];
}

/** The guide as a CSV block: a title row, a header, the rows. */
export function guideCsvRows(guide: GuideExport): CsvCell[][] {
	return [
		['Decision guide'],
		['Section', 'Item', 'Detail'],
		...guideRows(guide).map((row) => [row.section, row.item, row.value])
	];
}

export function guideCsv(guide: GuideExport): string {
	return toCsv(guideCsvRows(guide));
}

/** The guide in Markdown: the recommendation, its reasons, and the checklist as task-list items. */
export function guideMarkdown({ recommendation, checklist }: GuideExport): string {
	const line = (text: string) => markdownCell(text);
	const lines = [
		`**Recommendation: ${line(APPROACH_LABELS[recommendation.approach])}.** ${line(recommendation.headline)}`,
		'',
		...recommendation.reasons.map((reason) => `- ${LEANING[reason.leaning]}: ${line(reason.text)}`)
	];
	if (recommendation.wouldChange.length > 0) {
		lines.push(
			'',
			'What would change it:',
			...recommendation.wouldChange.map((c) => `- ${line(c)}`)
		);
	}
	lines.push(
		'',
		'Before deploying:',
		...CHECKLIST_ITEMS.map(
			(item) => `- [${checklist[item] ? 'x' : ' '}] ${CHECKLIST_TEXT[item].label}`
		)
	);
	return lines.join('\n') + '\n';
}
