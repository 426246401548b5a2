/** The product mark: three overlapping circles for a coalition. Decorative. */
export function BrandMark() {
  return (
    <svg
      className="brand__mark"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <g fill="none" stroke="#fff" strokeWidth="2.4">
        <circle cx="12" cy="13" r="6" />
        <circle cx="20" cy="13" r="6" />
        <circle cx="16" cy="20" r="6" />
      </g>
    </svg>
  );
}
