// The text of a chosen CSV file. Excel's "CSV UTF-8" is UTF-8 (with a byte order mark); its plain "CSV
// (gescheiden door lijstscheidingsteken)" is Windows-1252 on Dutch Windows, where é, ë and ï are single bytes
// that are not valid UTF-8. So: UTF-8 when the bytes are valid UTF-8, else Windows-1252, never U+FFFD.
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function readCsvFile(file: Blob): Promise<string> {
  return decodeCsvBytes(await file.arrayBuffer());
}
