/**
 * The fonts that ship with the project: Fira Sans (SIL Open Font License 1.1, licence file
 * LICENSE_FONT in the package) from the npm package @expo-google-fonts/fira-sans, which carries the TTF
 * files Typst and resvg need (the @fontsource packages have only WOFF). Fira Sans is KERN's typeface,
 * so PDFs, charts and the web look alike, and a fresh machine renders the same bytes.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Folder of the installed font package. */
export const FONT_PACKAGE_DIR = dirname(require.resolve('@expo-google-fonts/fira-sans/package.json'));

/** The styles the documents use: one folder per style, as the package lays them out. */
const STYLES = ['400Regular', '400Regular_Italic', '600SemiBold', '700Bold', '700Bold_Italic'] as const;

/** Folders to hand to Typst (`fontArgs.fontPaths`): only the used styles, so font scanning stays quick. */
export const FONT_DIRS: readonly string[] = STYLES.map((s) => join(FONT_PACKAGE_DIR, s));

export const FONT_FILES = {
  regular: join(FONT_PACKAGE_DIR, '400Regular', 'FiraSans_400Regular.ttf'),
  italic: join(FONT_PACKAGE_DIR, '400Regular_Italic', 'FiraSans_400Regular_Italic.ttf'),
  semibold: join(FONT_PACKAGE_DIR, '600SemiBold', 'FiraSans_600SemiBold.ttf'),
  bold: join(FONT_PACKAGE_DIR, '700Bold', 'FiraSans_700Bold.ttf'),
} as const;

export const FONT_LICENSE_FILE = join(FONT_PACKAGE_DIR, 'LICENSE_FONT');
export const FONT_FAMILY = 'Fira Sans';
