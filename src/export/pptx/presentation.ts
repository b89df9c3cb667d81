// The typed, resolved deck → a .pptx, without a browser: theme → slide master and layouts (master.ts),
// each slide → its layout rule (layouts/), notes → notes pages, then the OOXML pptxgenjs cannot write
// (ooxml.ts). Fragments are flattened: a slide shows its final state.
import type { PathKey } from '../../util/yaml.ts';
import type { ResolvedDeck } from '../../content/resolve.ts';
import type { Position } from '../../errors.ts';
import { isColor } from '../../content/schema.ts';
import type { Theme } from '../../theme/resolve.ts';
import type { SlideContext } from './draw.ts';
import { frameFor, type Box, type Frame } from './geometry.ts';
import { loadPicture, loadPictures, svgToPng, type Picture, type PictureRef, type SvgFonts } from './images.ts';
import { svgFontFiles } from './svg-fonts.ts';
import type { WithMedia } from '../../media/types.ts';
import { ruleFor } from './layouts/index.ts';
import { markdownBlocks, plainText, runsText, inlineMarkdown } from './markdown-runs.ts';
import { defineMasters, geometry, MASTER_NAMES } from './master.ts';
import { patchPackage } from './ooxml.ts';
import { fillSvgFallbacks, svgKey } from './svg-fallback.ts';
import { colorMapOverride, overrideColorMaps, setBackground } from './backgrounds.ts';
import { asideLayout, drawAside } from './aside.ts';
import type { Measured } from '../../media/backgrounds.ts';
import { readZip, writeZip } from './zip.ts';
import { fontsNeeded, pptxTheme, xmlAttr, type PptxTheme } from './palette.ts';

export interface PptxResult { bytes: Uint8Array; slides: number; fonts: string[]; converted: number }

type Deck = ResolvedDeck & { resolvedTheme: Theme };
const plain = (s: string) => runsText(inlineMarkdown(s));

