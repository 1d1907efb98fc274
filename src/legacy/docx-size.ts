import { UserError } from '../core/diagnostics.js';

/**
 * How much text a Word file may expand to. A long policy's XML is a few MB; a small file that
 * expands to hundreds of MB (a "zip bomb", or a huge pasted table) would only exhaust memory.
 */
export const MAX_DOCX_EXPANDED_BYTES = 32 * 1024 * 1024;

/**
 * Check, before converting, that the parts of a .docx other than pictures do not expand beyond the
 * limit. Each part is inflated as a stream and counted, so a part that lies about its size in the
 * zip directory is caught too; reading stops as soon as the limit is passed.
 */
export async function checkExpandedSize(file: string, bytes: Buffer, limit = MAX_DOCX_EXPANDED_BYTES): Promise<void> {
  const JSZip = (await import('jszip')).default;
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UserError(
      `${file} could not be read as a Word document (.docx): it is not a valid .docx file. If it is an older .doc file or a renamed file, open it in Word and save it as .docx.`,
    );
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || /^word\/media\//i.test(entry.name)) continue;
    total += await countBytes(entry, limit - total);
    if (total > limit) {
      throw new UserError(
        `${file} expands to more than ${limit / 1024 / 1024} MB of text and layout, far more than any policy (a 40-page policy is about 1 MB). ` +
          'It may be damaged or hold pasted data; open it in Word, remove what is not the policy, and save it again, or copy the policy text into a .txt file.',
      );
    }
  }
}

/** Bytes of one inflated entry, stopping once past `budget`. */
function countBytes(entry: { nodeStream(type?: 'nodebuffer'): NodeJS.ReadableStream }, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    let n = 0;
    const stop = (value: number) => {
      stream.removeAllListeners('data');
      stream.pause();
      resolve(value);
    };
    stream.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > budget) stop(n);
    });
    stream.on('end', () => resolve(n));
    stream.on('error', (e: unknown) => reject(e));
  });
}
