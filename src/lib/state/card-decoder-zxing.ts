import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
// Vite copies the file into the build under a hashed name, so Tessera serves it from its own
// origin and the service worker precaches it with the rest of the build (no CDN: the ponyfill's
// default is jsDelivr, which the CSP forbids and a workshop room without network cannot reach).
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/**
 * The ZXing detector, its WebAssembly compiled before the first frame (so the first frame is not
 * slow, and a missing file fails here, where it can be told, not on every frame). Compiling needs
 * `'wasm-unsafe-eval'` in the CSP's script-src (see README, "Content Security Policy").
 */
export async function createZxingDetector(): Promise<BarcodeDetector> {
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
    fireImmediately: true
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}
