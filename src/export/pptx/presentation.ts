// The typed, resolved deck → a .pptx, without a browser: theme → slide master and layouts (master.ts),
// each slide → its layout rule (layouts/), notes → notes pages, then the OOXML pptxgenjs cannot write
// (ooxml.ts). Fragments are flattened: a slide shows its final state.
import type PptxGenJS from 'pptxgenjs';
import type { ResolvedDeck } from '../../content/resolve.ts';
import { isColor } from '../../content/schema.ts';
import { parseColor, toHex } from '../../theme/color.ts';
import type { Theme } from '../../theme/resolve.ts';
import type { SlideContext } from './draw.ts';
import { frameFor, type Box, type Frame } from './geometry.ts';
import { loadPicture, loadPictures, type PictureRef } from './images.ts';
import { ruleFor } from './layouts/index.ts';
import { markdownBlocks, plainText, runsText, inlineMarkdown } from './markdown-runs.ts';
import { defineMasters, geometry, MASTER_NAMES } from './master.ts';
import { patchPackage } from './ooxml.ts';
import { fontsNeeded, pptxTheme, xmlAttr, type PptxTheme } from './palette.ts';

export interface PptxResult { bytes: Uint8Array; slides: number; fonts: string[]; converted: number }

type Deck = ResolvedDeck & { resolvedTheme: Theme };
const plain = (s: string) => runsText(inlineMarkdown(s));

/** Every picture the deck's slides name, with where to report it if it cannot be read. */
function pictureRefs(deck: Deck, source?: string): PictureRef[] {
  const refs: PictureRef[] = [];
  for (const s of deck.slides) {
    const at = (what: string) => ({ ...s.pos, source, what: `slide ${s.number} (${s.layout}): ${what}` });
    const d = s.data as Record<string, unknown>;
    if (s.layout === 'image' && typeof d.src === 'string') refs.push({ ref: d.src, problem: at('src') });
    if (typeof d.background === 'string' && !isColor(d.background)) refs.push({ ref: d.background, problem: at('background') });
    const walk = (v: unknown, key: string): void => {
      if (typeof v === 'string') {
        if (key === 'icon' && /[/.]/.test(v) && v.length > 3) refs.push({ ref: v, problem: at('icon') });
        else if (v.includes('![')) for (const b of markdownBlocks(v, deck.allowHtml)) if (b.kind === 'image') refs.push({ ref: b.src, problem: at('image') });
      } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    for (const [k, v] of Object.entries(d)) if (k !== 'code' && k !== 'src' && k !== 'background') walk(v, k);
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

export async function buildPptx(deck: Deck, opts: { source?: string } = {}): Promise<PptxResult> {
  const theme = deck.resolvedTheme;
  const t = pptxTheme(theme.tokens);
  const frame = frameFor(deck.aspect);
  const pictures = await loadPictures(deck.dir, pictureRefs(deck, opts.source));
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
  for (const s of deck.slides) {
    const data = s.data as Record<string, unknown>;
    const rule = ruleFor(s.layout);
    const family = typeof rule.family === 'function' ? rule.family(data) : rule.family;
    const slide = pptx.addSlide({ masterName: MASTER_NAMES[family] });
    setBackground(slide, data.background, pictures);
    let groups = 0;
    const c: SlideContext = {
      slide, frame, theme: t, geo, pictures, allowHtml: deck.allowHtml,
      size: (k) => (typeof k === 'number' ? k : (t.type[k] as number)) * t.type.scale,
      group: (name) => `grp:${++groups}:${xmlAttr(name.replace(/\u00a7/g, ''))}\u00a7`,
    };
    rule.render(data, c);
    if (typeof data.notes === 'string' && data.notes.trim()) slide.addNotes(plainText(data.notes));
  }

  const raw = await pptx.write({ outputType: 'nodebuffer', compression: false }) as Buffer;
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(raw);
  await patchPackage(zip, t, theme.name);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  const converted = [...pictures.values()].filter((p) => p.converted).length;
  return { bytes, slides: deck.slides.length, fonts: fontsNeeded(t), converted };
}

function setBackground(slide: PptxGenJS.Slide, bg: unknown, pictures: Map<string, { data: string }>): void {
  if (typeof bg !== 'string' || !bg.trim()) return;
  if (isColor(bg)) {
    const c = parseColor(bg);
    if (c) slide.background = { color: toHex(c).slice(1).toUpperCase(), ...(c.a < 1 ? { transparency: Math.round((1 - c.a) * 100) } : {}) };
    return;
  }
  const pic = pictures.get(bg);
  if (pic) slide.background = { data: pic.data };
}
