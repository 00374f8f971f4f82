/**
 * QR code as SVG text (qrcode 1.5.4), error correction level M (15 % damage tolerated), no quiet zone:
 * the letter leaves white space around it.
 */
import QRCode from 'qrcode';

export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
}
