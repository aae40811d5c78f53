"""The whole app's key map, in one place: bindings for each widget and the help screen's table."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    keys: str
    action: str
    description: str
    id: str
    show: bool = True
    help_keys: str = ""  # how the help screen writes the key(s), when it differs from `keys`
    help: str = ""  # the help screen's longer wording; the Footer has room for `description` only
    in_help: bool = True  # False: a second meaning of a key the help screen already explains


# The main screen's keys: they work wherever focus is there. Quit, help and theme are also the
# app's own (`reader.ui.main.APP_WIDE`), for the screens that do not bind those keys themselves.
APP = (
    Key("q", "quit", "Quit", "quit", help="Quit (your place in every article is kept)"),
    Key("question_mark", "help", "Help", "help", help_keys="?", help="This help"),
    Key("n", "next_article", "Next", "next-article", help="Next article in the library"),
    Key("p", "previous_article", "Prev", "previous-article", help="Previous article"),
    Key("l", "toggle_library", "Library", "toggle-library", help="Show or hide the library"),
    Key("r", "toggle_read", "Read/unread", "toggle-read", show=False,
        help="Mark the article read or unread"),
    Key("s", "cycle_sort", "Sort", "cycle-sort", show=False,
        help="Sort the library by id, title, unread first, or date"),
    Key("ctrl+o", "jump_back", "Back", "jump-back", show=False,
        help="Back to where you were before the last jump"),
    Key("h", "toggle_highlight", "Highlight", "toggle-highlight", show=False,
        help="Show or hide company and model highlighting"),
    Key("m", "mentions", "Mentions", "mentions",
        help="Mentions panel: companies and models in this article"),
    Key("M", "partnership_map", "Map", "partnership-map", show=False,
        help="Partnership map: who works with whom in the library, with the sentences"),
    Key("full_stop", "next_mention", "Next mention", "next-mention", show=False,
        help_keys=".", help="Next mention"),
    Key("comma", "previous_mention", "Prev mention", "previous-mention", show=False,
        help_keys=",", help="Previous mention"),
    Key("o", "links", "Links", "links", show=False,
        help="Links of this article: enter opens one in the browser, y copies its address"),
    Key("t", "toggle_translation", "English", "toggle-translation",
        help="Show or hide the English translation"),
    Key("v", "cycle_view", "View", "cycle-view", show=False,
        help="Cycle original / side by side / English only"),
    Key("d", "download_model", "Download", "download-model",
        help="Download the French→English model (when none is installed)"),
    Key("ctrl+t", "next_theme", "Theme", "next-theme", show=False,
        help="Next theme (ctrl+p, then 'Theme: NAME' for any)"),
    # During a find n and N step through its matches: the Footer says so, and hides them when
    # there is no match (`MainScreen.check_action` picks which binding of n applies).
    Key("n", "next_match", "Next match", "next-match", in_help=False),
    Key("N", "previous_match", "Prev match", "previous-match",
        help="Previous match (while a find is active; n goes to the next)"),
    Key("escape", "end_find", "End find", "end-find",
        help="End the find, or clear the library filter"),
    Key("escape", "clear_filter", "Clear filter", "clear-filter", show=False, in_help=False),
    Key("R", "refresh_feeds", "Refresh feeds", "refresh-feeds", show=False,
        help="Refresh every feed in the background (ctrl+p: add a feed or page URL)"),
    Key("delete", "delete_article", "Delete", "delete-article", show=False,
        help="Delete this saved web article (asks first)"),
)

# The article view.
ARTICLE = (
    Key("j,down", "scroll_down", "Down", "article-down", show=False, help_keys="j / ↓"),
    Key("k,up", "scroll_up", "Up", "article-up", show=False, help_keys="k / ↑"),
    Key("space,pagedown", "page_down", "Page down", "article-page-down", show=False,
        help_keys="space / pgdn"),
    Key("b,pageup", "page_up", "Page up", "article-page-up", show=False, help_keys="b / pgup"),
    Key("g,home", "top", "Top", "article-top", show=False, help_keys="g / home"),
    Key("G,end", "bottom", "Bottom", "article-bottom", show=False, help_keys="G / end"),
    Key("w", "toggle_wide", "Wide", "article-wide", show=False,
        help="Tables at full width, scrolled sideways with ← → (code always keeps its lines)"),
    Key("slash", "screen.find", "Find", "article-find", help_keys="/",
        help="Find in this article (both columns)"),
)

# The library list.
LIBRARY = (
    Key("j,down", "cursor_down", "Down", "library-down", show=False, help_keys="j / ↓"),
    Key("k,up", "cursor_up", "Up", "library-up", show=False, help_keys="k / ↑"),
    Key("enter", "select", "Open", "library-open", help_keys="enter"),
    Key("g,home", "first", "First", "library-first", show=False, help_keys="g / home"),
    Key("G,end", "last", "Last", "library-last", show=False, help_keys="G / end"),
    Key("space,pagedown", "page_down", "Page down", "library-page-down", show=False,
        help_keys="space / pgdn"),
    Key("b,pageup", "page_up", "Page up", "library-page-up", show=False, help_keys="b / pgup"),
    Key("slash", "screen.filter_library", "Filter", "library-filter", help_keys="/",
        help="Filter the library by title and text"),
)

# The find field: its enter, given a Footer label (printable keys are typed, so the Footer is
# otherwise all but empty while the reader types).
FIND = (Key("enter", "submit", "Go", "find-go", help="Go to the first match"),)

# Keys handled by Textual itself, listed so the help screen is complete.
BUILT_IN = (
    ("tab / shift+tab", "Move focus between the library and the article"),
    ("ctrl+p", "Command palette"),
    ("escape", "Close a dialog or the help screen"),
)


def bindings(keys: tuple[Key, ...], on_app: frozenset[str] = frozenset()) -> list[Binding]:
    """The Bindings of `keys`; the actions named in `on_app` run on the app (`app.` namespace)."""
    return [
        Binding(k.keys, f"app.{k.action}" if k.action in on_app else k.action, k.description,
                show=k.show, id=k.id)
        for k in keys
    ]


def help_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """Sections of (key, what it does) for the help screen, generated from the bindings above."""

    def rows(keys: tuple[Key, ...]) -> list[tuple[str, str]]:
        return [(k.help_keys or k.keys, k.help or k.description) for k in keys if k.in_help]

    return [
        ("Everywhere", rows(APP) + list(BUILT_IN)),
        ("Article", rows(ARTICLE)),
        ("Library", rows(LIBRARY)),
    ]
