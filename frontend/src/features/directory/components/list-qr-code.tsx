import { Paragraph } from '@utrecht/component-library-react';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/**
 * The waiting-room list's way on: a QR code and the written address of the same search online, where times are
 * always current and each group shows its contact route. Drawn in the browser; the address goes nowhere else.
 */
export function ListQrCode({ url }: { url: string }) {
  const image = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    return code.createDataURL(4, 2);
  }, [url]);
  return (
    <div className="zhw-print-list__qr">
      <img src={image} alt="QR-code naar deze lijst op de Zelfhulpwijzer" width={132} height={132} />
      <Paragraph>
        Scan de code met uw telefoon. Dan ziet u deze groepen op de Zelfhulpwijzer, met de nieuwste tijden en hoe u
        contact opneemt met de groep. Of typ: <span className="zhw-print-list__url">{url}</span>
      </Paragraph>
    </div>
  );
}
