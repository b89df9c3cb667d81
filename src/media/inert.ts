// A second line of defence for the SVG strings inlined into every output: mermaid sanitises its labels
// (securityLevel 'strict') and vega escapes its text, but whatever reaches the page must not be able to
// run script. Removes script elements, event-handler attributes and script/data URLs in links; attribute
// values are read whole, so text that merely mentions "onclick=" stays as it is.
const ATTR = /(\s+)([^\s=>/]+)(\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

export function inertSvg(svg: string): string {
  return svg
    .replace(/<script\b[\s\S]*?(<\/script\s*>|$)/gi, '')
    .replace(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)(\s*\/?>)/g, (_m, name: string, attrs: string, end: string) => {
      const kept = attrs.replace(ATTR, (a, _sp, attr: string, _v, quoted?: string) => {
        const value = quoted?.replace(/^["']|["']$/g, '') ?? '';
        if (/^on/i.test(attr)) return '';
        if (/(^|:)href$/i.test(attr) && SCRIPT_URL.test(value)) return '';
        return a;
      });
      return `<${name}${kept}${end}`;
    });
}
