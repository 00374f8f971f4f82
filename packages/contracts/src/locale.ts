import { z } from 'zod';

/**
 * zod's German messages for every issue our schemas do not word themselves ("Zu groß: erwartet, dass
 * string <=254 Zeichen hat"). Set once, when the contract is first imported, in the server and in the web
 * app alike, so both show the same sentence for the same mistake.
 */
z.config(z.locales.de());
