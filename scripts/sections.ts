// A generated section of a hand-written Markdown page, between a begin and an end marker.

/** `text` with the section between `begin` and `end` (markers included) replaced; undefined when absent. */
export function replaceSection(
  text: string,
  begin: string,
  end: string,
  section: string,
): string | undefined {
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  return from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : undefined;
}
