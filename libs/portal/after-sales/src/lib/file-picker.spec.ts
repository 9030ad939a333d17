import { ATTACHMENT_MAX_BYTES } from '@lumen/shared/contracts';
import { formatSize, pickFiles } from './file-picker';

const file = (name: string, type: string, size = 10) => {
  const made = new File(['x'], name, { type });
  Object.defineProperty(made, 'size', { value: size });
  return made;
};

describe('pickFiles', () => {
  const photos = ['image/jpeg', 'image/png'] as const;

  it('takes photos and refuses a PDF where only photos go, naming the file', () => {
    const { files, refused } = pickFiles([], [file('a.jpg', 'image/jpeg'), file('b.pdf', 'application/pdf')], photos);
    expect(files.map((one) => one.name)).toEqual(['a.jpg']);
    expect(refused).toEqual([{ name: 'b.pdf', reason: 'type' }]);
  });

  it('refuses a file over 10 MB and keeps one of exactly 10 MB', () => {
    const { files, refused } = pickFiles(
      [],
      [file('big.png', 'image/png', ATTACHMENT_MAX_BYTES + 1), file('edge.png', 'image/png', ATTACHMENT_MAX_BYTES)],
      photos,
    );
    expect(files.map((one) => one.name)).toEqual(['edge.png']);
    expect(refused).toEqual([{ name: 'big.png', reason: 'size' }]);
  });

  it('stops at five files, counting those already chosen', () => {
    const chosen = [1, 2, 3, 4].map((n) => file(`${n}.pdf`, 'application/pdf'));
    const { files, refused } = pickFiles(
      chosen,
      [file('5.png', 'image/png'), file('6.png', 'image/png')],
      ['image/jpeg', 'image/png', 'application/pdf'],
    );
    expect(files).toHaveLength(5);
    expect(refused).toEqual([{ name: '6.png', reason: 'count' }]);
  });

  it('refuses a file the browser cannot name a type for (an .exe renamed is the API’s to catch)', () => {
    expect(pickFiles([], [file('setup', '')], photos).refused).toEqual([{ name: 'setup', reason: 'type' }]);
  });
});

describe('formatSize', () => {
  it('writes megabytes with the locale’s decimal sign, small files in kB', () => {
    expect(formatSize(2.5 * 1024 * 1024, 'nb')).toBe('2,5 MB');
    expect(formatSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatSize(300, 'en')).toBe('1 kB');
  });
});
