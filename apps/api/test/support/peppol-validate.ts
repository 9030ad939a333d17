import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * `../shared/peppol/validate.sh` over every file in one call (one JVM start per rule set): the
 * fatal rules it reports, and how many files it summarised (`<name>: N fatal, M warnings`).
 * Asynchronous on purpose: the API under test runs in the same process, and a synchronous call
 * would stall it for the JVM's seconds, after which its idle keep-alive sockets are reset under
 * the next request.
 */
export async function validateEhf(files: string[]): Promise<{ fatal: string[]; files: number }> {
  let output: string;
  try {
    output = (await run(join(__dirname, '../../../../../shared/peppol/validate.sh'), files, { encoding: 'utf8' }))
      .stdout;
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  const lines = output.split('\n');
  const summaries = lines.filter((line) => /^\S+\.xml: \d+ fatal/.test(line));
  const fatal = [
    ...lines.filter((line) => /^\s+\S+: fatal /.test(line)),
    ...summaries.filter((line) => !/: 0 fatal/.test(line)),
  ];
  return { fatal, files: summaries.length };
}
