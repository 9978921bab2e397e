# %% [markdown]
# # 00 · Start here: five articles about one treaty
#
# **Time:** about 25 minutes (a teacher can run it from the projector in the first half of a lesson).
# **You need:** nothing but curiosity. No Python experience is assumed: you will run cells, not write programs.
#
# **By the end you will be able to:**
# 1. run a notebook cell by cell, and restart it cleanly when something goes wrong;
# 2. name the five articles this pack is built on, and say what kind of text each one is;
# 3. tell what a web page's *scraper* picked up that is not part of the article;
# 4. ask the first two sourcing questions of any text: **who wrote it, and when?**

# %% [markdown]
# ## What this pack is
#
# In July 2001 the leaders of China and Russia signed a *Treaty of Good-Neighborliness and Friendly Cooperation*.
# Twenty years later, in June 2021, they announced that it would carry on for another five years. Since then their
# partnership has been in the news again and again, and people disagree sharply about what it means.
#
# This pack teaches that subject through **five real web articles** about it. They were collected from the web as
# they were found, and they are very uneven: a sourced essay with bits of its web page still stuck to it, a signed
# opinion piece, an unsigned news summary with no date, a chatty explainer that names no sources at all, and an
# unsigned text that stops in the middle of a sentence. That unevenness is deliberate. You will learn about the
# treaty and the partnership, **and** you will learn how to judge a source: the second skill lasts longer than the
# first.
#
# | notebook | what it covers | time |
# |---|---|---|
# | **00 Start here** (this one) | the five articles at a glance; running notebooks | 25 min |
# | **01 History** | from the 1950 alliance and the split to the 2001 treaty and after, on a sourced timeline | 45–60 min |
# | **02 The treaty** | what the 2001 treaty says, how its term renews, and whether the articles describe it right | 50–65 min |
# | **03 Cooperation** | energy, trade, arms and the Arctic: the areas of cooperation (in preparation) | 50 min |
# | **04 Critical reading** | who wrote it, when, on what evidence, in which words | 60 min + 20–30 min homework |
# | **05 Capstone** | judge a new article of your own choosing (in preparation) | 50 min |

# %% [markdown]
# ## How to run a notebook
#
# A notebook is a page of **cells**. Text cells (like this one) explain; code cells (grey boxes with `[ ]` beside
# them) do something when you run them.
#
# - **Run a cell:** click in it and press **Shift + Enter**. The `[ ]` becomes `[*]` while it runs and then a number.
# - **Run them in order.** Later cells use what earlier cells made. If you skip one you will see a `NameError`.
# - **Start again cleanly:** menu *Kernel → Restart Kernel and Run All Cells…*. This is the cure for almost every
#   strange error.
# - **Nothing you do here can break the pack.** The articles are read, never changed. If a notebook gets into a mess,
#   close it without saving, or ask your teacher for a fresh copy.
#
# Try it now: run the next cell. It loads a small helper library that comes with the pack.

# %%
from helpers import check, hint, load_seeds, reveal

corpus = load_seeds()
corpus

# %% [markdown]
# `corpus` now holds the five articles. Each has a short **id** that you will use all through the pack:
# `summary`, `essay`, `oped`, `explainer` and `fragment`. (The helpers are ordinary Python files in the `helpers/`
# folder, so you can open them and read how they work.)
#
# ## The five articles at a glance
#
# The table below is the pack's **catalog**: what we know about each article. It comes from the file
# `seeds/catalog.csv`, which you can open in JupyterLab like a spreadsheet. Where something is not known, the
# catalog says **unknown** instead of guessing.

# %%
catalog = corpus.frame()
catalog[["author", "published", "date_status", "genre", "words", "truncated"]]

# %% [markdown]
# Two columns need a word of explanation:
#
# - **date_status** says *how* we know when an article was written. `stated` means the article prints its date.
#   `estimated` means it does not, but clues inside it narrow the date down; the catalog keeps those clues in its
#   `date_evidence` column. `unknown` means even the clues give out.
# - **truncated** says whether the text stops in the middle of a sentence.
#
# Here is the evidence for the one article whose date is estimated from a leader's job title:

