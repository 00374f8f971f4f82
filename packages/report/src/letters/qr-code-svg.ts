/**
 * QR code as SVG text (qrcode 1.5.4), error correction level M (15 % damage tolerated), no quiet zone:
 * the letter leaves white space around it.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  // Loaded on first use, so the server starts without it.
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
}
