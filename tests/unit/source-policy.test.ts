import { describe, expect, it } from 'vitest';
import { allEntries } from '../../glossary/entries';
import { checkSourceUrl, isListedHost, SOURCE_HOST_GROUPS } from '../../glossary/source-policy';
import { findGlossaryIssues } from '../../glossary/validate';
import { entry } from './entry-fixture';

describe('source allow-list', () => {
  it('accepts listed hosts over https, and their subdomains', () => {
    expect(checkSourceUrl('https://medlineplus.gov/ency/article/003566.htm').ok).toBe(true);
    expect(checkSourceUrl('https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x').ok).toBe(true);
    expect(checkSourceUrl('https://www.nhs.uk/medicines/prednisolone/').ok).toBe(true);
    expect(checkSourceUrl('https://www.myositis.org/about-myositis/').ok).toBe(true);
  });

  it('refuses a host that is not listed, naming the host', () => {
    const verdict = checkSourceUrl('https://www.drugs.com/monograph/immune-globulin.html');
    expect(verdict).toMatchObject({ ok: false, problem: 'host-not-listed' });
    expect(verdict.message).toContain('"www.drugs.com"');
  });

  it('refuses http, even on a listed host', () => {
    expect(checkSourceUrl('http://www.mayoclinic.org/diseases-conditions/dermatomyositis/')).toMatchObject({ ok: false, problem: 'not-https' });
  });

  it('refuses look-alike hosts that only end with, or contain, a listed name', () => {
    expect(isListedHost('notnih.gov')).toBe(false);
    expect(isListedHost('nih.gov.example.com')).toBe(false);
    expect(isListedHost('mayoclinic.org.evil.io')).toBe(false);
    expect(checkSourceUrl('https://nih.gov@evil.example/')).toMatchObject({ ok: false });
    expect(checkSourceUrl('https://medlineplus.gov:8443/')).toMatchObject({ ok: false });
    expect(checkSourceUrl('not a url')).toMatchObject({ ok: false, problem: 'not-a-url' });
  });

  it('never lists a bare top-level domain, and gives every group a reason', () => {
    for (const group of SOURCE_HOST_GROUPS) {
      expect(group.reason.trim(), group.domains.join(', ')).not.toBe('');
      for (const domain of group.domains) expect(domain, 'a listed domain needs at least two labels').toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    expect(isListedHost('gov')).toBe(false);
    expect(isListedHost('uk')).toBe(false);
  });

  it('makes the build validator fail naming the entry and the url', () => {
    const bad = entry('x-drug', 'X', [], {
      sources: [
        { publisher: 'P', title: 'T', url: 'https://www.goodrx.com/x' },
        { publisher: 'P', title: 'T', url: 'http://medlineplus.gov/x' },
      ],
    });
    const issues = findGlossaryIssues([bad], '2026-12-01').map(String);
    expect(issues).toEqual([
      'glossary entry "x-drug", field "sources[0].url": host "www.goodrx.com" is not on the source allow-list (glossary/source-policy.ts): "https://www.goodrx.com/x"',
      'glossary entry "x-drug", field "sources[1].url": must use https, got "http://medlineplus.gov/x"',
    ]);
  });

  it('passes every source of every entry', () => {
    const refused = allEntries.flatMap((e) =>
      e.sources.flatMap((s) => {
        const verdict = checkSourceUrl(s.url);
        return verdict.ok ? [] : [`${e.id}: ${verdict.message}`];
      }),
    );
    expect(refused).toEqual([]);
  });
});
