/** A zip's local file header signature, PK\x03\x04: .docx and .xlsx files are zips. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
