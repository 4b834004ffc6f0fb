import { describe, expect, it } from 'vitest';
import { materialSheetSpec } from '../../src/lib/graphics/material-sheet';

describe('materialSheetSpec', () => {
  const spec = materialSheetSpec({
    lang: 'lo',
    title: 'ລາຍການກວດສອບ',
    description: 'ສິ່ງທີ່ຕ້ອງເຮັດ ກ່ອນໄປເຮັດວຽກຕ່າງປະເທດ.',
    body: '## ເອກະສານຂອງທ່ານ\n\n- ເຮັດໜັງສືຜ່ານແດນ **ຂອງຕົນເອງ**.\n- ເອົາສັນຍາ\n  ເປັນລາຍລັກອັກສອນ.\n\nໂທ [1554](tel:1554).',
    helpLines: [{ number: '1554', label: 'ສາຍດ່ວນ' }],
    url: 'https://example.org/lo/materials/checklist/',
  });

  it('keeps the title, puts the summary first and each heading, paragraph and list item on its own line, unwrapped', () => {
    expect(spec.title).toBe('ລາຍການກວດສອບ');
    expect(spec.body).toEqual([
      'ສິ່ງທີ່ຕ້ອງເຮັດ ກ່ອນໄປເຮັດວຽກຕ່າງປະເທດ.',
      'ເອກະສານຂອງທ່ານ',
      '• ເຮັດໜັງສືຜ່ານແດນ ຂອງຕົນເອງ.',
      '• ເອົາສັນຍາ ເປັນລາຍລັກອັກສອນ.',
      'ໂທ 1554.',
    ]);
  });

  it('carries the language, the help lines and a QR code back to the page', () => {
    expect(spec.lang).toBe('lo');
    expect(spec.helpLines).toEqual([{ number: '1554', label: 'ສາຍດ່ວນ' }]);
    expect(spec.qr).toEqual({ url: 'https://example.org/lo/materials/checklist/' });
  });
});