# %%
print(corpus["fragment"].meta["date_evidence"])

# %% [markdown]
# A picture helps to compare the five. The bars show how long each article is; the colour (and the pattern) shows
# how well we know its date.

# %%
import matplotlib.pyplot as plt

STYLE = {  # colour-blind-safe colours (Okabe-Ito), plus a pattern so the chart also works in black and white
    "stated": {"color": "#0072B2", "hatch": ""},
    "estimated": {"color": "#E69F00", "hatch": "//"},
    "unknown": {"color": "#999999", "hatch": "xx"},
}

fig, ax = plt.subplots(figsize=(8, 3.2))
for row_number, (article_id, row) in enumerate(catalog.iterrows()):
    style = STYLE[row["date_status"]]
    ax.barh(row_number, row["words"], color=style["color"], hatch=style["hatch"], edgecolor="black")
    ax.text(row["words"] + 40, row_number, f"{row['words']:,} words", va="center")
ax.set_yticks(range(len(catalog)), catalog.index)
ax.invert_yaxis()
ax.set_xlim(0, 4500)
ax.set_xlabel("length in words (scraped page clutter left out)")
ax.set_title("The five articles: length, and how well we know the date")
handles = [plt.Rectangle((0, 0), 1, 1, facecolor=s["color"], hatch=s["hatch"], edgecolor="black") for s in STYLE.values()]
ax.legend(handles, [f"date {name}" for name in STYLE], loc="lower right")
plt.tight_layout()
plt.show()

# %% [markdown]
# Length is not quality: a long text can say little and a short one a lot. But notice one thing already: the
# longest article is the only one that prints its date, while the second longest, the explainer, cannot be dated
# at all. Knowing *when* a text was written matters for everything it claims about "now" and "recently", as you
# will see in notebooks 01 and 04.
#
# ### Exercise 1 · Who is behind it?
#
# Fact-checkers start with two questions: *who wrote this?* and *when?* Use the table above.
#
# Which articles name an author? Replace the `...` with a list of ids, for example `["summary", "explainer"]`, then
# run the cell and the check below it.

# %% exercise="00.bylines" tags=["answer"]
named_author = ...

# %%
check("00.bylines", named_author)

# %% [markdown]
# The check prints its feedback and then `True` or `False`: `False` just means "not passed yet". Change your answer
# and run both cells again as often as you like.
#
# Which articles **state** a date (print it in the text, rather than leave us to estimate it)?

# %% exercise="00.dated" tags=["answer"]
states_a_date = ...

# %%
check("00.dated", states_a_date)

# %% [markdown]
# Stuck? `hint("00.dated")` prints a hint, and after a real attempt `reveal("00.dated")` shows a reference answer.
# Try `hint` now:

# %%
hint("00.dated")

# %% [markdown]
# ## What the scraper picked up
#
# When a program copies an article from a web page (it *scrapes* it), it often takes more than the article:
# photo credits without the photo, share buttons, menus, polls. The pack's loader spots these lines and keeps them
# out of the article's text, but it does not throw them away. They are evidence about where the text came from.
#
# The essay has the most. Here is everything the loader set aside, with where it sits in the file
# (`start` and `end` count characters from the beginning of the file):

# %%
import pandas as pd

essay = corpus["essay"]
pd.DataFrame([{"kind": c.kind, "text": c.text, "start": c.start, "end": c.end} for c in essay.clutter])

# %% [markdown]
# A few things to notice:
#
# - **"REUTERS/Tingshu Wang"** is a photo credit. The photo came from the Reuters news agency; the photo itself is
#   gone, so we cannot see what it showed.
# - **"Share this article"** and **"For business / For researchers / For students"** are buttons and a menu of the
#   website the essay was published on. They tell us it sat on a larger site with several audiences.
# - **The poll** asked readers what they think the United States' long-term goals for Russia are, and shows vote
#   counts.
#
# ### Exercise 2 · How many people answered the poll?
#
# Add up the vote counts in the table (write the sum, or write the addition as Python, e.g. `10 + 20`).

