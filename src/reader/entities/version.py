"""The mention engine's version, apart from the engine so that reading it costs nothing."""

# Part of every cache stamp that depends on mentions (library counts, translations): a change
# of the rules that can change what is found bumps it, so old results are recomputed.
ENGINE_VERSION = "17.0"
