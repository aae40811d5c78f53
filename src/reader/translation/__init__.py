"""Offline French→English translation with Argos packages (domain side, no Textual).

Importing this package is cheap: argostranslate, CTranslate2 and sentencepiece are imported
only when a model is loaded, downloaded or installed.

Typical use by a view:
    state = ArticleTranslation.open(article)          # fast; NoModelError if none installed
    ...show state.targets (cached and untranslated blocks) at once...
    translator = shared_translator()                   # slow once: in a worker thread
    for index, text in state.run(translator, cancelled=..., order=visible_first): ...
"""

from __future__ import annotations

from reader.translation.article import ArticleTranslation, Row, plan_rows
from reader.translation.cache import TranslationCache
from reader.translation.engine import Translator, load_translator, shared_translator
from reader.translation.errors import (
    DownloadCancelled,
    DownloadError,
    IndexError_,
    InvalidPackage,
    ModelLoadError,
    NoModelError,
    TranslationError,
    TranslationFailed,
)
from reader.translation.packages import PackageInfo, find_package, installed_packages
from reader.translation.splitter import split_sentences

__all__ = [
    "ArticleTranslation",
    "DownloadCancelled",
    "DownloadError",
    "IndexError_",
    "InvalidPackage",
    "ModelLoadError",
    "NoModelError",
    "PackageInfo",
    "Row",
    "TranslationCache",
    "TranslationError",
    "TranslationFailed",
    "Translator",
    "find_package",
    "installed_packages",
    "load_translator",
    "plan_rows",
    "shared_translator",
    "split_sentences",
]
