/**
 * Wraps a loader so each key loads once and every caller shares the result (tokenizer data is megabytes). A failed
 * load is forgotten, so the next call tries again.
 */
export function loadOnce<K, V>(create: (key: K) => Promise<V>): (key: K) => Promise<V> {
	const loaded = new Map<K, Promise<V>>();
	return (key) => {
		let value = loaded.get(key);
		if (!value) {
			value = create(key);
			value.catch(() => loaded.delete(key));
			loaded.set(key, value);
		}
		return value;
	};
}
