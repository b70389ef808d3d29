import QRCode from 'qrcode';

/** An inline SVG QR code for a URL, made at build time (no client script). */
export async function urlToQrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
