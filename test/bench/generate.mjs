// Generates benchmark corpora from seeds/: copies whose digits and units are mutated so that
// documents differ and real conflicts and series occur. Deterministic for a given seed: the same
// size and seed always give the same files, and a smaller corpus is a prefix of a larger one.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDirectory = join(projectRoot, 'seeds');

/** Bumped whenever the output changes, so that corpora left in .bench/ by an older generator are rebuilt. */
const generatorVersion = 2;

/** The document the language-server benchmark edits: about 20 KB, at the root of every corpus. */
export const editTargetName = 'edit-target.txt';

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const unitSwaps = [
  ['万户', '万家'],
  ['亿元', '万元'],
  ['万人', '万户'],
];

/** One mutated copy: about one digit in eight changes, and now and then a unit. */
export function mutate(text, next) {
  let out = '';
  for (const char of text) {
    if (char >= '0' && char <= '9' && next() < 0.125) out += String(Math.floor(next() * 10));
    else out += char;
  }
  for (const [from, to] of unitSwaps) if (next() < 0.2) out = out.replace(from, to);
  return out;
}

function readSeeds() {
  const names = readdirSync(seedsDirectory).filter((f) => f.endsWith('.txt')).sort();
  return { names, texts: names.map((f) => readFileSync(join(seedsDirectory, f), 'utf8')) };
}

/**
 * The edited document: the first seed (front matter, an interview full of figures) followed by the
 * last one, unmutated, so that its figures are the ones most copies repeat.
 */
function editTargetText(texts) {
  return `${texts[0]}\n\n${texts[texts.length - 1]}`;
}

/** Writes a corpus of about `megabytes` MB into `dir`; reuses it when it is already there. */
export function generateCorpus(dir, megabytes, seed = 20241216) {
  const target = megabytes * 1024 * 1024;
  const marker = join(dir, '.complete');
  if (existsSync(marker)) {
    const summary = JSON.parse(readFileSync(marker, 'utf8'));
    if (summary.version === generatorVersion && summary.seed === seed && summary.megabytes === megabytes) return summary;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { names, texts } = readSeeds();
  copyFileSync(join(seedsDirectory, 'fincorpus.json'), join(dir, 'fincorpus.json'));
  const edited = editTargetText(texts);
  writeFileSync(join(dir, editTargetName), edited);
  const next = random(seed);
  let bytes = Buffer.byteLength(edited);
  let files = 1;
  // Originals first, so the unmutated figures are there for the copies to agree or conflict with.
  for (let i = 0; bytes < target; i++) {
    const which = i % names.length;
    const text = i < names.length ? texts[which] : mutate(texts[which], next);
    const copy = files - 1;
    const folder = join(dir, `part-${String(Math.floor(copy / 500)).padStart(3, '0')}`);
    if (copy % 500 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}-${names[which]}`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  const summary = { version: generatorVersion, seed, megabytes, files, bytes };
  writeFileSync(marker, JSON.stringify(summary));
  return summary;
}

const cjk = '微众银行普惠金融客户授信贷款余额累计亿万元户家人同比增长下降超过逾近约不足以上左右截至年末月日季度';
const digits = '0123456789';

/**
 * Pieces of pathological text, each a function of the generator: the shapes that make naive
 * recognisers backtrack or go quadratic (unbounded digit runs, qualifier and magnitude runs, nested
 * brackets, endless separator lists, dense CJK and digits).
 */
export const hostilePieces = [
  (next) => Array.from({ length: 3000 }, () => digits[Math.floor(next() * 10)]).join(''),
  () => '超'.repeat(2000) + '3.6亿',
  () => '('.repeat(400) + '[【（「'.repeat(100) + '1亿元' + '」）】]'.repeat(100) + ')'.repeat(400),
  () => '1,'.repeat(1500) + '1',
  () => '亿'.repeat(2000) + '元',
  () => '1.'.repeat(1000) + '%',
  () => '约近超逾不足'.repeat(300) + '12.5万户',
  (next) => {
    let out = '';
    for (let i = 0; i < 1500; i++) out += next() < 0.5 ? cjk[Math.floor(next() * cjk.length)] : digits[Math.floor(next() * 10)];
    return out;
  },
  () => '2022年'.repeat(500) + '末',
  () => '1-2-3至4'.repeat(300),
];

/** One line (no line break) of about `megabytes` MB of hostile text; deterministic. */
export function adversarialLine(megabytes, seed = 7) {
  const target = megabytes * 1024 * 1024;
  const next = random(seed);
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const piece = hostilePieces[i % hostilePieces.length](next);
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  return parts.join('');
}
