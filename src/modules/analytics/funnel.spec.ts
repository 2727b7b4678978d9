import { funnelRates, roi, type FunnelCounts } from './funnel';

const funnel = (f: Partial<FunnelCounts>): FunnelCounts => ({
  targeted: 0, sent: 0, delivered: 0, opened: 0, machineOpened: 0, clicked: 0, enrolled: 0, started: 0, completed: 0, ...f,
});

describe('funnelRates', () => {
  it('divides each stage by its denominator', () => {
    expect(funnelRates(funnel({ targeted: 200, sent: 190, delivered: 160, opened: 80, clicked: 40, enrolled: 10, started: 8, completed: 5 }))).toEqual({
      open: 0.5,
      clickThrough: 0.25,
      clickToOpen: 0.5,
      participation: 0.05,
      conversion: 0.25,
      completion: 0.5,
    });
  });

  it.each([
    ['nothing at all', funnel({}), { open: null, clickThrough: null, clickToOpen: null, participation: null, conversion: null, completion: null }],
    ['targeted but nothing delivered', funnel({ targeted: 10, sent: 10 }), { open: null, clickThrough: null, clickToOpen: null, participation: 0, conversion: null, completion: null }],
    ['delivered, never opened', funnel({ targeted: 10, sent: 10, delivered: 10 }), { open: 0, clickThrough: 0, clickToOpen: null, participation: 0, conversion: null, completion: null }],
    ['enrolled through an ambassador without any click', funnel({ targeted: 4, enrolled: 2 }), { participation: 0.5, conversion: null, completion: 0 }],
  ])('answers null, never NaN or Infinity, for a zero denominator: %s', (_, counts, expected) => {
    expect(funnelRates(counts)).toMatchObject(expected);
  });
});

describe('roi', () => {
  const counts = { enrolled: 8, completed: 3 };
  it.each([
    ['production and time', { production: 1000, hours: 10, hourlyRate: 50.5, currency: 'EUR' }, 1505, 188.13, 501.67],
    ['production only', { production: 300, hours: null, hourlyRate: null, currency: 'USD' }, 300, 37.5, 100],
    ['time only', { production: null, hours: 2.5, hourlyRate: 40, currency: 'EUR' }, 100, 12.5, 33.33],
    ['hours without a rate', { production: null, hours: 2.5, hourlyRate: null, currency: null }, null, null, null],
    ['nothing entered', { production: null, hours: null, hourlyRate: null, currency: null }, null, null, null],
    ['cents that binary floats would lose', { production: 0.1, hours: 1, hourlyRate: 0.2, currency: 'EUR' }, 0.3, 0.04, 0.1],
  ])('%s', (_, inputs, cost, perEnrolment, perCompletion) => {
    expect(roi(inputs, counts)).toEqual({ ...inputs, cost, costPerEnrolment: perEnrolment, costPerCompletion: perCompletion });
  });

  it('has no cost per enrolment or completion without any', () => {
    expect(roi({ production: 500, hours: null, hourlyRate: null, currency: 'EUR' }, { enrolled: 0, completed: 0 })).toMatchObject({
      cost: 500,
      costPerEnrolment: null,
      costPerCompletion: null,
    });
  });
});
