import type { QrTexts } from './qr';

export const qrEn: QrTexts = {
  show: 'Send to phone',
  hide: 'Hide the code',
  codeLabel: 'QR code: {what} for {business}',
  codeLabelPlain: 'QR code: {what}',
  scanAppLink:
    "Point your phone's camera at the code and tap the link it shows. {network} opens with the message filled in: read it once more and post it.",
  scanPlainText:
    "Point your phone's camera at the code and copy the text it shows. Then open {network} on your phone and paste it.",
  scanLinkOnly:
    'This message is too long for a code your phone can read, so the code holds only the link. Copy the full text here on this computer, or make it shorter.',
  scanShortened:
    'This e-mail is too long for a code your phone can read, so the code opens it with only its first lines. Send the full e-mail from this computer if you can.',
  tooLong:
    'This message is too long for a code your phone can read. Copy it here on this computer, or make it shorter and try again.',
  markSent: 'I posted it from my phone',
  markedSent: 'Noted: sent from your phone. You can see it in the timeline.',
};
