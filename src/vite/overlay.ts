// Invalid content in dev: Vite's own error overlay, fed with our file:line:col and code frame.
import { codeFrame, formatHeadline, type DeckError } from '../errors.ts';
import { scriptJson } from '../render/helpers.ts';
import { DEV_CLIENT } from './server-paths.ts';
import { escapeHtml } from '../util/html.ts';

export interface OverlayError {
  message: string; stack: string; id?: string; frame?: string; plugin: string;
  loc?: { file: string; line: number; column: number };
}

export function overlayPayload(e: DeckError): OverlayError {
  const first = e.problems[0];
  const rest = e.problems.slice(1).map((p) => `\n\n${formatHeadline(p)}\n${codeFrame(p)}`).join('');
  return {
    message: e.problems.map(formatHeadline).join('\n'),
    stack: rest.trim() ? `More problems:${rest}` : '',
    id: first?.file,
    frame: first ? codeFrame(first) : undefined,
    plugin: 'podium',
    loc: first?.file && first.line ? { file: first.file, line: first.line, column: first.column ?? 1 } : undefined,
  };
}

/** Served at / while the deck is invalid: shows the overlay; the next good update reloads into the deck. */
export function errorPage(e: DeckError): string {
  const payload = scriptJson(overlayPayload(e));
  return `<!doctype html><html><head><meta charset="utf-8"><title>Podium — deck has errors</title></head>
<body style="background:#111;color:#eee;font:16px system-ui;padding:2em">
<pre id="podium-error">${escapeHtml(e.message)}</pre>
<script type="module">
import { ErrorOverlay } from '/@vite/client';
document.body.appendChild(new ErrorOverlay(${payload}));
</script>
<script type="module" src="${DEV_CLIENT}"></script>
</body></html>`;
}
