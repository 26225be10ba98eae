import type { RgbaImage } from './png';

/** The app's accent colour, also the colour icon's background and the manifest's accentColor. */
export const ACCENT_COLOR = '#4F52B2';

const SUBSAMPLES = 4;

interface Mark {
  /** Circle centres and radius, in pixels of the target image. */
  centres: [number, number][];
  radius: number;
}

/** Three overlapping circles on an equilateral triangle: a pod of peers. */
function threeCircles(cx: number, cy: number, spread: number, radius: number): Mark {
  const centres = [-90, 30, 150].map((deg): [number, number] => {
    const a = (deg * Math.PI) / 180;
    return [cx + spread * Math.cos(a), cy + spread * Math.sin(a)];
  });
  return { centres, radius };
}

/** 192×192 colour icon: translucent white circles on the accent colour, symbol inside the central 96×96-ish area. */
export function drawColorIcon(size = 192): RgbaImage {
  const mark = threeCircles(size / 2, size / 2 + size * 0.03, size * 0.11, size * 0.155);
  const [r, g, b] = hexRgb(ACCENT_COLOR);
  return render(size, (x, y) => {
    const inside = mark.centres.filter(([mx, my]) => Math.hypot(x - mx, y - my) <= mark.radius).length;
    // Each circle lets 45% white through, so overlaps (shared ground) read brighter.
    const white = 1 - Math.pow(0.55, inside);
    return [r + (255 - r) * white, g + (255 - g) * white, b + (255 - b) * white, 255];
  });
}

/** 32×32 outline icon: white rings on a transparent background (Teams' rule for the outline icon). */
export function drawOutlineIcon(size = 32): RgbaImage {
  const mark = threeCircles(size / 2, size / 2 + 1, size * 0.16, size * 0.22);
  const stroke = size / 16;
  return render(size, (x, y) => {
    const onRing = mark.centres.some(
      ([mx, my]) => Math.abs(Math.hypot(x - mx, y - my) - mark.radius) <= stroke / 2,
    );
    return onRing ? [255, 255, 255, 255] : [255, 255, 255, 0];
  });
}

/** Renders with SUBSAMPLES² samples per pixel; alpha is averaged, colour averaged over covered samples only. */
function render(size: number, sample: (x: number, y: number) => [number, number, number, number]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let i = 0; i < n; i++) {
        const [sr, sg, sb, sa] = sample(
          px + ((i % SUBSAMPLES) + 0.5) / SUBSAMPLES,
          py + (Math.floor(i / SUBSAMPLES) + 0.5) / SUBSAMPLES,
        );
        sum[0]! += sr * sa;
        sum[1]! += sg * sa;
        sum[2]! += sb * sa;
        sum[3]! += sa;
      }
      const alpha = sum[3]! / n;
      const at = (py * size + px) * 4;
      // Fully transparent pixels are stored as transparent white, so the outline icon holds no other colour at all.
      for (let c = 0; c < 3; c++) pixels[at + c] = alpha === 0 ? 255 : Math.round(sum[c]! / sum[3]!);
      pixels[at + 3] = Math.round(alpha);
    }
  }
  return { width: size, height: size, pixels };
}

function hexRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