/** Every picture the deck's slides name, with where to report it if it cannot be read. */
function pictureRefs(deck: Deck, o: BuildOptions): PictureRef[] {
  const refs: PictureRef[] = [];
  for (const s of deck.slides) {
    const at = (what: string, p: PathKey[]) => ({ ...(o.locate?.([...s.path, ...p]) ?? s.pos), source: o.source, what: `slide ${s.number} (${s.layout}): ${what}` });
    const d = s.data as Record<string, unknown>;
    if (s.layout === 'image' && typeof d.src === 'string') refs.push({ ref: d.src, problem: at('src', ['src']) });
    if (s.layout === 'gallery' && Array.isArray(d.images)) {
      d.images.forEach((m: { src?: unknown }, i) => { if (typeof m.src === 'string') refs.push({ ref: m.src, problem: at(`images[${i}].src`, ['images', i, 'src']) }); });
    }
    if (typeof d.background === 'string' && !isColor(d.background)) refs.push({ ref: d.background, problem: at('background', ['background']) });
    for (const k of ['background', 'aside'] as const) {
      const image = (d[k] as { image?: unknown } | undefined)?.image;
      if (typeof image === 'string') refs.push({ ref: image, problem: at(`${k}.image`, [k, 'image']) });
    }
    const walk = (v: unknown, p: PathKey[]): void => {
      if (typeof v === 'string') {
        if (p.at(-1) === 'icon' && /[/.]/.test(v) && v.length > 3) refs.push({ ref: v, problem: at('icon', p) });
        else if (v.includes('![')) for (const b of markdownBlocks(v, deck.allowHtml)) if (b.kind === 'image') refs.push({ ref: b.src, problem: at('image', p) });
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    for (const [k, v] of Object.entries(d)) if (k !== 'code' && k !== 'src' && k !== 'background') walk(v, [k]);
  }
  return refs;
}

function logoBox(theme: Theme, f: Frame, t: PptxTheme): Box | undefined {
  const pos = theme.tokens.logo?.position;
  if (!theme.logo || !pos) return undefined;
  const { width: w, height: h } = theme.logo;
  const x = pos.endsWith('left') ? t.spacing['slide-x'] : f.width - 56 - w;
  return { x, y: pos.startsWith('top') ? 36 : f.height - 30 - h, w, h };
}

export interface BuildOptions {
  /** deck.yaml's text, for code frames in messages */
  source?: string;
  /** file:line:col of a field of deck.yaml (util/yaml.ts), so a bad picture is reported at its field */
  locate?: (path: PathKey[]) => Position;
}

export async function buildPptx(deck: Deck, opts: BuildOptions = {}): Promise<PptxResult> {
  const theme = deck.resolvedTheme;
  const t = pptxTheme(theme.tokens);
  const frame = frameFor(deck.aspect);
  let fontFiles: string[] | undefined; // unpacked on the first SVG with text
  const fonts: SvgFonts = { files: () => (fontFiles ??= svgFontFiles(theme.faces)), ...theme.tokens.fonts };
  const pictures = await loadPictures(deck.dir, pictureRefs(deck, opts), fonts);
  // diagrams and charts: the SVG the media stage drew, as an SVG picture with a PNG fallback (resvg)
  for (const [n, m] of Object.entries((deck as WithMedia).media ?? {})) {
    if (m.svg) pictures.set(`media:${n}`, await svgToPng(new TextEncoder().encode(m.svg), fonts));
    // ```mermaid blocks in Markdown fields, by their text (markdown-runs drops the block's last newline)
    for (const [src, svg] of Object.entries(m.fences ?? {})) {
      const key = `mermaid:${src.replace(/\n$/, '')}`;
      if (!pictures.has(key)) pictures.set(key, await svgToPng(new TextEncoder().encode(svg), fonts));
    }
  }
  const box = logoBox(theme, frame, t);
  const logo = box && theme.logo ? { picture: await loadPicture(theme.logo.file), box } : undefined;

  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = deck.aspect === '4:3' ? 'LAYOUT_4x3' : 'LAYOUT_16x9';
  pptx.theme = { headFontFace: t.fonts.heading, bodyFontFace: t.fonts.body };
  pptx.title = plain(deck.title);
  if (deck.author) pptx.author = deck.author;
  if (deck.description ?? deck.subtitle) pptx.subject = plain(deck.description ?? deck.subtitle!);
  pptx.company = 'Podium';
  const footer = t.footer === false ? undefined : typeof t.footer === 'string' && t.footer.trim() ? plain(t.footer) : plain(deck.title);
  defineMasters(pptx, frame, t, footer, logo);

  const geo = geometry(frame, t);
  const overrides = new Map<number, string>(); // pptx slide number → its colour map
  const moves = new Map<number, number[][]>(); // pptx slide number → frames of its placeholders (aside)
  let slides = 0;
  for (const s of deck.slides) {
    slides++;
    const data = s.data as Record<string, unknown>;
    const rule = ruleFor(s.layout);
    const family = typeof rule.family === 'function' ? rule.family(data) : rule.family;
    const slide = pptx.addSlide({ masterName: MASTER_NAMES[family] });
    const tone = (deck as Measured).tones?.[s.number];
    setBackground(slide, data.background, tone, pictures, frame, t.hex.background);
    const mapping = colorMapOverride(tone);
    if (mapping) overrides.set(slides, mapping);
    const aside = asideLayout(data.aside, frame, t);
    if (aside) drawAside(slide, aside.aside, aside.box, pictures, frame);
    let groups = 0;
    const c: SlideContext = {
      slide, frame, theme: t, geo: aside?.geo ?? geo, pictures, allowHtml: deck.allowHtml,
      ...(aside && family !== 'blank' ? { placed: [] } : {}), // the hidden title stays above the slide
      size: (k) => (typeof k === 'number' ? k : (t.type[k] as number)) * t.type.scale,
      group: (name) => `grp:${++groups}:${xmlAttr(name.replace(/\u00a7/g, ''))}\u00a7`,
    };
    rule.render(pictures.has(`media:${s.number}`) ? { ...data, mediaPicture: `media:${s.number}` } : data, c);
    if (c.placed) moves.set(slides, c.placed);
    if (typeof data.notes === 'string' && data.notes.trim()) slide.addNotes(plainText(data.notes));
  }

  const stored = await pptx.write({ outputType: 'nodebuffer', compression: false }) as Buffer;
  const files = readZip(stored);
  patchPackage(files, t, theme.name, moves);
  fillSvgFallbacks(files, pngFallbacks(pictures));
  overrideColorMaps(files, overrides);
  const bytes = writeZip(files);
  const converted = [...pictures.values()].filter((p) => p.converted).length;
  return { bytes, slides: deck.slides.length, fonts: fontsNeeded(t), converted };
}

const base64Of = (uri: string) => Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64');

/** Each SVG picture's PNG, by the SVG's bytes (svg-fallback.ts). */
function pngFallbacks(pictures: Map<string, Picture>): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const p of pictures.values()) if (p.svg) out.set(svgKey(base64Of(p.svg)), base64Of(p.data));
  return out;
}
