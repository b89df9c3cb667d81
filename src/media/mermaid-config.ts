// Mermaid's configuration for a deck: the `base` theme with variables from the deck theme's tokens,
// strict security, SVG text labels (searchable in the PDF) unless the deck allows HTML.
import type { MediaTheme } from './theme.ts';

/** Layout font size: diagrams are drawn at this size and scaled to their box on the slide. */
export const DIAGRAM_FONT_PX = 20;

export function mermaidConfig(theme: MediaTheme, allowHtml: boolean): Record<string, unknown> {
  const c = theme.colors;
  return {
    startOnLoad: false,
    securityLevel: 'strict', // labels sanitised, click callbacks and links disabled
    // what a diagram's own `%%{init: …}%%` or front matter may not change
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', 'htmlLabels', 'flowchart', 'class', 'state', 'sequence', 'fontFamily', 'fontSize'],
    theme: 'base',
    htmlLabels: allowHtml,
    flowchart: { htmlLabels: allowHtml, useMaxWidth: false, padding: 16 },
    sequence: { useMaxWidth: false, actorFontSize: DIAGRAM_FONT_PX, messageFontSize: DIAGRAM_FONT_PX, noteFontSize: DIAGRAM_FONT_PX,
      actorFontFamily: theme.stacks.body, messageFontFamily: theme.stacks.body, noteFontFamily: theme.stacks.body },
    class: { htmlLabels: allowHtml },
    state: { htmlLabels: allowHtml },
    fontFamily: theme.stacks.body,
    fontSize: DIAGRAM_FONT_PX,
    themeVariables: {
      darkMode: luminance(c.background) < 0.4,
      background: c.background,
      fontFamily: theme.stacks.body,
      fontSize: `${DIAGRAM_FONT_PX}px`,
      primaryColor: c.surface,
      primaryTextColor: c.text,
      primaryBorderColor: c.accent,
      secondaryColor: c.surface,
      secondaryTextColor: c.text,
      secondaryBorderColor: c.accent2,
      tertiaryColor: c.background,
      tertiaryTextColor: c.text,
      tertiaryBorderColor: c.border,
      mainBkg: c.surface,
      nodeBorder: c.accent,
      nodeTextColor: c.text,
      textColor: c.text,
      titleColor: c.text,
      lineColor: c.muted,
      defaultLinkColor: c.muted,
      edgeLabelBackground: c.background,
      clusterBkg: c.background,
      clusterBorder: c.border,
      noteBkgColor: c.surface,
      noteTextColor: c.text,
      noteBorderColor: c.accent2,
      actorBkg: c.surface,
      actorBorder: c.accent,
      actorTextColor: c.text,
      actorLineColor: c.muted,
      signalColor: c.text,
      signalTextColor: c.text,
      labelTextColor: c.text,
      pie1: c.accent, pie2: c.accent2, pie3: c.muted, pieTitleTextColor: c.text, pieSectionTextColor: c.background,
      pieLegendTextColor: c.text, pieStrokeColor: c.background,
    },
  };
}

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}
