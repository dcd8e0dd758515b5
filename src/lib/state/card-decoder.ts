/**
 * Reads every QR code in a video frame. The browser's own BarcodeDetector where it has one that
 * reads QR codes (Android Chrome, ChromeOS, macOS); elsewhere (iPad Safari, Firefox, Chromium on
 * Linux and Windows) the `barcode-detector` ponyfill, ZXing compiled to WebAssembly. Both load
 * only when scanning starts: neither is part of any page's first load.
 */
export interface CardDecoder {
  /** The texts of the QR codes in the frame, in the order found. */
  detect(frame: ImageBitmapSource): Promise<string[]>;
  /** 'native' or 'zxing', for the bench and for bug reports. */
  readonly kind: 'native' | 'zxing';
}

interface DetectorLike {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** Loads the decoder; the first call on a device without a native detector fetches the WebAssembly. */
export async function loadCardDecoder(): Promise<CardDecoder> {
  const native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
    return wrap(new native({ formats: ['qr_code'] }), 'native');
  }
  const { createZxingDetector } = await import('./card-decoder-zxing');
  return wrap(await createZxingDetector(), 'zxing');
}

function wrap(detector: DetectorLike, kind: CardDecoder['kind']): CardDecoder {
  return { kind, detect: async (frame) => (await detector.detect(frame)).map((code) => code.rawValue) };
}
