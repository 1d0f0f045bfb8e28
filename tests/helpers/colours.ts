/** The brand colours of src/css/custom.css, as the browser reports them (computed rgb()). */
export const BRAND = {
  light: { primary: '#1e6b8a', link: 'rgb(30, 107, 138)' },
  dark: { primary: '#6cc3e6', link: 'rgb(108, 195, 230)' },
} as const;

export type Theme = keyof typeof BRAND;