# %% exercise="00.poll_votes" tags=["answer"]
poll_votes = ...

# %%
check("00.poll_votes", poll_votes)

# %% [markdown]
# > **Discuss:** the poll's biggest option got 31%. Does that tell us anything about what Americans, or Russians,
# > believe? Who answers a poll on a website like this, and who does not? What *could* a poll like this show?

# %% [markdown]
# ## A first look at highlighted text
#
# The pack can also point at *words* in an article. Its annotator marks, for example, places and people, dates,
# and how sure of itself a text sounds. Each mark points back to the exact characters it came from, so you can
# always ask "where does it say that?". Here are the first two sentences of the news summary with people,
# places and dates marked (in JupyterLab, hover over a highlight to see what it is):

# %%
from helpers.display import show

show(corpus["summary"], layers=["entities", "dates"], sentences=(0, 2))

# %% [markdown]
# Notice **"This week"**: it is marked as a *relative* date. It tells us the summary was written within days of the
# renewal, but only if we already know when the renewal happened. That is exactly how the catalog's estimate was
# made.
#
# And here is the opening of the explainer with its **stance** words marked: words that show how the writer talks
# to you and how sure they sound.

# %%
show(corpus["explainer"], layers=["stance"], sentences=(0, 7))

# %% [markdown]
# "Hey guys", "buckle up" and "super complex" are *informal register*: the voice of a video or a chat, not of a
# report. That is not a mistake in itself; it is a clue about what kind of text this is and who it was written for.
# Notebook 04 turns clues like this into a toolkit, and is careful to treat them as reasons to check, never as proof.

# %% [markdown]
# ## Not every text is whole
#
# Here are the last words of each article (its text without the page clutter). One of them stops in
# mid-sentence:

# %%
for article in corpus:
    print(f"{article.id:>10}: ...{article.body[-60:]}")

# %% exercise="00.truncated" tags=["answer"]
cut_off = ...

# %%
check("00.truncated", cut_off)

# %% [markdown]
# The loader notices this on its own and records it, so a later notebook never quietly treats a fragment as a whole
# article:

# %%
print("truncated:", corpus["fragment"].truncated)
print("it stops at:", repr(corpus["fragment"].truncation.text))

# %% [markdown]
# ## Your first sourcing question
#
# ### Exercise 3 · In your own words
#
# Before you trust a web article, what is the first thing you would want to know about it, and why? Write a
# sentence or two between the quotes. There is no single right answer: the check compares yours with a model answer.

# %% exercise="00.first_question" tags=["answer"]
first_question = ...

# %%
check("00.first_question", first_question)

# %% [markdown]
# ## Adding this week's article (for teachers, and for curious students)
#
# You can add any article to the pack. Save it as a plain-text file in the `my_articles/` folder (next to
# `notebooks/`), with a short header, a blank line, and then the text:
#
# ```
# title: Russia and China extend their friendship treaty
# author: Jane Doe
# outlet: Example News
# published: 2021-06-29
# url: https://example.org/news/treaty
# genre: news report
#
# The leaders of Russia and China ...
# ```
#
# Only `title` is required; `published` is written `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `unknown`. To check a file
# before class, run `python -m helpers check my_articles/yourfile.txt` in a terminal. The cell below loads the five
# seeds **plus** whatever is in `my_articles/`; a file with a problem is named, with the reason, and the rest still
# load.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: it depends on which articles you have added to my_articles/.
from helpers import load_corpus

everything = load_corpus()
everything.frame()[["author", "published", "words", "truncated"]]

# %% [markdown]
# ## Where next
#
# - **Notebook 01 · History** puts the treaty on a timeline from 1950, and shows you how to date an undated article.
# - **Notebook 02 · The treaty** reads what the treaty actually says, and checks the articles against it.
# - **Notebook 04 · Critical reading** turns today's two questions (who? when?) into a full toolkit.
#
# > **Discuss before you move on:** which of the five articles would you cite in a school essay, based only on what
# > you have seen so far? What would you need to find out first?
