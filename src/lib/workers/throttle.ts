/**
 * Calls `fn` at most once per `intervalMs`: the first call at once, the last one of a burst when the interval ends,
 * so the final state is never lost.
 */
export function throttle<Args extends unknown[]>(
	fn: (...args: Args) => void,
	intervalMs: number,
	now: () => number = () => Date.now()
): ((...args: Args) => void) & { flush(): void; cancel(): void } {
	let lastRun = -Infinity;
	let pending: Args | null = null;
	let timer: ReturnType<typeof setTimeout> | null = null;

	const run = () => {
		timer = null;
		if (!pending) return;
		const args = pending;
		pending = null;
		lastRun = now();
		fn(...args);
	};

	const throttled = (...args: Args) => {
		pending = args;
		const wait = lastRun + intervalMs - now();
		if (wait <= 0) run();
		else timer ??= setTimeout(run, wait);
	};
	throttled.flush = () => {
		if (timer) clearTimeout(timer);
		run();
	};
	throttled.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		pending = null;
	};
	return throttled;
}
