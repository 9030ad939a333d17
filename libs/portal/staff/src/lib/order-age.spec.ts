import { orderAge } from './order-age';

describe('orderAge', () => {
  it('counts hours on the first day, then days and hours', () => {
    expect(orderAge(0)).toEqual({ key: 'staff.desk.ageHours', params: { h: 0 } });
    expect(orderAge(23.9)).toEqual({ key: 'staff.desk.ageHours', params: { h: 23 } });
    expect(orderAge(24)).toEqual({ key: 'staff.desk.ageDays', params: { d: 1, h: 0 } });
    expect(orderAge(53)).toEqual({ key: 'staff.desk.ageDays', params: { d: 2, h: 5 } });
  });
});
