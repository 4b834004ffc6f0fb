/** Strings of the videos area: gallery, video pages and the click-to-load player. */
import { defineStrings } from '../define-strings';

export default defineStrings({
  en: {
    'videos.title': 'Videos',
    'videos.intro':
      'Short videos on staying safe from human trafficking and violence, each with a transcript you can read instead. Nothing loads from YouTube or Facebook until you press play.',
    'videos.empty': 'No videos are published yet. They will appear here as soon as they are.',
    'videos.emptyLink': 'Read about the programme and its campaigns',
    'videos.campaignEmpty': 'Videos from this campaign will appear here when they are published.',
    'videos.other': 'More videos',
    'videos.all': 'All videos',
    // The button shows playShort; its accessible name (play) must begin with those same words.
    'videos.playShort': 'Play video',
    'videos.play': 'Play video: {title}',
    'videos.player': 'Video player: {title}',
    'videos.length': 'Length',
    'videos.dataNote': 'Playing loads the video from {host} and uses your mobile data.',
    'videos.dataNoteFile': 'Playing the video uses your mobile data.',
    'videos.watchOn': 'Watch on {host} (leaves this site)',
    'videos.download': 'Download the video',
    'videos.transcript': 'Transcript',
    'videos.readTranscript': 'Read the transcript',
    'videos.captions': 'Captions: {languages}',
    'videos.lang.lo': 'Lao',
    'videos.lang.en': 'English',
    'videos.draft': 'Draft: not published',
  },
  lo: {
    'videos.title': 'ວິດີໂອ',
    'videos.intro':
      'ວິດີໂອສັ້ນໆ ກ່ຽວກັບການຮັກສາຕົວໃຫ້ປອດໄພ ຈາກການຄ້າມະນຸດ ແລະ ຄວາມຮຸນແຮງ. ທຸກວິດີໂອມີບົດຖອດຄວາມ ໃຫ້ອ່ານແທນໄດ້. ບໍ່ມີຫຍັງໂຫຼດມາຈາກ YouTube ຫຼື Facebook ຈົນກວ່າທ່ານຈະກົດເບິ່ງ.',
    'videos.empty': 'ຍັງບໍ່ມີວິດີໂອເຜີຍແຜ່ເທື່ອ. ວິດີໂອຈະສະແດງຢູ່ບ່ອນນີ້ ທັນທີທີ່ເຜີຍແຜ່.',
    'videos.emptyLink': 'ອ່ານກ່ຽວກັບໂຄງການ ແລະ ແຄມເປນຂອງໂຄງການ',
    'videos.campaignEmpty': 'ວິດີໂອຈາກແຄມເປນນີ້ ຈະສະແດງຢູ່ບ່ອນນີ້ ເມື່ອເຜີຍແຜ່ແລ້ວ.',
    'videos.other': 'ວິດີໂອອື່ນໆ',
    'videos.all': 'ວິດີໂອທັງໝົດ',
    'videos.playShort': 'ເບິ່ງວິດີໂອ',
    'videos.play': 'ເບິ່ງວິດີໂອ: {title}',
    'videos.player': 'ເຄື່ອງຫຼິ້ນວິດີໂອ: {title}',
    'videos.length': 'ຄວາມຍາວ',
    'videos.dataNote': 'ເມື່ອກົດເບິ່ງ, ວິດີໂອຈະໂຫຼດມາຈາກ {host} ແລະ ຈະໃຊ້ອິນເຕີເນັດມືຖືຂອງທ່ານ.',
    'videos.dataNoteFile': 'ການເບິ່ງວິດີໂອ ຈະໃຊ້ອິນເຕີເນັດມືຖືຂອງທ່ານ.',
    'videos.watchOn': 'ເບິ່ງໃນ {host} (ອອກຈາກເວັບໄຊນີ້)',
    'videos.download': 'ດາວໂຫຼດວິດີໂອ',
    'videos.transcript': 'ບົດຖອດຄວາມ',
    'videos.readTranscript': 'ອ່ານບົດຖອດຄວາມ',
    'videos.captions': 'ຄຳບັນຍາຍ: {languages}',
    'videos.lang.lo': 'ລາວ',
    'videos.lang.en': 'ອັງກິດ',
    'videos.draft': 'ສະບັບຮ່າງ: ຍັງບໍ່ເຜີຍແຜ່',
  },
});
