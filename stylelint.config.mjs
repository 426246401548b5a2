/**
 * Stylelint for the client's stylesheets: logical properties, keywords and units only, so that
 * the interface mirrors itself in right-to-left languages (Arabic, `dir="rtl"` on <html>).
 * Physical sides and sizes (left, right, top, bottom, margin-left, border-right, width, height,
 * text-align: left, vh, vw…) are errors: write inset-inline-start, border-inline-end,
 * inline-size, block-size, text-align: start, vb, vi… instead.
 *
 * overflow-x and overflow-y stay allowed: they name an axis, not a side, so they already mean
 * the same in both directions, and Safari does not support overflow-inline / overflow-block.
 *
 * What the rules cannot see, do by hand: four-value margin/padding shorthands with different
 * left and right values, background-position left/right, box-shadow and translateX offsets, and
 * directional icons (mirror those under :dir(rtl)).
 */
export default {
  plugins: ['stylelint-plugin-logical-css'],
  rules: {
    'logical-css/require-logical-keywords': [true, { severity: 'error' }],
    'logical-css/require-logical-properties': [
      true,
      { severity: 'error', ignore: ['overflow-x', 'overflow-y'] },
    ],
    'logical-css/require-logical-units': [true, { severity: 'error' }],
  },
};
