/* settings: a small key = value file, written atomically. */
#include "settings.h"

#include "journal/paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void settings_defaults(Settings *s)
{
    memset(s, 0, sizeof *s);
    snprintf(s->mode, sizeof s->mode, "practice");
    s->text_scale = 1.0;
}

const char *settings_path(char *buf, size_t size)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    buf[0] = '\0';
    if (xdg && xdg[0] == '/')
        snprintf(buf, size, "%s/rjsim/settings.conf", xdg);
    else if (home && *home)
        snprintf(buf, size, "%s/.config/rjsim/settings.conf", home);
    return buf;
}

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
        s[--n] = '\0';
}

int settings_load(Settings *s, char *err, size_t errsize)
{
    char path[1200], line[1400];
    settings_defaults(s);
    if (!settings_path(path, sizeof path)[0]) {
        snprintf(err, errsize, "no HOME or XDG_CONFIG_HOME: settings will not be kept");
        return -1;
    }
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f)) {
        char *eq = strchr(line, '=');
        if (line[0] == '#' || !eq)
            continue;
        *eq = '\0';
        char *key = line, *val = eq + 1;
        trim(key);
        while (*val == ' ')
            val++;
        trim(val);
        if (strcmp(key, "trainee") == 0)
            snprintf(s->trainee, sizeof s->trainee, "%s", val);
        else if (strcmp(key, "mode") == 0 && (strcmp(val, "practice") == 0 || strcmp(val, "assessment") == 0))
            snprintf(s->mode, sizeof s->mode, "%s", val);
        else if (strcmp(key, "text_scale") == 0 && atof(val) >= 0.7 && atof(val) <= 2.5)
            s->text_scale = atof(val);
        else if (strcmp(key, "high_contrast") == 0)
            s->high_contrast = strcmp(val, "yes") == 0;
        else if (strcmp(key, "fullscreen") == 0)
            s->fullscreen = strcmp(val, "yes") == 0;
        else if (strcmp(key, "results_dir") == 0)
            snprintf(s->results_dir, sizeof s->results_dir, "%s", val);
    }
    fclose(f);
    return 0;
}

int settings_save(const Settings *s, char *err, size_t errsize)
{
    char path[1200], body[2048];
    Diag d;
    diag_clear(&d);
    if (!settings_path(path, sizeof path)[0]) {
        snprintf(err, errsize, "no HOME or XDG_CONFIG_HOME: settings cannot be saved");
        return -1;
    }
    /* A name or folder with a newline must not smuggle in another key. */
    char trainee[sizeof s->trainee], results[sizeof s->results_dir];
    snprintf(trainee, sizeof trainee, "%s", s->trainee);
    snprintf(results, sizeof results, "%s", s->results_dir);
    for (char *c = trainee; *c; c++)
        if (*c == '\n' || *c == '\r')
            *c = ' ';
    for (char *c = results; *c; c++)
        if (*c == '\n' || *c == '\r')
            *c = ' ';
    char dir[1200];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    int n = snprintf(body, sizeof body,
                     "# rjsim settings (written by the game)\ntrainee = %s\nmode = %s\ntext_scale = %.2f\n"
                     "high_contrast = %s\nfullscreen = %s\nresults_dir = %s\n",
                     trainee, s->mode, s->text_scale, s->high_contrast ? "yes" : "no", s->fullscreen ? "yes" : "no",
                     results);
    if (paths_mkdirs(dir, &d) || paths_write_atomic(path, body, (size_t)n, &d)) {
        snprintf(err, errsize, "%s", d.message);
        return -1;
    }
    return 0;
}
