// The reader's words: a sentence cut into words and the spaces between them, each with its
// offset in the source's text, so that what is shown maps back to exact offsets.
export type ReaderSentence = { index: number; start: number; end: number; paragraph: number; kind: string; citable: boolean };
export type ReaderSource = {
  id: string;
  title: string;
  text: string;
  sentences: ReaderSentence[];
  relatedLinks: { title: string; start: number | null; end: number | null }[];
};

export type Token = { start: number; end: number; text: string; word: boolean };

export function tokenise(text: string, sentence: { start: number; end: number }): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(/\S+|\s+/g)) {
    const start = sentence.start + match.index;
    tokens.push({ start, end: start + match[0].length, text: match[0], word: /\S/.test(match[0]) });
  }
  return tokens;
}
