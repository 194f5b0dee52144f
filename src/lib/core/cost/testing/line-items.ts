import type { OptionalLineItem } from '../types';

function isLineItem(value: unknown): value is OptionalLineItem {
	return (
		typeof value === 'object' &&
		value !== null &&
		'value' in value &&
		'unit' in value &&
		'explanation' in value
	);
}

/** Every line item inside a breakdown or comparison, with its path ("perRequest.costPerRequest"). */
export function collectLineItems(
	root: object,
	path = ''
): { path: string; item: OptionalLineItem }[] {
	const found: { path: string; item: OptionalLineItem }[] = [];
	for (const [key, child] of Object.entries(root)) {
		if (key === 'inputs' || key === 'monthly') continue;
		const childPath = path ? `${path}.${key}` : key;
		if (isLineItem(child)) found.push({ path: childPath, item: child });
		else if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
			found.push(...collectLineItems(child, childPath));
		}
	}
	return found;
}
