/** Saves text as a file through the browser's download, without any network request. */
export function downloadText(text: string, fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	// The download has started by then; the object URL only holds memory.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
