"""Errors of the translation side; each message is one line a user can act on."""

from __future__ import annotations

# A machine without internet gets the model file from the same index `models install fr en`
# reads, through another machine. Plain text, no Markdown: the app shows these words as they are.
OFFLINE_PACKAGE = "translate-fr_en-1_9.argosmodel"
OFFLINE_INDEX = "https://www.argosopentech.com/argospm/index/"
OFFLINE_HINT = (
    f"Without internet: download {OFFLINE_PACKAGE} from the Argos package index "
    f"({OFFLINE_INDEX}) on another machine, then run reader models install FILE.argosmodel here."
)
INSTALL_HINT = (
    "Install one with: reader models install fr en (downloads it from the Argos package index). "
    + OFFLINE_HINT
)


class TranslationError(Exception):
    """Base class: something the user should be told, in one line."""


class NoModelError(TranslationError):
    """No usable French→English package is installed."""

    def __init__(self, from_code: str = "fr", to_code: str = "en") -> None:
        super().__init__(f"No {from_code}→{to_code} translation model is installed. {INSTALL_HINT}")
        self.from_code = from_code
        self.to_code = to_code


class ModelLoadError(TranslationError):
    """The package is there but CTranslate2 or sentencepiece cannot load it."""


class TranslationFailed(TranslationError):
    """CTranslate2 failed on a batch (out of memory, a damaged model)."""


class IndexError_(TranslationError):
    """The package index is unreachable, too slow, or not a package index."""


class DownloadError(TranslationError):
    """A download failed (HTTP error, timeout, connection closed early)."""


class DownloadCancelled(TranslationError):
    """The user cancelled a download; nothing was installed."""

    def __init__(self) -> None:
        super().__init__("Download cancelled; nothing was installed.")


class InvalidPackage(TranslationError):
    """An .argosmodel file that must not be installed."""


class ProofTimedOut(InvalidPackage):
    """The model did not translate its test sentence in time (perhaps only a busy machine)."""
