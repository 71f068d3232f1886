/* cli_play_loop: the terminal player's decision loop: scripted (--choices), automatic
 * (--auto) or interactive, where the input is read with poll() next to the file watcher so
 * that saving the scenario reloads it (live reload) while the player waits. */
#include "cli_play.h"

#include "core/reload.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { INPUT_LINE = 1, INPUT_EOF = 0, INPUT_CHANGED = 2 };

static void print_choices(const Play *p)
{
    const Scene *s = scenario_scene(p->sc, session_scene(p->s));
    for (int i = 0; i < session_available_count(p->s); i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%d. ", i + 1);
        fputs("  ", stdout);
        fputs(buf, stdout);
        /* Wrap the choice under its own text, not under the number. */
        const char *t = s->choices[session_available(p->s, i)].text;
        size_t ind = 2 + strlen(buf);
        int width = cli_term_width();
        char *copy = strdup(t ? t : "");
        int col = (int)ind;
        for (char *w = copy ? strtok(copy, " \n") : NULL; w; w = strtok(NULL, " \n")) {
            int len = (int)strlen(w);
            if (col > (int)ind && col + 1 + len > width) {
                printf("\n%*s", (int)ind, "");
                col = (int)ind;
            } else if (col > (int)ind) {
                putchar(' ');
                col++;
            }
            fputs(w, stdout);
            col += len;
        }
        free(copy);
        putchar('\n');
    }
}

/* Next position from --choices: 1-based, 0 when the list is used up, -1 on a bad item. */
static int next_scripted(const char **cursor)
{
    const char *c = *cursor;
    if (!c || !*c)
        return 0;
    const char *comma = strchr(c, ',');
    size_t n = comma ? (size_t)(comma - c) : strlen(c);
    char item[32];
    uint64_t v;
    if (n == 0 || n >= sizeof item)
        return -1;
    memcpy(item, c, n);
    item[n] = '\0';
    *cursor = comma ? comma + 1 : c + n;
    return cli_parse_u64(item, 1000000, &v) == 0 && v > 0 ? (int)v : -1;
}

static int count_left(const char *c)
{
    int n = 0;
    while (c && *c) {
        n++;
        const char *comma = strchr(c, ',');
        c = comma ? comma + 1 : c + strlen(c);
    }
    return n;
}

/* The position of the policy's choice in the current state (1-based), 0 if none. */
static int auto_position(const Play *p)
{
    int picks[256];
    long state = explorer_find_state(p->ex, session_scene(p->s), session_vars(p->s));
    const Scene *sc = scenario_scene(p->sc, session_scene(p->s));
    if (sc->nchoices > 256)
        return 0;
    int n = strcmp(p->autoplay, "best") == 0 ? explorer_best_choices(p->ex, state, picks)
                                             : explorer_worst_choices(p->ex, state, picks);
    for (int pos = 0; n > 0 && pos < session_available_count(p->s); pos++)
        if (session_available(p->s, pos) == picks[0])
            return pos + 1;
    return 0;
}

/* Reads a line of input into line, waiting on the watcher too. stdin is read with read(2)
 * into p->in rather than through stdio, so that poll() never waits while a line sits in a
 * buffer. Returns INPUT_LINE, INPUT_EOF or INPUT_CHANGED (a watched file was saved). */
static int read_line(Play *p, char *line, size_t size)
{
    for (;;) {
        char *nl = memchr(p->in, '\n', p->inlen);
        if (nl || (p->in_eof && p->inlen) || p->inlen == sizeof p->in) {
            size_t n = nl ? (size_t)(nl - p->in) : p->inlen, used = nl ? n + 1 : n;
            snprintf(line, size, "%.*s", (int)(n < size ? n : size - 1), p->in);
            memmove(p->in, p->in + used, p->inlen - used);
            p->inlen -= used;
            return INPUT_LINE;
        }
        if (p->in_eof)
            return INPUT_EOF;
        struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {p->watch ? watch_fd(p->watch) : -1, POLLIN, 0}};
        if (poll(fds, p->watch ? 2 : 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            return INPUT_EOF;
        }
        if (p->watch && (fds[1].revents & POLLIN) && watch_changed(p->watch))
            return INPUT_CHANGED;
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            ssize_t got = read(STDIN_FILENO, p->in + p->inlen, sizeof p->in - p->inlen);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                p->in_eof = true;
            else
                p->inlen += (size_t)got;
        }
    }
}

/* Loads the saved file again and carries the session over to it; on any error the last
 * good version keeps playing and the error is shown with its file:line. */
static void reload(Play *p)
{
    DiagList diags = {0};
    LoadOptions opts = {p->rubric, {0, 0}};
    ReloadReport rep;
    Explorer *ex = NULL;
    Session *s = NULL;
    Diag err;
    char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
    diag_clear(&err);
    printf("\n*** %s changed: reloading.\n", cli_shown(p->path));
    ScriptScenario *ss = script_load(p->path, &opts, &diags);
    if (!ss) {
        cli_print_diags(stdout, &diags);
        goto keep;
    }
    const Scenario *sc = script_scenario(ss);
    if (!(s = reload_session(sc, p->s, &rep))) {
        printf("out of memory\n");
        goto keep;
    }
    if (session_status(s) == SESSION_FAILED) {
        printf("%s\n", diag_format(session_error(s), buf, sizeof buf));
        goto keep;
    }
    if (!(ex = explorer_run_from(sc, 0, session_start_scene(s), session_start_vars(s), &err))) {
        printf("%s\n", diag_format(&err, buf, sizeof buf));
        goto keep;
    }
    /* The old session borrows the old scenario: free it first. */
    session_free(p->s);
    explorer_free(p->ex);
    script_free(p->ss);
    p->ss = ss;
    p->sc = sc;
    p->s = s;
    p->ex = ex;
    printf("*** Reloaded: replayed %d of %d decisions.", rep.replayed, rep.replayed + rep.dropped);
    if (rep.dropped)
        printf(" Stopped there: %s.", rep.reason);
    printf("\n");
    cli_play_save(p, false);
    diag_list_free(&diags);
    return;
keep:
    printf("*** The edited file has an error (above); still playing the last version that loaded. "
           "Fix it and save again.\n");
    session_free(s);
    script_free(ss);
    diag_list_free(&diags);
}

