/**
 * The largest unit file BaoCao06 reads: one fact, used by the reader that refuses a bigger file and
 * by the note that tells the unit what to resend.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
