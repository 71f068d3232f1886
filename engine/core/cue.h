/* cue: the surface of a choice's text, and which of the choices shown a surface cue points
 * to. Both the authoring audit (audit.h: how often the most restorative choice can be read
 * off its form) and the naive strategies (strategy.h: playing by form alone) read choices
 * only through these functions, so the two always agree on what "longest" means.
 *
 * The cues:
 *  - longest, shortest: length in characters (UTF-8 code points);
 *  - first, last: position among the choices shown;
 *  - punctuation: the most punctuation marks (ASCII punctuation, and the dashes, quotes
 *    and ellipsis of U+2010-U+206F, which authors type for asides and quotations);
 *  - vocabulary: the most words from CUE_WORDS, the "restorative-sounding" stems a trainee
 *    could learn to spot without understanding the case (cue.c lists them).
 *
 * No allocation, no errors: plain functions of their arguments. */
#ifndef RJ_CUE_H
#define RJ_CUE_H

typedef enum Cue {
    CUE_LONGEST,
    CUE_SHORTEST,
    CUE_FIRST,
    CUE_LAST,
    CUE_PUNCTUATION,
    CUE_VOCABULARY,
    CUE_COUNT
} Cue;

/* "longest", "shortest", "first", "last", "punctuation", "vocabulary". */
const char *cue_name(Cue c);

int cue_length(const char *text);      /* code points; invalid bytes count one each */
int cue_punctuation(const char *text); /* punctuation marks */
int cue_vocabulary(const char *text);  /* words that start with one of the stems */
/* The stems, NULL-terminated, for the documentation and tests. */
extern const char *const CUE_WORDS[];

/* Marks in `pointed` (room for n) the positions among the n texts shown that cue c points
 * to: every text tied for the extreme (all of them when none has a punctuation mark or a
 * listed word, so such a cue points nowhere in particular). Returns how many it marked
 * (1..n; 0 when n is 0). */
int cue_point(Cue c, const char *const *texts, int n, unsigned char *pointed);

#endif
