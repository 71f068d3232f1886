/* cli_new: `rjsim new NAME` writes a commented starting scenario NAME.lua and its test
 * file NAME.test.lua (and the bundled rubric when the folder has none), so a trainer
 * starts from something that checks clean, plays and passes its tests. */
#include "cli.h"

#include "cli_new_template.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char new_usage[] =
    "Usage: rjsim new [--dir DIR] [--role officer|prosecutor] NAME\n"
    "Write a commented starting scenario DIR/NAME.lua and its test file DIR/NAME.test.lua.\n"
    "NAME is the scenario's id: lowercase letters, digits and '-', e.g. shop-theft.\n"
    "When DIR has no rubric.lua, the bundled rubric is copied there too.\n"
    "\n"
    "  --dir DIR     where to write (default: the scenarios folder, where the menu finds it)\n"
    "  --role ROLE   who the trainee plays: officer (default) or prosecutor\n";

typedef struct Fill {
    const char *id, *title, *role, *dir;
} Fill;

/* Writes tpl with {id}, {title}, {role} and {dir} replaced. */
static void emit_piece(FILE *out, const char *tpl, const Fill *f)
{
    static const char *const keys[] = {"{id}", "{title}", "{role}", "{dir}"};
    const char *vals[] = {f->id, f->title, f->role, f->dir};
    for (const char *p = tpl; *p;) {
        bool done = false;
        for (int k = 0; k < 4 && !done; k++)
            if (strncmp(p, keys[k], strlen(keys[k])) == 0) {
                fputs(vals[k], out);
                p += strlen(keys[k]);
                done = true;
            }
        if (!done)
            fputc(*p++, out);
    }
}

/* The template's pieces (split to stay under C's portable string length), up to NULL. */
static void emit(FILE *out, const char *const *tpl, const Fill *f)
{
    for (; *tpl; tpl++)
        emit_piece(out, *tpl, f);
}

/* Creates path (never overwriting) from tpl. 0, or -1 after printing why. */
static int write_new(const char *path, const char *const *tpl, const Fill *f)
{
    FILE *out = fopen(path, "wx"); /* "x": fail if it exists, so nothing is overwritten */
    if (!out) {
        if (errno == EEXIST)
            cli_error("'%s' already exists: choose another name, or move that file away first", path);
        else
            cli_error("cannot create '%s': %s", path, strerror(errno));
        return -1;
    }
    emit(out, tpl, f);
    if (fclose(out)) {
        cli_error("cannot write '%s': %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* Copies the bundled rubric into dir when dir has none. 0, or -1 after printing why. */
static int ensure_rubric(const char *dir)
{
    char target[1024], source[1024];
    snprintf(target, sizeof target, "%s/rubric.lua", dir);
    if (access(target, F_OK) == 0)
        return 0;
    snprintf(source, sizeof source, "%s/rubric.lua", cli_scenarios_dir());
    FILE *in = fopen(source, "rb"), *out = in ? fopen(target, "wx") : NULL;
    int rc = -1;
    if (!in) {
        cli_error("'%s' has no rubric.lua and the bundled one (%s) cannot be read: copy a rubric.lua there "
                  "(scenarios are scored against the rubric beside them)",
                  dir, source);
        goto done;
    }
    if (!out) {
        cli_error("cannot create '%s': %s", target, strerror(errno));
        goto done;
    }
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n)
            break;
    rc = ferror(in) || ferror(out) ? -1 : 0;
    if (fclose(out))
        rc = -1;
    out = NULL;
    if (rc)
        cli_error("cannot copy the rubric to '%s'", target);
    else
        printf("Copied the bundled rubric to %s\n", target);
done:
    if (in)
        fclose(in);
    return rc;
}

static bool valid_id(const char *s)
{
    if (!*s || *s == '-' || strlen(s) > 64)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return false;
    return true;
}

int cli_new(int argc, char **argv)
{
    static const struct option opts[] = {{"dir", required_argument, NULL, 'd'}, {"role", required_argument, NULL, 'r'},
                                         {"help", no_argument, NULL, 'h'},   {NULL, 0, NULL, 0}};
    const char *dir = NULL, *role = "officer";
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 'd': dir = optarg; break;
        case 'r': role = optarg; break;
        case 'h': fputs(new_usage, stdout); return EXIT_OK;
        default: fputs(new_usage, stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc - 1) {
        cli_error("new needs one name, e.g. rjsim new shop-theft");
        return EXIT_USAGE;
    }
    const char *id = argv[optind];
    if (!valid_id(id)) {
        cli_error("'%s' cannot be a scenario id: use lowercase letters, digits and '-' (not first), e.g. shop-theft",
                  id);
        return EXIT_USAGE;
    }
    if (strcmp(role, "officer") != 0 && strcmp(role, "prosecutor") != 0) {
        cli_error("--role must be officer or prosecutor, not '%s'", role);
        return EXIT_USAGE;
    }
    if (!dir)
        dir = cli_scenarios_dir();
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        cli_error("'%s' is not a folder: create it first, or give another with --dir", dir);
        return EXIT_CANTCREAT;
    }
    /* The title: the id with its dashes as spaces and a capital first letter. */
    char title[80], path[1024], tests[1024], slash[1024];
    snprintf(title, sizeof title, "%s", id);
    for (char *p = title; *p; p++)
        *p = *p == '-' ? ' ' : *p;
    if (title[0] >= 'a' && title[0] <= 'z')
        title[0] = (char)(title[0] - 'a' + 'A');
    snprintf(slash, sizeof slash, "%s/", dir);
    snprintf(path, sizeof path, "%s/%s.lua", dir, id);
    snprintf(tests, sizeof tests, "%s/%s.test.lua", dir, id);
    Fill f = {id, title, role, slash};
    if (access(tests, F_OK) == 0) {
        cli_error("'%s' already exists: choose another name, or move that file away first", tests);
        return EXIT_CANTCREAT;
    }
    if (ensure_rubric(dir) || write_new(path, new_scenario, &f))
        return EXIT_CANTCREAT;
    if (write_new(tests, new_tests, &f)) {
        unlink(path); /* all or nothing: a scenario without its tests would confuse */
        return EXIT_CANTCREAT;
    }
    printf("Wrote %s and %s. Next:\n"
           "  rjsim check %s          errors and warnings\n"
           "  rjsim test %s           the expected playthroughs\n"
           "  rjsim graph %s --svg %s.svg\n"
           "  rjsim play %s --text    (save the file while playing: it reloads)\n"
           "The tutorial is docs/authoring.md.\n",
           path, tests, path, path, path, id, path);
    return EXIT_OK;
}
