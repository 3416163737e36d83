/** The little of Markdown the pages and their test need: headings' anchors and relative links. */

/** GitHub's anchor of a heading: lower case, punctuation dropped, each space a hyphen. */
export function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*]/g, "")
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "");
}

/** A page's headings by anchor. */
export function headingsOf(markdown: string): Map<string, string> {
  return new Map([...withoutCodeBlocks(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((m) => [slugOf(m[1]), m[1].trim()]));
}

/** A page's relative links (code and inline code left out). */
export function relativeLinksOf(markdown: string): string[] {
  const text = withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link));
}
