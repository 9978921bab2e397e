"""One family of errors for the whole pack.

Every error a helper raises on purpose is a ``PackError`` (or a subclass named after its topic, such as
``ArticleError``). Its message is one sentence that says what went wrong and what to do, so the notebooks
and the command line can show it as it is, without a traceback:

    >>> from helpers.errors import PackError
    >>> try:
    ...     raise PackError("There is no article called 'esay'; the ids are summary, essay, oped, explainer, fragment.")
    ... except PackError as problem:
    ...     print(problem)
    There is no article called 'esay'; the ids are summary, essay, oped, explainer, fragment.
"""


class PackError(ValueError):
    """A problem with the pack's input (an article, a data file, an answer), told in one sentence."""
