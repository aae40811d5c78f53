"""Articles on disk: loading, front matter, titles, ids, and the library they form."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from pathlib import Path

from reader import document
from reader.document import Block
from reader.text import NotText, clean, decode, escape_controls, strip_controls

MAX_BYTES = 5 * 1024 * 1024
# A Markdown body longer than this is parsed a piece at a time when shown (`Article.head`):
# whole, it would cost tens of milliseconds or more before the first lines could be drawn.
LAZY_CHARS = 50_000
EXTENSIONS = (".md", ".markdown", ".txt", ".html", ".htm")
# A web page saved to disk: read through the extractor `reader add` uses, not as its source.
HTML_EXTENSIONS = (".html", ".htm")
WORDS_PER_MINUTE = 230

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_META_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def _label(path: Path) -> str:
    """A path as one printable line, for messages (names may hold newlines or ESC)."""
    return escape_controls(str(path))


class AmbiguousKey(LookupError):
    """A key that starts several ids: the message lists them."""


class LoadError(Exception):
    """A file that cannot be an article; the message is one line for the user."""


@dataclass(eq=False)
class Article:
    """A loaded article. `text` is the whole file as decoded and cleaned; offsets index it."""

    id: str
    path: Path
    text: str = field(repr=False)  # a repr (a log line, a worker's name) without megabytes
    title: str
    body_offset: int = 0
    body_line: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    markdown: bool = True
    notice: str | None = None
    lang: str | None = None
    # A long article's parse under way (`head`): `blocks` finishes it, reusing what is done.
    parsing: document.Parsing | None = field(default=None, repr=False)

    @property
    def body(self) -> str:
        return self.text[self.body_offset :]

    @cached_property
    def blocks(self) -> list[Block]:
        if self.markdown:
            if self.parsing is not None:
                return self.parsing.all() or []
            return document.parse(self.body, self.body_line)
        return _text_blocks(self.body, self.body_line)

    @property
    def parsed(self) -> bool:
        """Whether `blocks` is known (asking for it then costs nothing)."""
        return "blocks" in self.__dict__

    def head(self, count: int) -> list[Block]:
        """The first `count` blocks or more (all when there are fewer), exactly as in `blocks`.

        A long Markdown article is parsed only that far: its first screen shows at once, and
        `parse_rest` (in a worker) or `blocks` does the rest.
        """
        if self.parsed or not self.markdown or len(self.text) - self.body_offset <= LAZY_CHARS:
            return self.blocks
        if self.parsing is None:
            self.parsing = document.Parsing(self.body, self.body_line)
        head = self.parsing.head(count)
        if self.parsing.complete:
            self.set_blocks(head)
        return head

    def parse_rest(self, cancelled: Callable[[], bool] | None = None) -> list[Block] | None:
        """All the blocks, parsing what `head` left; safe in a worker thread, as it changes
        nothing of the article (the caller hands the result to `set_blocks` on its own loop).
        None when cancelled first."""
        parsing = self.parsing
        if parsing is None:
            return self.blocks if self.parsed else None
        return parsing.all(cancelled)

    def set_blocks(self, blocks: list[Block]) -> None:
        """The parse is done (`parse_rest`'s result): keep the blocks, drop the pieces."""
        self.__dict__.setdefault("blocks", blocks)
        self.parsing = None

    @property
    def known_words(self) -> int | None:
        """The word count if known already (counted, or the blocks parsed), else None."""
        if "words" in self.__dict__ or self.parsed:
            return self.words
        return None

    @cached_property
    def words(self) -> int:
        # Counted on the rendered blocks: Markdown syntax (`#`, `-`, URLs) is not words.
        return sum(block.words for block in self.blocks)

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.words / WORDS_PER_MINUTE)) if self.words else 0

    @cached_property
    def digest(self) -> str:
        data = self.text.encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, digest_size=12).hexdigest()

    @property
    def language(self) -> str | None:
        """The article's language: front matter `lang`, else what detection found."""
        return self.meta.get("lang") or self.lang


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Return (metadata, offset of the body).

    Front matter is only `key: value` lines and blank lines between the two fences (a key's
    indented YAML values, `tags:` then `  - ia`, ride along with it). Anything else there
    ("---\nIntro.\n---", a `# Heading` between two rules) is text a reader must see, so the
    fences are then rules of the body, not front matter.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    meta: dict[str, str] = {}
    after_key = False
    for line in (match.group(1) or "").splitlines():
        if not line.strip():
            continue
        if line[0] in " \t" and after_key:
            continue
        item = _META_LINE.match(line)
        if not item:
            return {}, 0
        after_key = True
        if item:
            meta[item.group(1).lower()] = _meta_value(item.group(2))
    return meta, match.end()


