import type { JourneyDocument } from '../src/model/types.js';

/**
 * A short right-to-left sample: renewing a passport, in Hebrew (`locale: "he"`), so the RTL stories
 * show a real right-to-left language rather than English or Russian under `dir="rtl"`.
 */
export const passportJourneyHe: JourneyDocument = {
  schemaVersion: 1,
  title: 'חידוש דרכון',
  goal: 'לקבל דרכון חדש לפני הטיסה, בלי לחזור ללשכה פעמיים',
  locale: 'he',
  state: 'current',
  scale: { min: -2, max: 2, labels: { '-2': 'כועס', '0': 'ניטרלי', '2': 'מרוצה' } },
  personas: [{ id: 'noa', name: 'נועה לוי', role: 'מורה, טסה בעוד חודש' }],
  channels: [
    { id: 'web', label: 'אתר', icon: 'website' },
    { id: 'office', label: 'לשכה', icon: 'store' },
  ],
  stages: [
    {
      id: 'prepare',
      title: 'הכנה',
      steps: [
        {
          id: 'book',
          title: 'קובעת תור',
          actions: ['נכנסת לאתר וקובעת תור ללשכה'],
          touchpoints: [{ channel: 'web', text: 'זימון תורים' }],
          emotion: -1,
          painPoints: [{ text: 'התור הפנוי הראשון בעוד שלושה שבועות', category: 'process', severity: 4 }],
        },
        {
          id: 'documents',
          title: 'מכינה מסמכים',
          actions: ['מצלמת תמונה', 'משלמת אגרה באתר'],
          thoughts: ['האם התמונה תתאים?'],
          emotion: 0,
        },
      ],
    },
    {
      id: 'visit',
      title: 'ביקור בלשכה',
      steps: [
        {
          id: 'office',
          title: 'מגיעה ללשכה',
          actions: ['מחכה בתור ומגישה את הבקשה'],
          touchpoints: [{ channel: 'office', text: 'פקיד בלשכה' }],
          emotion: 1,
          momentOfTruth: true,
          opportunities: [{ text: 'תזכורת במסרון יום לפני התור', impact: 'high', effort: 'low', owner: 'שירות' }],
        },
        {
          id: 'receive',
          title: 'מקבלת דרכון',
          actions: ['מקבלת את הדרכון בדואר'],
          emotion: 2,
        },
      ],
    },
  ],
};
