/* app: the state shared by the game's screens (internal to engine/ui).
 *
 * Every screen lays out a list of Boxes (layout.h) from the App's state; the loop draws them
 * and routes input to actions. Nothing is drawn unless something changed (app->dirty), and
 * the loop sleeps in SDL_WaitEvent when idle.
 * Ownership: app_create/app_destroy pair; screens borrow the App. */
#ifndef RJ_APP_H
#define RJ_APP_H

#include "game.h"
#include "core/rubric.h"
#include "script/loader.h"
#include "layout.h"
#include "library.h"
#include "live.h"
#include "settings.h"
#include "text.h"
#include "theme.h"
#include "ui.h"

#include <SDL.h>
#include <stdbool.h>

typedef enum ScreenId {
    SCREEN_TITLE, SCREEN_LIBRARY, SCREEN_BRIEFING, SCREEN_SCENE, SCREEN_FEEDBACK, SCREEN_DEBRIEF,
    SCREEN_HISTORY, SCREEN_SETTINGS, SCREEN_ERROR, SCREEN_CONFIRM_LEAVE, SCREEN_WORKSHOP, SCREEN_WS_DEBRIEF,
    SCREEN_COUNT
} ScreenId;

/* What a box does when activated (Enter, a click, or its number key). */
typedef enum Action {
    ACT_NONE, ACT_START, ACT_MODE, ACT_SETTINGS, ACT_HISTORY, ACT_QUIT, ACT_OPEN, ACT_FILTER, ACT_BEGIN,
    ACT_CHOICE, ACT_NEXT_PAGE, ACT_PREV_PAGE, ACT_CONTINUE, ACT_STEP_BACK, ACT_BACK, ACT_TEXT_BIGGER,
    ACT_TEXT_SMALLER, ACT_THEME, ACT_FULLSCREEN, ACT_DETAILS, ACT_LIBRARY, ACT_LEAVE, ACT_STAY, ACT_NAME,
    ACT_RESULTS_DIR, ACT_RETRY, ACT_WORKSHOP, ACT_VOTE_ADD, ACT_VOTE_REMOVE, ACT_TAKE, ACT_REVEAL, ACT_BLANK,
    ACT_FLAG, ACT_SWAP, ACT_HELP, ACT_ROOM_NEXT, ACT_ROOM_PREV
} Action;

typedef struct App App;

/* One window and what is drawn in it. The game has one; workshop mode has a projection for
 * the room and a presenter view for the facilitator, as two windows when there are two
 * displays, or one window that switches between them. */
typedef enum ViewRole { VIEW_GAME, VIEW_PROJECTION, VIEW_PRESENTER } ViewRole;

typedef struct View {
    ViewRole role;
    SDL_Window *window;
    SDL_Renderer *renderer;
    Text *text;             /* each renderer has its own textures */
    int out_w, out_h;       /* drawable size in pixels (high-DPI aware) */
    float scale_x, scale_y; /* window points to pixels, for mouse input */
    Layout layout;
    int page, pages;        /* page of the current content; set by the layout */
    int focus;              /* index among focusable boxes in reading order; -1 none */
    int hover;              /* box under the mouse; -1 none */
    bool dirty;             /* lay out and draw again */
    unsigned long frames;   /* frames drawn, for the idle benchmark */
} View;

typedef struct Screen {
    void (*layout)(App *app, Layout *l);
    /* Handles an action; returns true if it changed anything. */
    bool (*act)(App *app, Action a, int arg);
} Screen;

struct App {
    const UiOptions *opts;
    View views[2];
    int nviews;
    View *v;              /* the view being laid out, drawn or given input */
    Theme theme;
    Settings settings;
    Library library;
    Rubric *rubric;       /* the bundled rubric, for principle names; may be NULL */
    Game game;

    ScreenId screen, previous;
    int role_filter;      /* 0 all, 1 prosecutor, 2 officer */
    bool details;         /* error screen: traceback unfolded */
    char name_edit[128];  /* the title screen's name field */
    char message[1400];   /* a note shown once on the next screen (e.g. could not save) */

    Live *live;           /* live reload of the open scenario; NULL when off */
    Uint32 reload_event;  /* the SDL event type live posts */
    bool workshop;        /* opening scenarios in workshop mode */
    bool help;            /* workshop: the presenter shows the shortcuts */
    bool flag_entry;      /* workshop: typing a note for the flag just made */
    bool results_entry;   /* settings: typing another results folder */
    char results_edit[1024];
    char results_override[1024]; /* a folder chosen in the game: before --results and settings */
    ScreenId settings_return; /* where Done on the settings screen goes back to */
    bool quit;
    int exit_status;
};

/* Switches screen (resetting page and focus). */
void app_go(App *app, ScreenId s);
/* Marks that the screen must be laid out and drawn again. */
void app_changed(App *app);
/* Performs an action as if its button had been activated. */
void app_act(App *app, Action a, int arg);
/* Lays out the current screen into app->layout (also done by app_draw). */
void app_layout(App *app);
/* Lays out and draws the current screen into the renderer, without presenting it. */
void app_render(App *app);
/* Lays out and draws one frame, presents and counts it. */
void app_draw(App *app);
/* Re-reads a view's drawable size after its window changed. */
void app_view_resize(View *v);
/* The n-th button of a layout in reading order (top to bottom, then left to right), or -1. */
int app_nth_button(const Layout *l, int n);
/* The action of the focused button, or -1 when nothing is focused. */
int app_focused_action(const App *app);
/* Handles one SDL event. */
void app_event(App *app, const SDL_Event *e);

App *app_create(const UiOptions *opts);
/* Opens another window for role (workshop mode): on display `display`, w x h, or full
 * screen there. It becomes the current view. 0, or -1 with a message on stderr. */
int app_open_view(App *app, ViewRole role, const char *title, int display, int w, int h, bool fullscreen);
void app_destroy(App *app);
/* Processes events until none is pending (waiting up to timeout_ms for the first, -1 for
 * ever) and draws if anything changed. Returns false once the app should quit. */
bool app_step(App *app, int timeout_ms);
/* Saves the current frame as PNG. 0, or -1 with a message on stderr. */
int app_screenshot(App *app, const char *path);

extern const Screen screen_title, screen_library, screen_briefing, screen_scene, screen_feedback,
    screen_debrief, screen_history, screen_settings, screen_error, screen_confirm_leave, screen_workshop,
    screen_ws_debrief;

/* Workshop keys (votes, reveal, pause, flag, swap, help); true when the key was used. */
bool workshop_key(App *app, const SDL_KeyboardEvent *k);
/* Workshop: sets up the projection and presenter views for the options given. */
void workshop_views(App *app);

#endif
