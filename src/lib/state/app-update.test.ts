import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppUpdate } from './app-update.svelte';

/** A service worker whose state the test moves along, as the browser would. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	readonly messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	moveTo(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	active: FakeWorker | null = null;
	/** A new version starts installing (after an update check found a changed script). */
	found(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
	/** The installing version finished installing and waits (the registration changes before the event). */
	installed() {
		const worker = this.installing!;
		this.installing = null;
		this.waiting = worker;
		worker.moveTo('installed');
	}
}

class FakeContainer extends EventTarget {
	readonly registration = new FakeRegistration();
	readonly ready = Promise.resolve(this.registration);
	constructor(public controller: FakeWorker | null) {
		super();
	}
	/** A version takes control of this page. */
	takenOverBy(worker: FakeWorker) {
		this.controller = worker;
		this.dispatchEvent(new Event('controllerchange'));
	}
}

// Only the members above are read by AppUpdate.
const asContainer = (container: FakeContainer) =>
	container as unknown as ServiceWorkerContainer & FakeContainer;

const reload = vi.fn();

describe('AppUpdate', () => {
	beforeEach(() => {
		reload.mockReset();
		vi.stubGlobal('location', { reload });
	});
	afterEach(() => vi.unstubAllGlobals());

	it('says nothing about a first install, even when it takes control of the page', async () => {
		const container = asContainer(new FakeContainer(null));
		const update = new AppUpdate();
		update.watch(container);
		await container.ready;
		const first = new FakeWorker();
		container.registration.found(first);
		container.registration.installed();
		expect(update.waiting).toBeNull();
		container.takenOverBy(first);
		expect(update.waiting).toBeNull();
		expect(update.updatedElsewhere).toBe(false);
		expect(reload).not.toHaveBeenCalled();
	});

	it('shows a version that waits behind the running one, and forgets it once it is gone', async () => {
		const running = new FakeWorker();
		const container = asContainer(new FakeContainer(running));
		const update = new AppUpdate();
		update.watch(container);
		await container.ready;
		const next = new FakeWorker();
		container.registration.found(next);
		expect(update.waiting).toBeNull();
		container.registration.installed();
		expect(update.waiting).toBe(next);

		container.registration.waiting = null;
		next.moveTo('activating');
		expect(update.waiting).toBeNull();
	});

	it('finds a version that was already waiting when the page opened', async () => {
		const container = asContainer(new FakeContainer(new FakeWorker()));
		const next = new FakeWorker();
		next.state = 'installed';
		container.registration.waiting = next;
		const update = new AppUpdate();
		update.watch(container);
		await container.ready;
		expect(update.waiting).toBe(next);
	});

	it('saves first, then asks the waiting version to take over, and reloads only once it has', async () => {
		const container = asContainer(new FakeContainer(new FakeWorker()));
		const next = new FakeWorker();
		next.state = 'installed';
		container.registration.waiting = next;
		const update = new AppUpdate();
		update.watch(container);
		await container.ready;

		const order: string[] = [];
		const save = async () => {
			order.push(`saved with ${next.messages.length} messages sent`);
			return true;
		};
		await update.reloadNow(save);
		expect(order).toEqual(['saved with 0 messages sent']);
		expect(next.messages).toEqual([{ type: 'skip-waiting' }]);
		expect(reload).not.toHaveBeenCalled();

		container.takenOverBy(next);
		expect(reload).toHaveBeenCalledTimes(1);
		expect(update.updatedElsewhere).toBe(false);
	});

	it('keeps the page when an edit could not be saved', async () => {
		const container = asContainer(new FakeContainer(new FakeWorker()));
		const next = new FakeWorker();
		next.state = 'installed';
		container.registration.waiting = next;
		const update = new AppUpdate();
		update.watch(container);
		await container.ready;

		await update.reloadNow(async () => false);
		expect(next.messages).toEqual([]);
		expect(update.unsaved).toBe(true);
		expect(update.reloading).toBe(false);
		container.takenOverBy(next);
		expect(reload).not.toHaveBeenCalled();
	});

	it('tells a page that another tab switched to the new version', async () => {
		const container = asContainer(new FakeContainer(new FakeWorker()));
		const update = new AppUpdate();
		const stop = update.watch(container);
		await container.ready;
		container.takenOverBy(new FakeWorker());
		expect(update.updatedElsewhere).toBe(true);
		expect(reload).not.toHaveBeenCalled();

		await update.reloadNow(async () => true);
		expect(reload).toHaveBeenCalledTimes(1);
		stop();
	});
});
