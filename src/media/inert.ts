// A second line of defence for the SVG strings inlined into every output: mermaid sanitises its labels
// (securityLevel 'strict') and vega escapes its text, but whatever reaches the page must not be able to
// run script. Removes script elements, and inside tags event-handler attributes and script/data URLs.
export function inertSvg(svg: string): string {
  return svg
    .replace(/<script\b[\s\S]*?(<\/script\s*>|$)/gi, '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag
      .replace(/\s(on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
      .replace(/\s((?:xlink:)?href)\s*=\s*("\s*(?:javascript|vbscript|data):[^"]*"|'\s*(?:javascript|vbscript|data):[^']*')/gi, ''));
}
