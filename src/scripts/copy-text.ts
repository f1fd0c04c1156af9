// The one way the site copies text: to the clipboard, or false when the browser refuses (no
// permission, a page not served securely, an old browser without `navigator.clipboard`), so the
// caller can say so and leave the text on screen to copy by hand (a text box, or the text
// selected).
export async function copyText(text: string): Promise<boolean> {
  try {
    // Throws, too, where `navigator.clipboard` is missing.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
