declare namespace App {
  interface Locals {
    /**
     * Owners' words for the sections of the guide being rendered, by heading id (front matter
     * `kata_lain.bagian`): set by the guide route, read by the heading component.
     */
    sectionWords?: Readonly<Record<string, readonly string[]>>;
  }
}
