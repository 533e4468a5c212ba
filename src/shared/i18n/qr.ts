import type { CatalogSet } from './interpolate';
import { qrEn } from './qr-en';
import { qrNl } from './qr-nl';
import { qrNlInformal } from './qr-nl-informal';

/**
 * "Send to phone": a QR code beside a message. Placeholders: `{what}` names the message ("X post",
 * "support request"), `{business}` the owner's business, `{network}` where it is posted.
 */
export interface QrTexts {
  show: string;
  hide: string;
  /** The code's accessible name: what it holds and for whom. */
  codeLabel: string;
  /** The code's accessible name without a business name in the profile yet. */
  codeLabelPlain: string;
  scanAppLink: string;
  scanPlainText: string;
  scanLinkOnly: string;
  scanShortened: string;
  tooLong: string;
  markSent: string;
  markedSent: string;
}

export const qrTexts: CatalogSet<QrTexts> = { en: qrEn, nl: qrNl, nlInformal: qrNlInformal };
