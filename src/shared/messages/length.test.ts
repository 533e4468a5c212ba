import { describe, expect, it } from 'vitest';
import { countLength, findLinks, LINK_LENGTH } from './length';

describe('length as each network counts it', () => {
  it('counts a link on X as 23 however long it is, with or without a scheme', () => {
    const long = `https://status.bakkerijdezon.example.nl/${'a'.repeat(120)}?x=1`;
    expect(countLength(long, 'x_weighted')).toBe(LINK_LENGTH);
    expect(countLength(`Updates: ${long}.`, 'x_weighted')).toBe('Updates: '.length + LINK_LENGTH + 1);
    expect(countLength('Open shop.example.nl now', 'x_weighted')).toBe('Open  now'.length + LINK_LENGTH);
    expect(countLength('x.co', 'x_weighted')).toBe(LINK_LENGTH);
    expect(findLinks('See https://a.example/b, or c.example.nl.')).toEqual([
      'https://a.example/b',
      'c.example.nl',
    ]);
  });

  it('counts an emoji as 2 on X, whatever it is built of, and one reader-visible character elsewhere', () => {
    for (const emoji of ['😕', '🛠️', '👩🏽‍🍳', '🇳🇱', '👨‍👩‍👧‍👦']) {
      expect(countLength(emoji, 'x_weighted'), emoji).toBe(2);
      expect(countLength(emoji, 'graphemes'), emoji).toBe(1);
    }
    expect(countLength('café', 'x_weighted')).toBe(4);
    expect(countLength('cafe\u0301', 'x_weighted')).toBe(4);
    expect(countLength('日本', 'x_weighted')).toBe(4);
  });

  it('counts links as 23 on Mastodon and every character on Bluesky', () => {
    const text = 'News: https://status.example.nl/a/very/long/path/to/the/news';
    expect(countLength(text, 'links_23')).toBe('News: '.length + LINK_LENGTH);
    expect(countLength(text, 'graphemes')).toBe(text.length);
  });

  it('does not take a time or an amount for a link', () => {
    expect(findLinks('Since 14:02, €12.50 off, version 2.0')).toEqual([]);
  });
});
