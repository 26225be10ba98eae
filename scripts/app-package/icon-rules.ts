import { decodePng } from './png';

/** Teams' icon rules: colour 192×192, outline 32×32 with only white and transparent pixels. Returns what breaks them. */
export function iconProblems(color: Uint8Array, outline: Uint8Array): string[] {
  const problems: string[] = [];
  const colorIcon = decodePng(color);
  if (colorIcon.width !== 192 || colorIcon.height !== 192) {
    problems.push(`color.png is ${colorIcon.width}×${colorIcon.height}, must be 192×192`);
  }
  const outlineIcon = decodePng(outline);
  if (outlineIcon.width !== 32 || outlineIcon.height !== 32) {
    problems.push(`outline.png is ${outlineIcon.width}×${outlineIcon.height}, must be 32×32`);
  }
  const offending = nonWhiteOpaquePixels(outlineIcon.pixels);
  if (offending > 0)
    problems.push(`outline.png has ${offending} pixels that are neither white nor fully transparent`);
  if (outlineIcon.colorType !== 6)
    problems.push('outline.png has no alpha channel, so its background cannot be transparent');
  return problems;
}

/** Pixels with some opacity whose colour is not pure white. */
export function nonWhiteOpaquePixels(rgba: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] !== 0 && (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255)) count++;
  }
  return count;
}
