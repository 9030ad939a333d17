import type { Action, Subject } from '@lumen/shared/permissions';
import { type Viewer, activeNavPath, isShown } from './navigation';

const viewer = (loggedIn: boolean, staff: boolean, allowed: string[] = []): Viewer => ({
  isLoggedIn: () => loggedIn,
  isStaff: () => staff,
  can: (action: Action, subject: Subject) => allowed.includes(`${action} ${subject}`),
});

describe('isShown', () => {
  it('hides an entry whose CASL rule the user lacks', () => {
    const quickOrder = { can: ['use', 'QuickOrder'] as [Action, Subject] };
    expect(isShown(quickOrder, viewer(true, false, ['use QuickOrder']))).toBe(true);
    expect(isShown(quickOrder, viewer(true, false))).toBe(false);
  });

  it('keeps staff entries from customers and visitor entries from logged-in users', () => {
    expect(isShown({ audience: 'staff' }, viewer(true, true))).toBe(true);
    expect(isShown({ audience: 'staff' }, viewer(true, false))).toBe(false);
    expect(isShown({ audience: 'customer' }, viewer(true, true))).toBe(false);
    expect(isShown({ audience: 'visitor' }, viewer(true, false))).toBe(false);
    expect(isShown({ audience: 'visitor' }, viewer(false, false))).toBe(true);
  });
});

describe('activeNavPath', () => {
  const paths = ['/catalog', '/company', '/company/employees'];

  it('lights the most specific entry only', () => {
    expect(activeNavPath('/company/employees', paths)).toBe('/company/employees');
    expect(activeNavPath('/company/addresses?tab=2', paths)).toBe('/company');
    expect(activeNavPath('/catalog/LT-10423', paths)).toBe('/catalog');
  });

  it('does not mistake a shared prefix for a parent', () => {
    expect(activeNavPath('/companyx', paths)).toBeUndefined();
    expect(activeNavPath('/', paths)).toBeUndefined();
  });
});
