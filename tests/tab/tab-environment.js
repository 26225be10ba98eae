import JsdomEnvironment from 'jest-environment-jsdom';

/**
 * jsdom for the tab's component tests, plus the Node networking globals jsdom lacks, so views talk to a real API
 * (started in another process by tab-stack.ts) over HTTP.
 */
export default class TabEnvironment extends JsdomEnvironment {
  constructor(config, context) {
    super(config, context);
    const node = globalThis;
    for (const name of [
      'fetch',
      'Request',
      'Response',
      'Headers',
      'FormData',
      'TextEncoder',
      'TextDecoder',
      'ReadableStream',
      'structuredClone',
      'setImmediate',
      'clearImmediate',
    ]) {
      if (this.global[name] === undefined) this.global[name] = node[name];
    }
    // Fluent's positioning and virtualization observe sizes; jsdom has no layout, so nothing ever resizes.
    this.global.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
    this.global.matchMedia ??= (query) => ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      onchange: null,
      dispatchEvent: () => false,
    });
  }
}
