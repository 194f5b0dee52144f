/** Saves data as a file through the browser's download, without any network request. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	// The download has started by then; the object URL only holds memory.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file through the browser's download. */
export function downloadText(text: string, fileName: string, type: string): void {
	downloadBlob(new Blob([text], { type }), fileName);
}
