import type { GlossaryEntry } from '../types';

/**
 * Everyday symptoms patients search for in their own words (issue #20, item 5; UX review
 * 12b, M7): fatigue, brain fog and sleep on steroids. "Fatigue", "tiredness", "brain fog"
 * and "insomnia" are everyday English and mean many other things on ordinary pages, so they
 * are search-only aliases: the popup finds these cards for them, and only phrases that are
 * about myositis or steroids are painted on pages. Every fact was checked on 2026-12-06
 * against the sources each entry lists.
 */

const REVIEWED = '2026-12-06';

const HSS_FATIGUE = {
  publisher: 'Hospital for Special Surgery',
  title: 'Myositis and fatigue',
  url: 'https://hss.edu/conditions_myositis-fatigue.asp',
} as const;

export const everydaySymptomEntries: readonly GlossaryEntry[] = [
  {
    id: 'fatigue',
    name: 'Fatigue in myositis',
    category: 'symptom',
    aliases: [
      'myositis fatigue',
      'myositis-related fatigue',
      'dermatomyositis fatigue',
      'fatigue', // painted only where the page is about medicine (glossary/context-data.ts)
      { text: 'tiredness', searchOnly: true },
      { text: 'tired all the time', searchOnly: true },
      { text: 'exhaustion', searchOnly: true },
      { text: 'exhausted', searchOnly: true },
      { text: 'no energy', searchOnly: true },
    ],
    summary: 'Fatigue is a deep tiredness that rest does not fix, and most people with myositis feel it at times.',
    sections: {
      whyInDm:
        'Many people feel fatigue as part of the myositis itself. It can feel like having the flu, with less energy for both body and mind. It is not always the myositis, though. Active inflammation, anemia, thyroid problems, infections, low vitamin D, poor sleep, low mood and doing too much on good days can all add to it. Some medicines can too, such as allergy pills with antihistamines, some blood pressure pills and strong pain medicines. Steroids taken late in the day can spoil your sleep.',
      howGiven:
        'Your team may check for causes that can be treated, with blood tests for inflammation, anemia, thyroid and vitamin D, and a look at your medicines. Do not stop or change a medicine on your own because of tiredness. Pace yourself: it is easy to do too much on a good day, so change big tasks into ones you can manage. Regular sleep times, exercise and a healthy diet help many people. Call your care team if you have felt tired for a few weeks and do not know why, if it gets in the way of daily life, or if it comes with weight loss or mood changes.',
      questions: [
        'Could my tiredness be from the myositis or from something else?',
        'Which blood tests could look for a cause?',
        'Could any of my medicines be making me tired?',
        'Can a therapist help me plan my day to save energy?',
      ],
    },
    related: ['myositis', 'flare', 'brain-fog', 'steroid-sleep-problems', 'physical-therapy', 'occupational-therapy'],
    sources: [
      HSS_FATIGUE,
      {
        publisher: 'NHS',
        title: 'Tiredness and fatigue',
        url: 'https://www.nhs.uk/conditions/tiredness-and-fatigue/',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'brain-fog',
    name: 'Brain fog in myositis',
    category: 'symptom',
    aliases: [
      'myositis brain fog',
      'brain fog', // painted only where the page is about medicine (glossary/context-data.ts)
      { text: 'foggy brain', searchOnly: true },
      { text: 'trouble concentrating', searchOnly: true },
      { text: 'memory problems', searchOnly: true },
      { text: 'cognitive dysfunction', searchOnly: true },
    ],
    summary: 'Brain fog is a common name for thinking that feels slow or cloudy.',
    sections: {
      whyInDm:
        'Many people with rheumatic diseases say their thinking is not as clear as it was. You may forget things, doubt what you just did, misread directions, or find it hard to follow a group talk. Others cannot see it, but it is real, and it can affect home, work and safety. In myositis it often comes with fatigue. Poor sleep, low mood, too little exercise and some medicines, such as steroid pills, can all play a part, and steroids taken late in the day can keep you awake at night.',
      howGiven:
        'Tell your care team about it; just raising it at a visit can start a helpful talk. They may look for causes that can be treated, such as poor sleep, low mood or a side effect of a medicine. Simple habits help many people: keep a daily routine, write to-do lists, set phone reminders and stay active. Tell your team if the fog gets worse or makes daily tasks unsafe.',
      questions: [
        'Could my medicines or my sleep be causing my brain fog?',
        'Could low mood be part of my brain fog?',
        'Could a therapist help me with memory and focus at work?',
      ],
    },
    related: ['fatigue', 'steroid-sleep-problems', 'myositis', 'occupational-therapy'],
    sources: [
      {
        publisher: 'The Rheumatologist (American College of Rheumatology)',
        title: 'Exploring cognitive dysfunction in rheumatology',
        url: 'https://www.the-rheumatologist.org/?p=64401',
      },
      {
        publisher: 'The Rheumatologist (American College of Rheumatology)',
        title: 'Exploring cognitive dysfunction in rheumatology (page 3)',
        url: 'https://www.the-rheumatologist.org/article/exploring-cognitive-dysfunction-in-rheumatology/3',
      },
      HSS_FATIGUE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'steroid-sleep-problems',
    name: 'Sleep problems on steroids',
    category: 'symptom',
    aliases: [
      'steroid insomnia',
      'steroid-induced insomnia',
      'prednisone insomnia',
      'prednisolone insomnia',
      'insomnia', // painted only where the page is about medicine (glossary/context-data.ts)
      { text: 'sleeplessness', searchOnly: true },
      { text: 'trouble sleeping on prednisone', searchOnly: true },
      { text: 'trouble sleeping on steroids', searchOnly: true },
    ],
    summary: 'Steroid pills such as prednisone often make it hard to fall asleep or stay asleep.',
    sections: {
      whyInDm:
        'Most people with DM take steroids for months. They can make it hard to fall asleep or stay asleep, and a dose taken later in the day makes this more likely. Poor sleep then adds to fatigue and brain fog during the day.',
      howGiven:
        'UK advice is to take prednisolone once a day in the morning, with breakfast, so it is less likely to keep you awake. Ask your team before you change the time you take it, and never stop steroids suddenly. Simple habits help too: keep the same sleep times, relax for an hour or two before bed, keep the bedroom dark and quiet, and avoid caffeine, meals, exercise and screens just before bed. Tell your team if poor sleep goes on for weeks, or if you have been told you gasp or choke in your sleep.',
      questions: [
        'Can I take my whole steroid dose in the morning?',
        'Could another of my medicines be keeping me awake?',
        'Will my sleep get better as my steroid dose comes down?',
      ],
    },
    related: ['prednisone', 'prednisolone', 'corticosteroids', 'steroid-taper', 'fatigue', 'brain-fog'],
    sources: [
      {
        publisher: 'NHS',
        title: 'About prednisolone tablets and liquid',
        url: 'https://www.nhs.uk/medicines/prednisolone/about-prednisolone-tablets-and-liquid/',
      },
      {
        publisher: 'NHS',
        title: 'How and when to take prednisolone tablets and liquid',
        url: 'https://www.nhs.uk/medicines/prednisolone/how-and-when-to-take-prednisolone-tablets-and-liquid/',
      },
      HSS_FATIGUE,
      {
        publisher: 'NHS',
        title: 'Tiredness and fatigue',
        url: 'https://www.nhs.uk/conditions/tiredness-and-fatigue/',
      },
    ],
    reviewed: REVIEWED,
  },
];
