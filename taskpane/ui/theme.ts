/** Whether a colour (`#1f1f1f`, `1f1f1f`) is dark: its relative luminance under a half. */
export function isDarkColour(colour: string): boolean | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
