import { Document, Footer, Header, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';

/**
 * The report as a Word document, made from the report as it is printed: the page's own
 * elements, so the file says what the page says, in the same order, with headings as Word
 * headings, lists as lists and tables as tables. Loaded only when a manager asks for the file.
 *
 * What is left out is what paper leaves out (`.no-print`: buttons, inputs, links to change an
 * answer), screen-reader-only text, the bars of the readiness chart (its levels are in words
 * beside them), and anything marked `data-word="skip"` (a repetition paper needs and Word does
 * not). What only paper shows (`.print-only`: the owners and dates typed in the action plan)
 * is kept.
 */

const HEADINGS = { H1: HeadingLevel.TITLE, H2: HeadingLevel.HEADING_1, H3: HeadingLevel.HEADING_2, H4: HeadingLevel.HEADING_3 } as const;
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'HEADER', 'UL', 'OL', 'LI', 'TABLE', 'DL', 'DT', 'DD', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'CAPTION']);

function skipped(element: Element): boolean {
  return element.matches('.no-print, .usa-sr-only, [data-word="skip"], [aria-hidden="true"], svg, input, button, script, style');
}

/** The text runs of an element's inline content; bold where the page is bold. */
function runsOf(node: Node, bold = false): TextRun[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ');
    return text === '' ? [] : [new TextRun({ text, bold })];
  }
  if (!(node instanceof Element) || skipped(node)) return [];
  if (node.tagName === 'BR') return [new TextRun({ text: '', break: 1 })];
  const strong = bold || node.tagName === 'STRONG' || node.tagName === 'B' || node.tagName === 'TH' || node.tagName === 'DT';
  return [...node.childNodes].flatMap((child) => runsOf(child, strong));
}

function hasBlocks(element: Element): boolean {
  return [...element.children].some((child) => !skipped(child) && BLOCKS.has(child.tagName));
}

function textOf(element: Element): string {
  return [...element.childNodes]
    .map((child) => (child.nodeType === Node.TEXT_NODE ? (child.textContent ?? '') : child instanceof Element && !skipped(child) ? textOf(child) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A paragraph of an element's inline content, or nothing when it holds no text. */
function paragraph(element: Element, options: { heading?: (typeof HEADINGS)[keyof typeof HEADINGS]; bullet?: boolean; prefix?: string } = {}): Paragraph[] {
  if (textOf(element) === '') return [];
  const runs = runsOf(element);
  return [
    new Paragraph({
      ...(options.heading ? { heading: options.heading } : {}),
      ...(options.bullet ? { bullet: { level: 0 } } : {}),
      children: options.prefix ? [new TextRun(options.prefix), ...runs] : runs,
    }),
  ];
}

function table(element: HTMLTableElement): FileChild[] {
  const rows = [...element.rows].filter((row) => !skipped(row));
  const caption = element.caption ? blocksOf(element.caption) : [];
  if (rows.length === 0) return caption;
  const width = Math.max(...rows.map((row) => [...row.cells].filter((cell) => !skipped(cell)).length));
  const wordRows = rows.map(
    (row) =>
      new TableRow({
        tableHeader: row.parentElement?.tagName === 'THEAD',
        cantSplit: true,
        children: [...row.cells]
          .filter((cell) => !skipped(cell))
          .map((cell) => {
            const children = blocksOf(cell).filter((child): child is Paragraph | Table => child instanceof Paragraph || child instanceof Table);
            return new TableCell({ children: children.length > 0 ? children : [new Paragraph('')] });
          }),
      }),
  );
  return [...caption, new Table({ rows: wordRows, width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: Array.from({ length: width }, () => Math.floor(9000 / width)) })];
}

/**
 * The blocks of an element's content: each run of inline content (text, links, bold) a
 * paragraph, each block child its own blocks. `first` decorates the first paragraph (a list
 * item's bullet or number).
 */
function contentOf(element: Element, first: { bullet?: boolean; prefix?: string } = {}): FileChild[] {
  const blocks: FileChild[] = [];
  let inline = document.createElement('span');
  const flush = () => {
    blocks.push(...paragraph(inline, blocks.length === 0 ? first : {}));
    inline = document.createElement('span');
  };
  for (const child of element.childNodes) {
    if (child instanceof Element && BLOCKS.has(child.tagName)) {
      flush();
      blocks.push(...blocksOf(child));
    } else {
      inline.append(child.cloneNode(true));
    }
  }
  flush();
  return blocks;
}

function list(element: Element): FileChild[] {
  const ordered = element.tagName === 'OL';
  return [...element.children].filter((item) => item.tagName === 'LI' && !skipped(item)).flatMap((item, index) => contentOf(item, ordered ? { prefix: `${index + 1}. ` } : { bullet: true }));
}

/** The Word blocks for an element of the printed report, in order. */
function blocksOf(element: Element): FileChild[] {
  if (skipped(element)) return [];
  const heading = HEADINGS[element.tagName as keyof typeof HEADINGS];
  if (heading) return paragraph(element, { heading });
  if (element instanceof HTMLTableElement) return table(element);
  if (element.tagName === 'UL' || element.tagName === 'OL') return list(element);
  // DT and TH are bold as a whole: their runs say so (runsOf).
  if (!hasBlocks(element)) return paragraph(element);
  const blocks = contentOf(element);
  // The first page on its own, as on paper.
  return element.classList.contains('app-glance') ? [...blocks, new Paragraph({ children: [new PageBreak()] })] : blocks;
}

/** The report on the page (`root`) as a .docx file, with `header` at the top of every page. */
export async function wordFileOf(root: Element, header: string, footer: string): Promise<Blob> {
  const file = new Document({
    creator: footer,
    title: header,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: header, size: 16 })] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: [`${footer} · Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })] }),
        },
        children: blocksOf(root),
      },
    ],
  });
  return Packer.toBlob(file);
}
