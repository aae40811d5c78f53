"""One article's translation: which blocks to translate, what the cache already has, the rest.

This is what a view or the CLI drives: `ArticleTranslation.open()` is fast (metadata and
cache reads only, no model), `run()` translates what is missing in the order asked for,
storing each block in the cache as it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from reader import document
from reader.articles import Article
from reader.translation.cache import TranslationCache
from reader.translation.engine import Translator
from reader.translation.errors import NoModelError
from reader.translation.packages import PackageInfo, find_package

# Kinds whose text is prose to translate (an image's text is its alt text, a table's its cells).
TEXT_KINDS = frozenset(
    {
        document.HEADING, document.PARAGRAPH, document.LIST_ITEM, document.QUOTE,
        document.IMAGE, document.TABLE,
    }
)

# Why a block is shown as it is.
KEPT_CODE = "code"
KEPT_ENGLISH = "english"
KEPT_EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class Row:
    """One source block as translation sees it; `kept` says why it is shown untranslated."""

    index: int
    kind: str
    source: str
    kept: str | None = None

    @property
    def translatable(self) -> bool:
        return self.kept is None


def plan_rows(article: Article, languages: Sequence[str | None] | None = None) -> list[Row]:
    """One row per block of `article`, in order; `languages` is one code per block if known."""
    rows = []
    for index, block in enumerate(article.blocks):
        kept = None
        if block.kind not in TEXT_KINDS:
            kept = KEPT_CODE if block.kind == document.CODE else KEPT_EMPTY
        elif not any(char.isalpha() for char in block.text):
            kept = KEPT_EMPTY
        elif languages is not None and index < len(languages) and languages[index] == "en":
            kept = KEPT_ENGLISH
        rows.append(Row(index, block.kind, block.text, kept))
    return rows


def names_stamp() -> str:
    from reader.catalog import gazetteer_stamp

    return gazetteer_stamp()


def _names(translator: Translator, article: Article, index: int) -> list[tuple[int, int]]:
    """The names a block's translation keeps as written: the article's mentions of it."""
    matcher = getattr(translator, "matcher", None)
    if matcher is None:
        return []
    from reader.entities import block_mentions

    return [(m.start, m.end) for m in block_mentions(article.blocks[index], article, matcher)]


def block_languages(article: Article) -> list[str | None]:
    """Per-block languages from reader.language, through its on-disk cache."""
    from reader.language import LanguageCache
    from reader.language import block_languages as detect_blocks

    cache = LanguageCache().load()
    languages = detect_blocks(article, cache)
    cache.save()
    return languages


class ArticleTranslation:
    """The translation state of one article for one model."""

    def __init__(
        self,
        article: Article,
        package: PackageInfo,
        cache: TranslationCache | None = None,
        languages: Sequence[str | None] | None = None,
    ) -> None:
        self.article = article
        self.package = package
        self.cache = cache if cache is not None else TranslationCache()
        self.rows = plan_rows(article, languages)
        # Row index -> text to show in the translation column.
        self.targets: dict[int, str] = {}
        translatable = [row for row in self.rows if row.translatable]
        # A translation keeps the names the mention engine found: stamped with it, a new
        # engine or gazetteer translates again.
        self.cache_key = f"{package.key}+names:{names_stamp()}"
        found = self.cache.get_many(self.cache_key, [row.source for row in translatable])
        for row in self.rows:
            if not row.translatable:
                self.targets[row.index] = row.source
        for row, target in zip(translatable, found, strict=True):
            if target is not None:
                self.targets[row.index] = target

    @classmethod
    def open(
        cls,
        article: Article,
        package: PackageInfo | None = None,
        cache: TranslationCache | None = None,
        languages: Sequence[str | None] | None = None,
        detect_languages: bool = True,
    ) -> ArticleTranslation:
        """Fast: no model is loaded. Raises NoModelError when no fr→en package is installed.

        Per-block languages come from reader.language's disk cache; the first time an article
        is seen that is langdetect (about 0.3 s): pass `languages` if they are known already.
        """
        package = package or find_package("fr", "en")
        if package is None:
            raise NoModelError()
        if languages is None and detect_languages:
            languages = block_languages(article)
        return cls(article, package, cache, languages)

    @property
    def total(self) -> int:
        """Blocks that need the model (cached or not)."""
        return sum(1 for row in self.rows if row.translatable)

    @property
    def done(self) -> int:
        return sum(1 for row in self.rows if row.translatable and row.index in self.targets)

    def pending(self) -> list[int]:
        """Row indexes still to translate, in reading order."""
        return [row.index for row in self.rows if row.index not in self.targets]

    @property
    def complete(self) -> bool:
        return not self.pending()

    def target(self, index: int) -> str | None:
        return self.targets.get(index)

    def run(
        self,
        translator: Translator,
        cancelled: Callable[[], bool] | None = None,
        order: Sequence[int] | None = None,
    ) -> Iterator[tuple[int, str]]:
        """Translate the missing rows (in `order` first, then reading order), yielding each."""
        pending = self.pending()
        missing = set(pending)
        wanted = [i for i in (order or ()) if i in missing]
        queue = list(dict.fromkeys([*wanted, *pending]))
        for index in queue:
            if cancelled is not None and cancelled():
                return
            if index in self.targets:
                continue
            source = self.rows[index].source
            names = _names(translator, self.article, index)
            target = translator.translate_block(source, names=names)
            self.cache.put(self.cache_key, source, target)
            self.targets[index] = target
            yield index, target
