import { describe, expect, it } from 'vitest';
import { acceptAttribute, extensionFor, isAllowedType, kindOf, resolveType, withExtension } from './file-types';

describe('resolveType', () => {
  it.each([
    ['IMG_0042.JPG', 'image/jpeg', 'image/jpeg'],
    ['photo.jpg', 'image/jpg', 'image/jpeg'],
    ['board.png', 'image/png', 'image/png'],
    ['minutes.pdf', 'application/pdf', 'application/pdf'],
    ['plan.docx', '', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['budget.xlsx', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['slides.odp', 'application/zip', 'application/vnd.oasis.opendocument.presentation'],
    ['IMG_1.HEIC', '', 'image/heic']
  ])('stores %s (%j) as %s', (name, reported, expected) => {
    expect(resolveType(name, reported)).toBe(expected);
  });

  it.each([
    ['page.html', 'text/html'],
    ['logo.svg', 'image/svg+xml'],
    ['script.js', ''],
    ['notes.pdf', 'text/html'],
    ['archive.zip', 'application/zip']
  ])('refuses %s (%j): a browser could run it in the app’s origin', (name, reported) => {
    expect(resolveType(name, reported)).toBeNull();
  });
});

describe('types', () => {
  it('never allows SVG or HTML', () => {
    for (const type of ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'text/xml']) expect(isAllowedType(type)).toBe(false);
  });

  it.each([
    ['image/webp', 'image'],
    ['application/pdf', 'pdf'],
    ['application/msword', 'document']
  ])('shows %s as %s', (type, kind) => expect(kindOf(type)).toBe(kind));

  it('offers the camera roll, PDFs and office files in the picker', () => {
    expect(acceptAttribute).toContain('image/*');
    expect(acceptAttribute).toContain('.pdf');
    expect(acceptAttribute).toContain('.docx');
  });

  it('renames a re-encoded photo', () => {
    expect(withExtension('IMG_0042.JPG', extensionFor('image/webp'))).toBe('IMG_0042.webp');
    expect(withExtension('', extensionFor('image/jpeg'))).toBe('photo.jpg');
  });
});
