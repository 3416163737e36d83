/** The first entry of an .ods as LibreOffice writes it: `mimetype`, stored, then the rest of the zip. */
export function openDocumentStart(): Buffer {
  const mimetype = Buffer.from("application/vnd.oasis.opendocument.spreadsheet");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(mimetype.length, 18);
  header.writeUInt32LE(mimetype.length, 22);
  header.writeUInt16LE("mimetype".length, 26);
  return Buffer.concat([header, Buffer.from("mimetype"), mimetype, Buffer.from("PK\x03\x04 content.xml …")]);
}
