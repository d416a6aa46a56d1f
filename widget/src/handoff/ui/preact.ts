/**
 * The panel's Preact, handed to the hand-off chunk when it loads
 * (`providePreact`), so the chunk carries no second copy and the panel stays
 * one file: a chunk importing `preact` itself would move Preact out of the
 * panel into a shared chunk, one more request before the panel can open.
 *
 * Components of this chunk use the classic JSX transform with this `h`:
 *
 *   /** @jsxRuntime classic *\/
 *   /** @jsx h *\/
 *   import { h, useState } from './preact.ts';
 */
import type { ComponentChildren, JSX as PreactJSX, VNode } from 'preact';
import type * as Hooks from 'preact/hooks';

export interface PreactRuntime {
  h(type: unknown, props: unknown, ...children: unknown[]): VNode<unknown>;
  useState: typeof Hooks.useState;
  useEffect: typeof Hooks.useEffect;
  useLayoutEffect: typeof Hooks.useLayoutEffect;
  useRef: typeof Hooks.useRef;
  useId: typeof Hooks.useId;
}

let rt: PreactRuntime | undefined;

export function providePreact(runtime: PreactRuntime): void {
  rt = runtime;
}

function runtime(): PreactRuntime {
  if (!rt) throw new Error('hand-off chunk used before providePreact()');
  return rt;
}

/** JSX factory: the panel's `h`. (Development JSX adds `__self` and `__source`; they are not attributes.) */
export function h(type: unknown, props: Record<string, unknown> | null, ...children: ComponentChildren[]): VNode<unknown> {
  if (props) {
    delete props.__self;
    delete props.__source;
  }
  return runtime().h(type, props, ...children);
}

// The JSX types of Preact, for `@jsx h`.
export declare namespace h {
  export namespace JSX {
    type Element = PreactJSX.Element;
    type ElementClass = PreactJSX.ElementClass;
    interface ElementAttributesProperty extends PreactJSX.ElementAttributesProperty {}
    interface ElementChildrenAttribute extends PreactJSX.ElementChildrenAttribute {}
    interface IntrinsicAttributes extends PreactJSX.IntrinsicAttributes {}
    interface IntrinsicElements extends PreactJSX.IntrinsicElements {}
    type LibraryManagedAttributes<C, P> = PreactJSX.LibraryManagedAttributes<C, P>;
  }
}

type Fn = (...args: unknown[]) => unknown;
const hook = <K extends Exclude<keyof PreactRuntime, 'h'>>(name: K): PreactRuntime[K] =>
  ((...args: unknown[]) => (runtime()[name] as unknown as Fn)(...args)) as PreactRuntime[K];

export const useState = hook('useState');
export const useEffect = hook('useEffect');
export const useLayoutEffect = hook('useLayoutEffect');
export const useRef = hook('useRef');
export const useId = hook('useId');
