// The PDF outline (bookmarks), written by Podium rather than derived by Chromium from the tagged headings:
// exactly one entry per slide, at the slide's first page — title, section and closing slides at the top
// level, every other slide under the section before it. Used by the slides PDF and the handout alike.
export interface Bookmark { title: string; page: number; top: boolean }

interface Node { title: string; page: number; kids: Node[] }

function tree(marks: Bookmark[]): Node[] {
  const roots: Node[] = [];
  let parent: Node | undefined;
  for (const m of marks) {
    const node: Node = { title: m.title, page: m.page, kids: [] };
    if (m.top || !parent) { roots.push(node); parent = m.top ? node : parent; } else parent.kids.push(node);
  }
  return roots;
}

/** The outline's objects, numbered from `first`; returns them and the number of the /Outlines dictionary. */
export function outlineObjects(marks: Bookmark[], pages: number[], first: number, text: (s: string) => string): { objects: [number, string][]; root: number } {
  const objects: [number, string][] = [];
  const root = first;
  let next = first + 1;
  const write = (nodes: Node[], parent: number): { first: number; last: number; count: number } => {
    const nums = nodes.map(() => next++);
    let count = nodes.length;
    nodes.forEach((n, i) => {
      const pageRef = pages[Math.min(n.page, pages.length - 1)];
      const entries = [`/Title ${text(n.title)}`, `/Parent ${parent} 0 R`, `/Dest [${pageRef} 0 R /Fit]`];
      if (i > 0) entries.push(`/Prev ${nums[i - 1]} 0 R`);
      if (i < nums.length - 1) entries.push(`/Next ${nums[i + 1]} 0 R`);
      if (n.kids.length) {
        const k = write(n.kids, nums[i]!);
        entries.push(`/First ${k.first} 0 R`, `/Last ${k.last} 0 R`, `/Count ${k.count}`); // open: children shown
        count += k.count;
      }
      objects.push([nums[i]!, `<<${entries.join(' ')}>>`]);
    });
    return { first: nums[0]!, last: nums[nums.length - 1]!, count };
  };
  const roots = tree(marks);
  if (!roots.length) { objects.push([root, '<</Type /Outlines /Count 0>>']); return { objects, root }; }
  const top = write(roots, root);
  objects.push([root, `<</Type /Outlines /First ${top.first} 0 R /Last ${top.last} 0 R /Count ${top.count}>>`]);
  return { objects, root };
}
