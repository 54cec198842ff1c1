import { describe, expect, it } from 'vitest';
import { checkBytes, checkSize, describeBytes, hasPdfHeader, MAX_BYTES, MAX_PAGES, tooManyPages } from '../../utils/reader/limits';
import { openProblemOf } from '../../utils/reader/errors';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('what the reader agrees to open', () => {
  it('finds the PDF header at the start or after junk within the first 1,024 bytes', () => {
    expect(hasPdfHeader(bytes('%PDF-1.7\n...'))).toBe(true);
    expect(hasPdfHeader(bytes(`${' '.repeat(1000)}%PDF-1.4`))).toBe(true);
    expect(hasPdfHeader(bytes(`${' '.repeat(1020)}%PDF-1.4`))).toBe(false);
    expect(hasPdfHeader(bytes('<html><body>Not found</body></html>'))).toBe(false);
    expect(hasPdfHeader(bytes('%PDF'))).toBe(false);
  });

  it('refuses empty, oversized and non-PDF input with a named problem', () => {
    expect(checkSize(0)).toBe('empty');
    expect(checkSize(MAX_BYTES)).toBeNull();
    expect(checkSize(MAX_BYTES + 1)).toBe('too-big');
    expect(checkBytes(new Uint8Array())).toBe('empty');
    expect(checkBytes(bytes('PK\u0003\u0004 a zip file'))).toBe('not-pdf');
    expect(checkBytes(bytes('%PDF-1.7'))).toBeNull();
    expect(tooManyPages(MAX_PAGES)).toBe(false);
    expect(tooManyPages(MAX_PAGES + 1)).toBe(true);
    expect(describeBytes(MAX_BYTES)).toBe('200 MB');
    expect(describeBytes(400 * 1024)).toBe('0.4 MB');
    expect(describeBytes(12.6 * 1024 * 1024)).toBe('13 MB');
  });

  it("maps pdf.js's errors to problems the reader explains", () => {
    expect(openProblemOf({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' })).toBe('broken');
    expect(openProblemOf({ name: 'UnknownErrorException', message: 'x' })).toBe('broken');
    expect(openProblemOf(new Error('Bad XRef entry'))).toBe('broken');
    expect(openProblemOf({ name: 'PasswordException', message: 'No password given' })).toBe('password-cancelled');
    expect(openProblemOf(new TypeError('boom'))).toBe('unknown');
    expect(openProblemOf(undefined)).toBe('unknown');
  });
});
