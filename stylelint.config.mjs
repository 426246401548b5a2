/**
 * Stylelint for the client's stylesheets: logical properties, keywords and units only,
 * so that the interface mirrors itself in right-to-left languages (Arabic).
 * Physical directions (left, right, top, bottom, width, height, vw, vh) are errors.
 */
export default {
  plugins: ['stylelint-plugin-logical-css'],
  rules: {
    'logical-css/require-logical-keywords': [true, { severity: 'error' }],
    'logical-css/require-logical-properties': [true, { severity: 'error' }],
    'logical-css/require-logical-units': [true, { severity: 'error' }],
  },
};
