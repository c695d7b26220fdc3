import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './fileText';

describe('decodeCsvBytes', () => {
  it('reads UTF-8 (with or without a byte order mark)', () => {
    const utf8 = new TextEncoder().encode('naam;werkplek\nRenée Ëlberg;Praktijk Zoë\n');
    expect(decodeCsvBytes(utf8)).toBe('naam;werkplek\nRenée Ëlberg;Praktijk Zoë\n');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('naam')]);
    expect(decodeCsvBytes(bom)).toBe('naam'); // the decoder drops the mark
  });

  it('falls back to Windows-1252, as Dutch Excel saves a plain CSV', () => {
    // "Renée;Zoë" in Windows-1252: é = 0xE9, ë = 0xEB.
    const cp1252 = new Uint8Array([0x52, 0x65, 0x6e, 0xe9, 0x65, 0x3b, 0x5a, 0x6f, 0xeb]);
    expect(decodeCsvBytes(cp1252)).toBe('Renée;Zoë');
  });
});
