// Runs the Nu HTML checker (vnu.jar from the vnu-jar package) over many files in one JVM:
// starting Java costs more than checking a page, so the whole build goes in a single call.
// The jar is run with `java` directly; the package's JS wrapper would try to download a Java.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './paths';

export const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * One short run of Java: its quick compiler only (`TieredStopAtLevel=1`) took half the CPU time of
 * the default, 5–6 s against 12–13 s of user time for the whole build, with the same output
 * (docs/test-suite.md, Round 9). That compiler's frames are larger, and vnu's schema needs a deep
 * stack: at Java's default 1 MB it overflows, so the stack is 8 MB.
 */
const JAVA_FLAGS = ['-XX:TieredStopAtLevel=1', '-Xss8m'];

export interface VnuError {
  /** Absolute path of the checked file. */
  file: string;
  line?: number;
  message: string;
}

export interface VnuResult {
  /** Files vnu reports having checked (it skips missing ones silently). */
  checked: string[];
  errors: VnuError[];
}

interface VnuMessage {
  type: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  message: string;
}

export function findJava(): void {
  const r = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (r.error) throw new Error('No Java found for the HTML checker: install one with `apt-get install -y default-jre-headless`.');
}

/** Checks absolute file paths; returns only errors (warnings and info are left out by vnu itself). */
export function vnu(files: string[]): VnuResult {
  findJava();
  const r = spawnSync('java', [...JAVA_FLAGS, '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--verbose', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(r.stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu gave no JSON (exit ${r.status}): ${r.stderr.trim()}`);
  }
  // --verbose names each file on stderr as it is checked.
  const wanted = new Set(files);
  const checked = r.stderr.split('\n').filter((l) => wanted.has(l));
  const errors = messages
    // "non-document-error" is vnu failing to read or parse a file: an error too.
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '?'),
      line: m.firstLine ?? m.lastLine,
      message: m.message,
    }));
  return { checked, errors };
}
