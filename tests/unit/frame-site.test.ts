import { describe, expect, it } from 'vitest';
import { frameSite } from '../../utils/settings/frame-site';
import { decideActivation, sanitizeSettings } from '../../utils/settings/schema';

describe('frameSite (review S3)', () => {
  it('is the URL host for a page fetched from the web, sandboxed or not', () => {
    expect(frameSite('https://www.nhs.uk/a', 'https://www.nhs.uk')).toBe('www.nhs.uk');
    expect(frameSite('https://ads.example/x', 'null')).toBe('ads.example');
    expect(frameSite('http://127.0.0.1:8080/', 'http://127.0.0.1:8080')).toBe('127.0.0.1');
  });

  it('is the creator\'s site for blank, srcdoc and javascript: frames, whose URLs have no host', () => {
    expect(frameSite('about:blank', 'https://news.example')).toBe('news.example');
    expect(frameSite('about:srcdoc', 'https://ads.example')).toBe('ads.example');
    // A javascript: frame's document reports about:blank in both browsers; its origin is the creator's.
    expect(frameSite('javascript:\'<p>x</p>\'', 'https://news.example')).toBe('news.example');
  });

  it('is "" for local files and null where no site can be known', () => {
    expect(frameSite('file:///home/a.html', 'null')).toBe('');
    expect(frameSite('about:blank', 'file://')).toBe('');
    expect(frameSite('about:blank', 'null')).toBeNull();
    expect(frameSite('about:srcdoc', undefined)).toBeNull();
    expect(frameSite('data:text/html,x', 'null')).toBeNull();
    expect(frameSite(undefined, undefined)).toBeNull();
    expect(frameSite('not a url', 'also not')).toBeNull();
  });

  it('a blank child of a switched-off site stays off, as its parent does', () => {
    const settings = { ...sanitizeSettings({}).settings, disabledSites: ['news.example'] };
    expect(decideActivation(settings, frameSite('https://news.example/', 'https://news.example'), false)).toBe(false);
    expect(decideActivation(settings, frameSite('about:blank', 'https://news.example'), false)).toBe(false);
    expect(decideActivation(settings, frameSite('about:blank', 'https://other.example'), false)).toBe(true);
  });
});
