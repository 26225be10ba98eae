import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './app-package/peerpods-mark';
import { encodePng } from './app-package/png';

/** Writes appPackage/color.png (192×192) and appPackage/outline.png (32×32); deterministic, so the committed files match. */
const dir = join(import.meta.dirname, '..', 'appPackage');
writeFileSync(join(dir, 'color.png'), encodePng(drawColorIcon()));
writeFileSync(join(dir, 'outline.png'), encodePng(drawOutlineIcon()));
console.log(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);
