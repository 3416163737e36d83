#!/usr/bin/env node
// Draws the add-in icons assets/icon-{16,32,64,80}.png: a white "K" on a blue rounded square.
// No image library: the shapes are rasterised with 4×4 supersampling and written as RGBA PNGs.
//   node scripts/icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4;

/** Distance from point p to the segment a–b, all in unit-square coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Inside the rounded square (corner radius 0.18)? */
function inBackground(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

/** On the letter K: a stem and two arms, each a thick segment. */
function inLetter(x, y) {
  const half = 0.075;
  return (
    segmentDistance(x, y, 0.33, 0.22, 0.33, 0.78) <= half ||
    segmentDistance(x, y, 0.36, 0.52, 0.7, 0.22) <= half ||
    segmentDistance(x, y, 0.45, 0.45, 0.72, 0.78) <= half
  );
}

function pixels(size) {
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    const line = row * (size * 4 + 1);
    data[line] = 0; // filter: none
    for (let col = 0; col < size; col++) {
      let background = 0;
      let letter = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (col + (sx + 0.5) / SAMPLES) / size;
          const y = (row + (sy + 0.5) / SAMPLES) / size;
          if (inBackground(x, y)) {
            background++;
            if (inLetter(x, y)) letter++;
          }
        }
      }
      const at = line + 1 + col * 4;
      const mix = background === 0 ? 0 : letter / background;
      for (let c = 0; c < 3; c++) data[at + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      data[at + 3] = Math.round((255 * background) / (SAMPLES * SAMPLES));
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(folder, { recursive: true });
  for (const size of SIZES) {
    writeFileSync(join(folder, `icon-${size}.png`), png(size));
    console.log(`assets/icon-${size}.png`);
  }
}
