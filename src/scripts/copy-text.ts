// The one way the site copies text: to the clipboard, or false when the browser refuses (no
// permission, a page not served securely, an old browser without `navigator.clipboard`), so the
// caller can say so and leave the text on screen to copy by hand (a text box, or the text
// selected).
export const copyText = (text: string): Promise<boolean> =>
  // The executor turns a throw (no `navigator.clipboard` at all) into a refusal too.
  new Promise<void>((resolve) => resolve(navigator.clipboard.writeText(text))).then(
    () => true,
    () => false,
  );
