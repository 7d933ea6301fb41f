// Browser-only helpers that save a figure: a Blob as a file, an SVG (or a grid of SVGs) as a PNG.
// Shared by the SPC charts (chart-downloads.tsx) and the dashboards (components/dashboards).

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const SCALE = 2;
const TITLE_HEIGHT = 36;
const SUBTITLE_LINE = 18;
const INK = "#0f172a";

/**
 * An SVG as an image of the given size: the SVG is cloned with its fonts written out (the page's
 * CSS does not travel with it), so it must carry its colours as attributes.
 */
export async function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("font-family", style.fontFamily);
  clone.setAttribute("font-size", style.fontSize);
  const source = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("svg image"));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  });
  return image;
}

/** The words of `text` in lines no wider than `maxWidth` in the context's current font. */
function wrapLines(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut with an ellipsis to fit `maxWidth` (a long team name above a small tile). */
function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && context.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}

const SUBTITLE_FONT = (fontFamily: string) => `400 13px ${fontFamily}`;

/** A white canvas at twice the size with the title (and the subtitle, wrapped) written at the top. */
function titledCanvas(width: number, height: number, fontFamily: string, title: string, subtitle?: string) {
  const measure = document.createElement("canvas").getContext("2d");
  if (!measure) throw new Error("canvas");
  measure.font = SUBTITLE_FONT(fontFamily);
  const subtitleLines = subtitle ? wrapLines(measure, subtitle, width - 24) : [];
  const header = TITLE_HEIGHT + subtitleLines.length * SUBTITLE_LINE + (subtitleLines.length > 0 ? 8 : 0);
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil((height + header) * SCALE);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("canvas");
  context.scale(SCALE, SCALE);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height + header);
  context.fillStyle = INK;
  context.font = `600 16px ${fontFamily}`;
  context.fillText(title, 12, 24, width - 24);
  context.font = SUBTITLE_FONT(fontFamily);
  subtitleLines.forEach((line, i) => context.fillText(line, 12, TITLE_HEIGHT + 10 + i * SUBTITLE_LINE));
  return { canvas, context, header };
}

function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("toBlob"))), "image/png"));
}

/** The SVG as a PNG at twice its on-screen size on white, with the title above it. */
export async function svgToPng(svg: SVGSVGElement, title: string, subtitle?: string): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const image = await svgImage(svg, width, height);
  const { canvas, context, header } = titledCanvas(width, height, getComputedStyle(svg).fontFamily, title, subtitle);
  context.drawImage(image, 0, header, width, height);
  return canvasPng(canvas);
}

export interface PngTile {
  svg: SVGSVGElement;
  /** Written above the drawing (e.g. the team's name). */
  title: string;
  /** Written below the drawing (e.g. the verdict in words). */
  caption: string;
}

/** Many small SVGs as one PNG: a grid of `columns` tiles, each with its title above and caption below. */
export async function tilesToPng(tiles: readonly PngTile[], options: { title: string; subtitle?: string; columns: number; tileWidth?: number }): Promise<Blob> {
  if (tiles.length === 0) throw new Error("no tiles");
  const tileWidth = options.tileWidth ?? 220;
  const box = tiles[0].svg.viewBox.baseVal;
  const tileHeight = box && box.width > 0 ? Math.round((tileWidth * box.height) / box.width) : Math.round(tileWidth / 2);
  const gap = 16;
  const line = 18;
  const columns = Math.max(1, Math.min(options.columns, tiles.length));
  const rows = Math.ceil(tiles.length / columns);
  const cellHeight = line + tileHeight + line;
  const width = gap + columns * (tileWidth + gap);
  const height = rows * (cellHeight + gap) + gap;
  const fontFamily = getComputedStyle(tiles[0].svg).fontFamily;
  const { canvas, context, header } = titledCanvas(width, height, fontFamily, options.title, options.subtitle);
  const images = await Promise.all(tiles.map((tile) => svgImage(tile.svg, tileWidth, tileHeight)));
  tiles.forEach((tile, i) => {
    const x = gap + (i % columns) * (tileWidth + gap);
    const y = header + gap + Math.floor(i / columns) * (cellHeight + gap);
    context.fillStyle = INK;
    context.font = `600 13px ${fontFamily}`;
    context.fillText(fitText(context, tile.title, tileWidth), x, y + 13);
    context.drawImage(images[i], x, y + line, tileWidth, tileHeight);
    context.font = `400 12px ${fontFamily}`;
    context.fillText(fitText(context, tile.caption, tileWidth), x, y + line + tileHeight + 14);
  });
  return canvasPng(canvas);
}
