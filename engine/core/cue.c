/* cue: surface features of choice texts. The vocabulary list is short on purpose: words a
 * trainee meets in every restorative-justice course and could learn to pick by sight. */
#include "cue.h"

#include <ctype.h>
#include <string.h>

/* 25 stems, matched at the start of a word, case-insensitively ("support" matches
 * "supported", "voluntar" "voluntary" and "voluntarily"). */
const char *const CUE_WORDS[] = {
    "victim",  "consent",   "counsel",    "support", "explain",  "voluntar", "listen",
    "inform",  "respect",   "repair",     "harm",    "apolog",   "accountab", "restor",
    "agree",   "understand", "safe",      "option",  "right",    "dignit",   "acknowledg",
    "welfare", "advoc",     "confidential", "trust", NULL};

static const char *const names[CUE_COUNT] = {"longest", "shortest", "first", "last", "punctuation",
                                             "vocabulary"};

const char *cue_name(Cue c)
{
    return (unsigned)c < CUE_COUNT ? names[c] : "?";
}

int cue_length(const char *text)
{
    int n = 0;
    for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p; p++)
        n += (*p & 0xC0) != 0x80; /* count lead bytes, not continuation bytes */
    return n;
}

int cue_punctuation(const char *text)
{
    int n = 0;
    for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p; p++) {
        if (*p < 0x80 && ispunct(*p))
            n++;
        /* U+2010-U+206F (dashes, curly quotes, ellipsis) are E2 80 90..E2 81 AF. */
        else if (p[0] == 0xE2 && ((p[1] == 0x80 && p[2] >= 0x90) || p[1] == 0x81) && p[2])
            n++, p += 2;
    }
    return n;
}

/* Whether the word at p (letters) starts with stem, ignoring case. */
static int starts_with(const char *p, const char *stem)
{
    for (; *stem; p++, stem++)
        if (tolower((unsigned char)*p) != *stem)
            return 0;
    return 1;
}

int cue_vocabulary(const char *text)
{
    int n = 0;
    const char *p = text ? text : "";
    while (*p) {
        if (!isalpha((unsigned char)*p)) {
            p++;
            continue;
        }
        for (int i = 0; CUE_WORDS[i]; i++)
            if (starts_with(p, CUE_WORDS[i])) {
                n++;
                break;
            }
        while (isalpha((unsigned char)*p))
            p++;
    }
    return n;
}

static int measure(Cue c, const char *text)
{
    switch (c) {
    case CUE_LONGEST: return cue_length(text);
    case CUE_SHORTEST: return -cue_length(text);
    case CUE_PUNCTUATION: return cue_punctuation(text);
    case CUE_VOCABULARY: return cue_vocabulary(text);
    default: return 0;
    }
}

int cue_point(Cue c, const char *const *texts, int n, unsigned char *pointed)
{
    if (n <= 0)
        return 0;
    memset(pointed, 0, (size_t)n);
    if (c == CUE_FIRST || c == CUE_LAST) {
        pointed[c == CUE_FIRST ? 0 : n - 1] = 1;
        return 1;
    }
    int best = measure(c, texts[0]), count = 0;
    for (int i = 1; i < n; i++) {
        int m = measure(c, texts[i]);
        best = m > best ? m : best;
    }
    for (int i = 0; i < n; i++)
        if (measure(c, texts[i]) == best)
            pointed[i] = 1, count++;
    return count;
}
