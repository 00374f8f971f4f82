// Kept free of imports: the command line shows the limit in its help without loading the database.

/** Most codes in one request (a whole municipal sample is a few thousand). */
export const MAX_CODES_PER_REQUEST = 100_000;
