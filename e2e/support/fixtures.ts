import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every spec uses this `test`: it fails on any request to another origin (the studio works
 * offline) and on any uncaught page error.
 */
export const test = base.extend<{ studio: Page }>({
  studio: async ({ page, baseURL }, use) => {
    const foreign: string[] = [];
    const pageErrors: string[] = [];
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await use(page);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
