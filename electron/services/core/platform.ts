/**
 * What services need from the desktop around them, behind one port: native open/save dialogs and
 * printing to PDF. Electron implements it in electron/main/platform.ts; the test host and the command
 * line have their own implementations, so services never import Electron.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PlatformPort {
  /** Asks the user where to save; null when they cancel. */
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks the user for a file to open; null when they cancel. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /**
   * Renders a print route of the renderer (e.g. '/print/members?folio=1') to a paginated PDF laid out
   * as shared/print.ts says and returns its bytes; the caller decides where they go.
   */
  printToPdf(options: { route: string }): Promise<Uint8Array>;
  /**
   * Opens the assembly's projector (the `/projector` route, or `route` such as '/projector/surplus') in a
   * window of its own, full screen on an external display when there is one. Only the desktop app has
   * windows to open: a host without it (the command line, the browser host) answers 'not-supported' and the
   * renderer opens the route in a new tab.
   */
  openProjector?(route?: string): Promise<'opened' | 'not-supported'>;
}
