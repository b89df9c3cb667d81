// Text cut to a few words, for bookmarks and labels. Pure, and free of Markdown (no parser to load).

/** The first `words` words of a text, with an ellipsis when there were more. */
export function firstWords(text: string, words = 7): string {
  const list = text.split(/\s+/).filter(Boolean);
  return list.length > words ? `${list.slice(0, words).join(' ')}…` : list.join(' ');
}