def _meta_value(value: str) -> str:
    """A front matter value: JSON-string quoted (what reader writes) or plain, quotes dropped."""
    if len(value) >= 2 and value[0] == value[-1] == '"' and "\\" in value:
        # Written by reader for text from the network: escapes are decoded, and controls
        # an escape could spell (\u001b) go through the same gate as the rest of the file.
        try:
            decoded = json.loads(value)
        except ValueError:
            decoded = None
        if isinstance(decoded, str):
            return strip_controls(decoded)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def article_from_text(text: str, path: Path, article_id: str | None = None) -> Article:
    """Build an article from already-decoded text (used by the loader and by tests)."""
    text = clean(text)
    markdown = path.suffix.lower() != ".txt"
    meta, offset = parse_front_matter(text) if markdown else ({}, 0)
    body_line = text.count("\n", 0, offset)
    article = Article(
        id=article_id or escape_controls(path.stem),
        path=path,
        text=text,
        title="",
        body_offset=offset,
        body_line=body_line,
        meta=meta,
        markdown=markdown,
    )
    article.title = meta.get("title") or _title_from_body(article)
    return article


def load_article(path: Path, article_id: str | None = None) -> Article:
    """Read one file; raise LoadError with a one-line reason when it is not an article."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise LoadError(f"{_label(path)}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"{_label(path)}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        # FIFOs and devices would block or never end.
        raise LoadError(f"{_label(path)}: not a regular file")
    if info.st_size > MAX_BYTES:
        raise LoadError(f"{_label(path)}: too large ({info.st_size / 1e6:.1f} MB; limit 5 MB)")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise LoadError(f"{_label(path)}: cannot read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise LoadError(f"{_label(path)}: too large (over 5 MB)")
    try:
        decoded = decode(data)
    except NotText:
        raise LoadError(f"{_label(path)}: not a text file") from None
    if path.suffix.lower() in HTML_EXTENSIONS:
        return _from_html(data, path, article_id)
    article = article_from_text(decoded.text, path, article_id)
    if decoded.notice:
        # Named by path like every other load message: two folders may hold the same name.
        article.notice = f"{_label(path)}: {decoded.notice}"
    return article


def _from_html(data: bytes, path: Path, article_id: str | None) -> Article:
    """A local web page as the article `reader add` would save from it (trafilatura, lazily)."""
    from reader.webpage import decode_html, extract_page

    try:
        page = extract_page(decode_html(data), path.resolve().as_uri())
    except Exception as error:  # the extractor's bug on a strange page: this file's failure
        logging.getLogger("reader").warning("%s: extraction failed", path, exc_info=error)
        raise LoadError(f"{_label(path)}: cannot read the page ({type(error).__name__})") from None
    article = article_from_text(page.markdown, path, article_id)
    meta = {"title": page.title, "author": page.author, "date": page.date, "lang": page.lang}
    article.meta = {key: value for key, value in meta.items() if value}
    article.title = page.title or article.title
    return article


_ATX_TITLE = re.compile(r"^ {0,3}#{1,2}(?:[ \t]+|$)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def _head_blocks(article: Article) -> list[Block]:
    """The blocks a title can come from, without parsing the whole article.

    A library lists thousands of articles: parse only the first paragraph, or the first
    level-1/2 heading line among the first lines, which is what a title is taken from.
    """
    if "blocks" in article.__dict__ or len(article.body) <= 2000:
        return article.blocks
    if not article.markdown:
        return _text_blocks(article.body[:2000], article.body_line)
    heading = None
    in_fence = False
    for number, line in enumerate(article.body.split("\n", 60)[:60]):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and _ATX_TITLE.match(line):
            heading = (number, line)
            break
    chunk = article.body.lstrip().split("\n\n", 1)[0][:2000]
    blocks = document.parse(chunk, article.body_line) if chunk else []
    if not any(b.kind == document.HEADING and b.level <= 2 for b in blocks) and heading:
        number, line = heading
        blocks = document.parse(line, article.body_line + number) + blocks
    return blocks


# A body opening with a level-1/2 heading of plain words (nothing inline Markdown would read:
# no emphasis, code, link, entity, escape, autolink, strike, closing #s; no whitespace but
# what CommonMark trims at its ends, the set below).
_PLAIN_HEADING = re.compile(r"(?:[ \t]*\n)*[ ]{0,3}#{1,2}[ ]+([^\n]+)")
_INLINE_SYNTAX = re.compile(r"[\\&*_`\[\]<~#\t\r\f\v]")
# What markdown-it trims around a heading's text (markdown_it.common.utils.MD_TRIM_CHARS).
_HEADING_TRIM = ("\t\n\v\f\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
                 + "\u2028\u2029\u202f\u205f\u3000")


def plain_heading_title(body: str) -> str | None:
    """The title `_title_from_body` gives, when the body opens with a plain heading: found
    without markdown-it (its import costs about 20 ms before the first paint); else None."""
    match = _PLAIN_HEADING.match(body)
    if match is None:
        return None
    text = match[1].strip(_HEADING_TRIM)
    if not text or text[0].isspace() or text[-1].isspace() or _INLINE_SYNTAX.search(text):
        return None
    return _shorten(strip_controls(text))


def _title_from_body(article: Article) -> str:
    if article.markdown and (title := plain_heading_title(article.body)) is not None:
        return title
    blocks = _head_blocks(article)
    for block in blocks[:20]:
        if block.kind == document.HEADING and block.level <= 2 and block.text.strip():
            return _shorten(block.text)
    # The first block's text, not the first source line: Markdown syntax is no title.
    first = next(
        (
            line.strip()
            for block in blocks
            if block.kind not in (document.CODE, document.RULE)
            for line in block.text.splitlines()
            if line.strip()
        ),
        "",
    )
    if not first:
        return escape_controls(article.path.stem)
    return _shorten(_first_sentence(first))


def _first_sentence(line: str) -> str:
    match = re.match(r"(.+?[.!?…])(?:\s|$)", line)
    return match.group(1) if match else line


def _shorten(title: str, limit: int = 120) -> str:
    # Collapse ordinary whitespace only: a no-break space (French "Google\xa0:") must stay.
    title = re.sub(r"[ \t\n]+", " ", title).strip()
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _text_blocks(body: str, line_offset: int) -> list[Block]:
    """Plain text: one paragraph per line, or per blank-line-separated run when there are some.

    A first line that looks like a title (short, no final full stop) becomes a heading.
    """
    lines = body.split("\n")
    has_blank_runs = any(not line.strip() for line in lines[1:-1])
    blocks: list[Block] = []
    chunk: list[str] = []
    chunk_line = 0
    for number, line in enumerate([*lines, ""]):
        if line.strip() and has_blank_runs:
            if not chunk:
                chunk_line = number
            chunk.append(line.strip())
            continue
        if chunk:
            blocks.append(_text_block(" ".join(chunk), chunk_line + line_offset))
            chunk = []
        if line.strip():
            blocks.append(_text_block(line.strip(), number + line_offset))
    if blocks and looks_like_title(blocks[0].text):
        first = blocks[0]
        blocks[0] = Block(document.HEADING, first.text, level=1, line=first.line)
    return blocks


def _text_block(text: str, line: int) -> Block:
    return Block(document.PARAGRAPH, text, line=line)


def looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 150 and not line.endswith((".", ",", ";", ":")) and "\n" not in line


@dataclass
class Library:
    articles: list[Article]
    messages: list[str]

    def by_id(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def numbered(self) -> list[Article]:
        """The articles in id order: article n is row n of `reader list`, counted from 1."""
        return sorted(self.articles, key=lambda a: a.id)

    def find(self, key: str) -> Article:
        """The article an id, its number (`reader list`'s # column) or a unique id prefix names.

        A number is written without leading zeros ("1" is the first row): "001" is the start of
        an id such as `001_fb4b…`, as `reader list` prints it. Raises LookupError with a one-line
        message: no such article, or (AmbiguousKey) the ids a prefix matches.
        """
        exact = self.by_id(key)
        if exact is not None:
            return exact
        ordered = self.numbered()
        if _is_number(key) and 1 <= int(key) <= len(ordered):
            return ordered[int(key) - 1]
        found = [a for a in ordered if a.id.startswith(key)]
        if len(found) == 1:
            return found[0]
        # "0" or "9" for five articles: say what the numbers are, not just what ids start with.
        hint = self.number_hint(key)
        if not found:
            raise LookupError(f"no article with id {key!r}" + (f" ({hint})" if hint else ""))
        ids = [a.id for a in found]
        shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
        raise AmbiguousKey(
            f"{key!r} matches {len(ids)} articles: {shown}" + (f" ({hint})" if hint else "")
        )

    def number_hint(self, key: str) -> str:
        """For a key that is a number no article has, the numbers there are; else ""."""
        if not _is_number(key) or not self.articles:
            return ""
        return f"reader list numbers the articles 1 to {len(self.articles)}"


def _is_number(key: str) -> bool:
    return key.isascii() and key.isdigit() and key == str(int(key))


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Expand directories into article files (sorted); report paths that are not there."""
    listing = Listing(paths)
    return listing.files(), listing.messages


class Listing:
    """The article files under some paths, found by name: cheap enough before the first paint.

    A folder of 10,000 articles costs a walk of names (about 15 ms here), not the Path objects
    and their sorting (`files()`, 0.2 s through `Path.rglob`), so the app can count the files
    and pick the one to show first (`first`), and leave the rest to a worker.
    """

    def __init__(self, paths: Sequence[Path]) -> None:
        self.messages: list[str] = []
        # Per path given: its files as (folder, name); a folder's are sorted as Paths sort.
        self._groups: list[tuple[bool, list[tuple[str, str]]]] = []
        for path in paths:
            if path.is_dir() and path.suffix.lower() not in EXTENSIONS:
                self._groups.append((True, _walk(os.fspath(path))))
            elif path.exists() or path.is_symlink():
                self._groups.append((False, [("", os.fspath(path))]))
            else:
                self.messages.append(f"{_label(path)}: no such file or directory")
        if _overlapping([p for p in paths if p.exists() or p.is_symlink()]):
            # (only then: the default library, the seeds and the saved articles apart, lists
            # each file once without a look at each of its 10,000 names before the first paint)
            self._groups = _without_repeats(self._groups)

    def __len__(self) -> int:
        return sum(len(entries) for _, entries in self._groups)

    def files(self) -> list[Path]:
        """The files in library order: each folder's sorted, then the next path's."""
        out: list[Path] = []
        for walked, entries in self._groups:
            if walked:
                out += [Path(folder, name) for folder, name in sorted(entries, key=_path_order)]
            else:
                out += [Path(name) for _, name in entries]
        return out

    def first(self, last: str | None = None) -> tuple[Path, str] | None:
        """The file to show first and its id (as `assign_ids` of `files()` gives it): the one
        read last (`last`, a resolved path) if it is listed, else the one of smallest id."""
        groups = self._groups
        stems = [[_stem(name, walked) for _, name in entries] for walked, entries in groups]

        def order(place: tuple[int, int]) -> tuple:
            group, number = place
            walked, entries = groups[group]
            return (group, _path_order(entries[number]) if walked else ())

        def path(place: tuple[int, int]) -> Path:
            folder, name = groups[place[0]][1][place[1]]
            return Path(folder, name) if folder else Path(name)

        if last:
            # Only files of that name can be it (a link under another name is not looked for).
            base = os.path.basename(last)
            named = [(group, number) for group, (_, entries) in enumerate(groups)
                     for number, (_, name) in enumerate(entries)
                     if os.path.basename(name) == base]
            for place in sorted(named, key=order):
                if str(path(place).resolve()) == last:
                    stem = stems[place[0]][place[1]]
                    before = sum(1 for group, found in enumerate(stems)
                                 for number, other in enumerate(found)
                                 if other == stem and order((group, number)) < order(place))
                    return path(place), stem if before == 0 else f"{stem}~{before + 1}"
        smallest = min((min(found) for found in stems if found), default=None)
        if smallest is None:
            return None
        # The smallest id is a plain stem: that of the first file (in order) with that stem.
        place = min(((group, number) for group, found in enumerate(stems)
                     for number, stem in enumerate(found) if stem == smallest), key=order)
        return path(place), smallest


def _overlapping(paths: Sequence[Path]) -> bool:
    """Whether two of the paths are the same or one lies inside another (by name)."""
    roots = [os.path.normcase(os.path.abspath(p)) for p in paths]  # (a few: those given)
    return any(a == b or b.startswith(a.rstrip(os.sep) + os.sep)
               or a.startswith(b.rstrip(os.sep) + os.sep) for a, b in combinations(roots, 2))


def _without_repeats(groups: list[tuple[bool, list[tuple[str, str]]]]
                     ) -> list[tuple[bool, list[tuple[str, str]]]]:
    """The groups with each file kept once, where it is first listed: `reader a.md a.md` or a
    file and its folder are one article, not two with ids `a` and `a~2`."""
    seen: set[str] = set()
    out = []
    for walked, entries in groups:
        kept = []
        for folder, name in entries:
            key = os.path.normcase(os.path.abspath(os.path.join(folder, name)))
            if key not in seen:
                seen.add(key)
                kept.append((folder, name))
        out.append((walked, kept))
    return out


def _walk(top: str) -> list[tuple[str, str]]:
    """What `Path.rglob("*")` finds under `top` that is named like an article: (folder, name)."""
    found: list[tuple[str, str]] = []
    for folder, folders, names in os.walk(top):
        # rglob lists folders too (one named `x.md` is then reported as not an article), and
        # goes into neither folders it was linked to nor ones it cannot read, as os.walk.
        for name in (*names, *folders):
            dot = name.rfind(".")
            if dot > 0 and name[0] != "." and name[dot:].lower() in EXTENSIONS:
                found.append((folder, name))
    return found


def _path_order(entry: tuple[str, str]) -> tuple[str, ...]:
    # Paths compare by their parts ("a/b" before "a-c"), not as strings.
    return (*(part for part in entry[0].split(os.sep) if part), entry[1])


def _stem(name: str, walked: bool) -> str:
    """`escape_controls(Path(name).stem)`, without a Path for a name the walk found (it ends
    in an article's extension, where cutting at the last dot is what Path.stem does)."""
    stem = name[: name.rfind(".")] if walked else Path(name).stem
    return stem if stem.isprintable() else escape_controls(stem)


def assign_ids(files: Sequence[Path]) -> list[tuple[Path, str]]:
    """Each file with its id: the file stem, made unique within the library (`stem~2`)."""
    seen: dict[str, int] = {}
    out: list[tuple[Path, str]] = []
    for file in files:
        stem = escape_controls(file.stem)
        count = seen.get(stem, 0) + 1
        seen[stem] = count
        out.append((file, stem if count == 1 else f"{stem}~{count}"))
    return out


def load_files(
    named: Iterable[tuple[Path, str]],
    loaded: dict[Path, Article] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Library:
    """Load (path, id) pairs; `loaded` holds articles already read (kept as they are)."""
    articles: list[Article] = []
    messages: list[str] = []
    for file, article_id in named:
        if cancelled is not None and cancelled():
            break
        if loaded and file in loaded:
            articles.append(loaded[file])
            continue
        try:
            article = load_article(file, article_id)
        except LoadError as error:
            messages.append(str(error))
            continue
        if article.notice:
            messages.append(article.notice)
        articles.append(article)
    return Library(articles, messages)


def load_library(paths: Iterable[Path]) -> Library:
    """Load every article under `paths`; files that are not articles become messages."""
    files, messages = discover(list(paths))
    library = load_files(assign_ids(files))
    library.messages[:0] = messages
    return library
