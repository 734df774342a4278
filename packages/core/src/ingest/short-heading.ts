/**
 * A heading of a few words and no sentence (南京市, 无锡市人大, 一、主要做法), which the Word and web page readers mark
 * `## ` as a Markdown heading is: the splitter then takes a city it names for the start of that city's part, where a
 * compilation's headings carry no 一、 or 南京市：.
 */
export function markedHeading(text: string): string | null {
  const words = text.replace(/\s+/g, '');
  return words.length > 0 && words.length <= 12 && !/[。！？；，,.!?;]/.test(words)
    ? `## ${text.trim()}`
    : null;
}
