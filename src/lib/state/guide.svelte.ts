import {
	DEFAULT_ANSWERS,
	type ChecklistItem,
	type GuideAnswers,
	type GuideRecord
} from '$lib/core/guide/types';

/** The decision guide's answers and deployment checklist for the open project. */
export class GuideState {
	answers = $state<GuideAnswers>({ ...DEFAULT_ANSWERS });
	checklist = $state<Partial<Record<ChecklistItem, boolean>>>({});
	/** Whether this project has used the guide: a project that never did is saved without it. */
	used = $state(false);

	/** What the project keeps; null for a project that never used the guide. */
	get record(): GuideRecord | null {
		if (!this.used) return null;
		return { answers: { ...this.answers }, checklist: { ...this.checklist } };
	}

	/** Shows another project's guide (or a fresh one). */
	load(record: GuideRecord | undefined): void {
		this.answers = { ...DEFAULT_ANSWERS, ...record?.answers };
		this.checklist = { ...record?.checklist };
		this.used = record !== undefined;
	}

	answer<K extends keyof GuideAnswers>(question: K, value: GuideAnswers[K]): void {
		this.answers[question] = value;
		this.used = true;
	}

	check(item: ChecklistItem, done: boolean): void {
		this.checklist[item] = done;
		this.used = true;
	}
}
