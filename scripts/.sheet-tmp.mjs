import sharp from 'sharp';
const [out, colsS, ...files] = process.argv.slice(2);
const cols = Number(colsS); const W = 400;
const bufs = await Promise.all(files.map((f) => sharp(f).resize({ width: W }).png().toBuffer({ resolveWithObject: true })));
const h = Math.max(...bufs.map((b) => b.info.height));
const rows = Math.ceil(files.length / cols);
await sharp({ create: { width: cols * (W + 6), height: rows * (h + 6), channels: 3, background: '#888' } })
  .composite(bufs.map((b, i) => ({ input: b.data, left: (i % cols) * (W + 6), top: Math.floor(i / cols) * (h + 6) }))).png().toFile(out);