/* Asks on the terminal; returns a position, 0 for quit, -2 for back, -3 after a reload. */
static int ask(Play *p)
{
    char line[64];
    int n = session_available_count(p->s);
    for (;;) {
        printf("\nChoose 1-%d%s, q to quit: ", n, p->practice && session_decision_count(p->s) ? ", b to step back" : "");
        fflush(stdout);
        int got = read_line(p, line, sizeof line);
        if (got == INPUT_EOF)
            return 0;
        if (got == INPUT_CHANGED) {
            reload(p);
            return -3;
        }
        line[strcspn(line, "\r")] = '\0';
        uint64_t v;
        if (strcmp(line, "q") == 0)
            return 0;
        if (strcmp(line, "b") == 0 && p->practice && session_decision_count(p->s))
            return -2;
        if (cli_parse_u64(line, (uint64_t)n, &v) == 0 && v >= 1)
            return (int)v;
        printf("Type a number from 1 to %d.", n);
    }
}

/* The next position to take: scripted, automatic or asked. Returns it, 0 to stop, -2 to
 * step back, -3 to show the scene again, or a negative exit status minus 100. */
static int next_position(Play *p, const char **cursor, bool *interactive)
{
    int scene = session_scene(p->s), pos;
    if (p->autoplay) {
        if ((pos = auto_position(p)) == 0) {
            cli_error("--auto: no choice in scene '%s' can lead to an ending", scenario_scene(p->sc, scene)->id);
            return -100 - EXIT_DATAERR;
        }
        printf("\n> %d (%s)\n", pos, p->autoplay);
        return pos;
    }
    if (*interactive)
        return ask(p);
    if ((pos = next_scripted(cursor)) < 0) {
        cli_error("--choices: each item must be a whole number of 1 or more, e.g. --choices 2,1,3");
        return -100 - EXIT_USAGE;
    }
    if (pos > 0) {
        printf("\n> %d\n", pos);
        return pos;
    }
    if (!isatty(STDIN_FILENO)) {
        printf("\n(no more --choices: stopped at scene '%s' before an ending)\n", scenario_scene(p->sc, scene)->id);
        session_abandon(p->s, cli_now_ms());
        cli_play_save(p, true);
        return -100 - EXIT_OK;
    }
    *interactive = true;
    return ask(p);
}

int cli_play_loop(Play *p)
{
    const char *cursor = p->choices;
    bool scripted = p->choices != NULL, interactive = !scripted && !p->autoplay;
    char taken[4096] = "";
    while (session_status(p->s) != SESSION_FAILED) {
        int scene = session_scene(p->s);
        cli_print_scene(stdout, p->sc, scene, session_text(p->s));
        if (session_status(p->s) == SESSION_ENDED)
            break;
        print_choices(p);
        int pos = next_position(p, &cursor, &interactive);
        if (pos <= -100)
            return -pos - 100;
        if (pos == -3)
            continue;
        if (pos == -2) {
            session_undo(p->s, cli_now_ms());
            cli_play_save(p, false);
            continue;
        }
        if (pos == 0) {
            session_abandon(p->s, cli_now_ms());
            printf("\nStopped before an ending%s.\n", p->no_log ? "" : "; the attempt is saved as abandoned");
            cli_play_save(p, true);
            return EXIT_OK;
        }
        if (pos > session_available_count(p->s)) {
            cli_error("choice %d is out of range in scene '%s': %d choices are shown there", pos,
                      scenario_scene(p->sc, scene)->id, session_available_count(p->s));
            session_abandon(p->s, cli_now_ms());
            cli_play_save(p, true);
            return EXIT_USAGE;
        }
        int choice = session_available(p->s, pos - 1);
        size_t used = strlen(taken);
        snprintf(taken + used, sizeof taken - used, "%s%d", used ? "," : "", pos);
        Diag err;
        diag_clear(&err);
        session_choose(p->s, choice, cli_now_ms(), &err);
        if (p->practice && session_status(p->s) != SESSION_FAILED)
            cli_print_feedback(stdout, p->sc, scene, choice);
        if (cli_play_save(p, false))
            return EXIT_CANTCREAT;
    }
    if (session_status(p->s) == SESSION_FAILED) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_error("the scenario stopped with a script error:");
        fprintf(stderr, "%s\n", diag_format(session_error(p->s), buf, sizeof buf));
        if (session_error(p->s)->trace[0])
            fprintf(stderr, "%s\n", session_error(p->s)->trace);
        cli_play_save(p, false);
        return EXIT_DATAERR;
    }
    if (scripted && count_left(cursor) > 0)
        cli_warning("%d choice(s) left over after the ending were ignored", count_left(cursor));
    if (p->autoplay)
        printf("\nChoices taken: %s\n", taken);
    if (cli_play_save(p, false))
        return EXIT_CANTCREAT;
    Attempt a;
    AttemptInfo info = {p->session_id, p->trainee, p->mode, "text", RJSIM_VERSION, false, NULL};
    if (attempt_capture(&a, p->s, p->ex, &info) == 0)
        cli_print_debrief(stdout, p->sc, &a);
    attempt_free(&a);
    return EXIT_OK;
}
