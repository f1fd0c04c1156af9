// Copies text to the clipboard; false when the browser refuses (no permission, an old browser),
// so the caller can say so and leave the text on screen to copy by hand.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
