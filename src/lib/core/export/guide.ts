import { m } from '../i18n/locale';
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

/** One row of the guide in the current language: its section, the item and the detail. */
export interface GuideRow {
	section: string;
	item: string;
	value: string;
}

/** How a reason leans, as the exports name it. */
function leaning(value: Reason['leaning']): string {
	switch (value) {
		case 'for':
			return m.export_guide_for();
		case 'against':
			return m.export_guide_against();
		case 'neutral':
			return m.export_guide_neutral();
	}
}

/** The guide as rows of three columns, in reading order. */
export function guideRows({ recommendation, checklist }: GuideExport): GuideRow[] {
	return [
		{
			section: m.export_guide_recommendation(),
			item: APPROACH_LABELS[recommendation.approach],
			value: recommendation.headline
		},
		...recommendation.reasons.map((reason): GuideRow => ({
			section: m.export_guide_reason(),
			item: leaning(reason.leaning),
			value: reason.text
		})),
		...recommendation.wouldChange.map((change): GuideRow => ({
			section: m.export_guide_would_change(),
			item: '',
			value: change
		})),
		...CHECKLIST_ITEMS.map((item): GuideRow => ({
			section: m.export_guide_before_deploying(),
			item: CHECKLIST_TEXT[item].label,
			value: checklist[item] ? m.export_guide_done() : m.export_guide_not_yet()
		}))
	];
}

/** The header of the guide's table: section, item, detail. */
export function guideHeader(): string[] {
	return [m.export_guide_section(), m.export_guide_item(), m.export_guide_detail()];
}

/** The guide as a CSV block: a title row, a header, the rows. */
export function guideCsvRows(guide: GuideExport): CsvCell[][] {
	return [
		[m.export_guide_title()],
		guideHeader(),
		...guideRows(guide).map((row) => [row.section, row.item, row.value])
	];
}

export function guideCsv(guide: GuideExport): string {
	return toCsv(guideCsvRows(guide));
}

/** The guide in Markdown: the recommendation, its reasons, and the checklist as task-list items. */
export function guideMarkdown({ recommendation, checklist }: GuideExport): string {
	const line = (text: string) => markdownCell(text);
	const approach = line(APPROACH_LABELS[recommendation.approach]);
	const lines = [
		`**${m.export_guide_recommendation_line({ approach })}** ${line(recommendation.headline)}`,
		'',
		...recommendation.reasons.map(
			(reason) =>
				`- ${m.export_guide_reason_line({ leaning: leaning(reason.leaning), reason: line(reason.text) })}`
		)
	];
	if (recommendation.wouldChange.length > 0) {
		lines.push(
			'',
			m.export_guide_what_would_change(),
			...recommendation.wouldChange.map((c) => `- ${line(c)}`)
		);
	}
	lines.push(
		'',
		m.export_guide_before_deploying_list(),
		...CHECKLIST_ITEMS.map(
			(item) => `- [${checklist[item] ? 'x' : ' '}] ${CHECKLIST_TEXT[item].label}`
		)
	);
	return lines.join('\n') + '\n';
}
