/** Strings of reader safety: the quick exit, content warnings and the help-line list. */
import { defineStrings } from '../define-strings';

export default defineStrings({
  en: {
    'safety.bar.label': 'Safety',
    'safety.exit.label': 'Exit this page',
    'safety.exit.pressTwoMore': 'Shift: press 2 more times to exit.',
    'safety.exit.pressOneMore': 'Shift: press 1 more time to exit.',
    'safety.exit.timedOut': 'Exit stopped. To leave, press Shift 3 times quickly.',
    'safety.exit.leaving': 'Leaving this page…',
    'safety.cw.title': 'Content warning',
    'safety.cw.continue': 'Continue reading',
    'safety.cw.hide': 'Hide the text again',
    'safety.cw.leave': 'Not now: go to the home page',
    'safety.help.hours': 'Hours',
    'safety.help.cost': 'Cost',
    'safety.help.languages': 'Languages',
  },
  lo: {
    'safety.bar.label': 'ຄວາມປອດໄພ',
    'safety.exit.label': 'ອອກຈາກໜ້ານີ້',
    'safety.exit.pressTwoMore': 'Shift: ກົດອີກ 2 ເທື່ອ ເພື່ອອອກ.',
    'safety.exit.pressOneMore': 'Shift: ກົດອີກ 1 ເທື່ອ ເພື່ອອອກ.',
    'safety.exit.timedOut': 'ຍົກເລີກການອອກແລ້ວ. ຖ້າຢາກອອກ, ໃຫ້ກົດ Shift 3 ເທື່ອໄວໆ.',
    'safety.exit.leaving': 'ກຳລັງອອກຈາກໜ້ານີ້…',
    'safety.cw.title': 'ຄຳເຕືອນກ່ອນອ່ານ',
    'safety.cw.continue': 'ອ່ານຕໍ່',
    'safety.cw.hide': 'ເຊື່ອງເນື້ອຫາຄືນ',
    'safety.cw.leave': 'ຍັງບໍ່ອ່ານຕອນນີ້: ກັບໄປໜ້າຫຼັກ',
    'safety.help.hours': 'ເວລາ',
    'safety.help.cost': 'ຄ່າໂທ',
    'safety.help.languages': 'ພາສາ',
  },
});
