import { create } from 'qrcode';
import { useMemo } from 'react';
import { QR_ERROR_CORRECTION, QR_QUIET_ZONE_MODULES, qrSizePx } from '../../shared/messages/qr-payload';

/** Black on white whatever the theme: phone scanners look for dark modules on a light ground. */
const DARK = '#000000';
const LIGHT = '#ffffff';

/** One path for all dark modules, a rectangle per horizontal run: a few kB of SVG, crisp at any zoom. */
function darkModulesPath(modules: { size: number; data: ArrayLike<number> }): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.data[row * modules.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.data[row * modules.size + col]) col++;
      parts.push(
        `M${start + QR_QUIET_ZONE_MODULES} ${row + QR_QUIET_ZONE_MODULES}h${col - start}v1h-${col - start}z`,
      );
    }
  }
  return parts.join('');
}

/**
 * A QR code drawn as SVG from the `qrcode` encoder's modules, with its quiet zone, at least 240 px and 3 px
 * a module. `data` must fit (see qrPayloadFor); `label` says what it holds, for screen readers.
 */
export function QrCode({ data, label }: { data: string; label: string }) {
  const code = useMemo(() => {
    const { modules, version } = create(data, { errorCorrectionLevel: QR_ERROR_CORRECTION });
    return { side: modules.size + 2 * QR_QUIET_ZONE_MODULES, path: darkModulesPath(modules), version };
  }, [data]);
  const size = qrSizePx(code.side - 2 * QR_QUIET_ZONE_MODULES);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${code.side} ${code.side}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      data-qr-version={code.version}
    >
      <rect width={code.side} height={code.side} fill={LIGHT} />
      <path d={code.path} fill={DARK} />
    </svg>
  );
}
