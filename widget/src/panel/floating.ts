/** The parts of Floating UI the panel uses: a module of its own so its lazy chunk holds only these. */
export { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
