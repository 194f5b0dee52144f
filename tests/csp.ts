import { test as base, expect } from '@playwright/test';

/** What the page reported, as one line: the directive, what it blocked, and where. */
type Violation = string;

/**
 * Content-Security-Policy violations seen in a test's browser context: `securitypolicyviolation` events of every
 * page, and console errors (of pages and their workers) that name the policy.
 */
export class CspViolations {
	readonly seen: Violation[] = [];
	readonly #provoked: RegExp[] = [];

	/** Declares a violation the test provokes on purpose; every other one still fails the test. */
	provoke(pattern: RegExp): void {
		this.#provoked.push(pattern);
	}

	unexpected(): Violation[] {
		return this.seen.filter((line) => !this.#provoked.some((pattern) => pattern.test(line)));
	}
}

interface ViolationEvent {
	directive: string;
	blocked: string;
	source: string;
}

/** Playwright's `test`, failing any test whose pages break the Content-Security-Policy. */
export const test = base.extend<{ csp: CspViolations }>({
	csp: [
		async ({ context }, use) => {
			const violations = new CspViolations();
			await context.exposeBinding('reportCspViolation', (_source, event: ViolationEvent) => {
				violations.seen.push(`${event.directive} blocked ${event.blocked} at ${event.source}`);
			});
			await context.addInitScript(() => {
				const report = (window as unknown as { reportCspViolation: (v: ViolationEvent) => void })
					.reportCspViolation;
				document.addEventListener('securitypolicyviolation', (event) => {
					report({
						directive: event.effectiveDirective,
						blocked: event.blockedURI,
						source: `${event.sourceFile}:${event.lineNumber}`
					});
				});
			});
			context.on('console', (message) => {
				if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
					violations.seen.push(`console: ${message.text()}`);
				}
			});
			await use(violations);
			expect(violations.unexpected(), 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
