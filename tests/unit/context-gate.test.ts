// @vitest-environment jsdom
// jsdom: StaticRange and a faithful TreeWalker (see highlighting.test.ts); the registry is faked.
/**
 * Medical context in the page engine (utils/highlight/context-gate.ts) with
 * the build's own names and context data: ambiguous names wait for their
 * section, block or page to show medicine, in any order, also when the page
 * adds the medical text later.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getPageMatcher } from '../../glossary/page-matcher';
import { startLiveHighlighting, type LiveHighlighting } from '../../utils/highlight/live-highlighting';
import type { HighlightApi } from '../../utils/highlight/painter';
import { FakeHighlight } from './fake-highlight-api';


let live: LiveHighlighting | undefined;
let registry = new Map<string, FakeHighlight>();

const api: HighlightApi = {
  set: (name, h) => void registry.set(name, h as FakeHighlight),
  delete: (name) => void registry.delete(name),
  create: () => new FakeHighlight(),
  sheet: () => undefined,
};

async function paint(html: string, title = ''): Promise<string[]> {
  document.title = title;
  document.body.innerHTML = html;
  registry = new Map();
  live = startLiveHighlighting(document, getPageMatcher(), { look: { style: 'background', colour: 'amber' }, density: 'every', api, yield: () => Promise.resolve(), batchMs: 0 });
  await live.idle();
  return painted();
}

const painted = () => [...(registry.get('dmg-term') ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));

afterEach(() => {
  live?.stop();
  live = undefined;
  document.body.innerHTML = '';
  document.title = '';
});

describe('medical context on a page', () => {
  it('paints nothing on an everyday page full of ambiguous names', async () => {
    const html = `<h2>Weekend</h2><p>My MMR dropped after the patch.</p><p>We flew ANA to Osaka and the EMG pickups came in the post.</p>
      <h2>Home</h2><p>New asphalt shingles and a JDM import in the drive.</p><p>He was banned for an anabolic steroid.</p>`;
    expect(await paint(html, 'My weekend blog')).toEqual([]);
  });

  it('paints an ambiguous name once its section names an unambiguous term, wherever it comes', async () => {
    const html = `<h2>Labs</h2><p>Her CK was high.</p><p>She started methotrexate.</p><h2>Games</h2><p>My MMR dropped.</p>`;
    expect((await paint(html)).sort()).toEqual(['CK', 'methotrexate']);
  });

  it('takes a neighbour word from the whole block, across inline elements', async () => {
    expect(await paint('<p>The <b>MMR</b> <i>vaccine</i> is a live one.</p>')).toEqual(['MMR']);
    expect(await paint('<p>The <b>MMR</b> <i>ladder</i> is brutal.</p>')).toEqual([]);
  });

  it('takes the page as medical when its title names a term', async () => {
    expect(await paint('<p>Her CK was high.</p>', 'Dermatomyositis: tests')).toEqual(['CK']);
    expect(await paint('<p>Her CK was high.</p>', 'Match report')).toEqual([]);
  });

  it('paints everyday words that are also medicine where the page is about medicine, and not a word that only vouches for itself', async () => {
    // Issue #20: "infusion", "fatigue", "brain fog" and "insomnia" (glossary/context-data.ts).
    expect(await paint('<p>After the IVIG infusion she felt tired for two days.</p>')).toEqual(['IVIG', 'infusion']);
    // The first block waits for its section, then is painted after the second.
    expect(await paint('<h2>Living with DM</h2><p>Brain fog and insomnia are common.</p><p>Fatigue often comes with dermatomyositis.</p>')).toEqual([
      'Fatigue',
      'dermatomyositis',
      'Brain fog',
      'insomnia',
    ]);
    // "infusion" is also a neighbour word, but no evidence for itself: not in its block, not in the title.
    expect(await paint('<p>A herbal infusion before bed helps me. Infusions of mint are my favourite.</p>', 'Herbal infusions for winter')).toEqual([]);
    expect(await paint('<p>I always have brain fog after a long meeting, and decision fatigue by Friday.</p>', 'Work diary')).toEqual([]);
  });

  it('never paints a name in a phrase that gives it another meaning, in medical text too', async () => {
    // "osteonecrosis of the jaw" is painted whole: only its own entry has that name (avascular necrosis has "osteonecrosis").
    expect(await paint('<p>Methotrexate does not cause osteonecrosis of the jaw; anabolic steroids are not corticosteroids.</p>')).toEqual([
      'Methotrexate',
      'osteonecrosis of the jaw',
      'corticosteroids',
    ]);
    expect(
      await paint('<p>The hospital got an infusion of cash for its rheumatology clinic; metal fatigue grounded the patient transport plane.</p>'),
    ).toEqual(['rheumatology clinic']);
  });

  it('paints a waiting name when the page adds medical text to its section later', async () => {
    expect(await paint('<section><p>Her CK was high.</p></section>')).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Her rheumatologist added IVIG.';
    document.querySelector('section')!.append(p);
    for (let round = 0; round < 4 && painted().length < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await live?.idle();
    }
    expect(painted().sort()).toEqual(['CK', 'IVIG', 'rheumatologist']);
  });
});
